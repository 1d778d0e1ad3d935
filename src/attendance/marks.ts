// Attendance marks stored column-wise in typed arrays: a million marks take tens of megabytes, not the
// hundreds that one object per mark (and one string per field) would.

/** Positions of a mark's cells, in this order, `stride` numbers per mark. */
export const FIELDS = [
  'date',
  'session',
  'pupil',
  'provider',
  'mark',
  'reported_at',
  'followed_up_at',
  'note',
] as const;
export type FieldName = (typeof FIELDS)[number];
export const REQUIRED_FIELDS: readonly FieldName[] = ['date', 'session', 'pupil', 'provider', 'mark'];
export const F = Object.fromEntries(FIELDS.map((f, i) => [f, i])) as Record<FieldName, number>;
const STRIDE = 7; // note's column is never needed: a note is never printed

/** `session` values that are not a start time. */
export const AM = -1;
export const PM = -2;
/** No time given (reported_at / followed_up_at). */
export const NO_TIME = -2147483648;

/** Interns strings as small numbers. */
export class Interner {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
  get(value: string): number | undefined {
    return this.ids.get(value);
  }
}

function grow<T extends Int32Array | Uint32Array | Int16Array | Uint8Array | Uint16Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

export class MarkStore {
  length = 0;
  /** Index into the records' `files`. */
  file = new Uint16Array(1024);
  line = new Uint32Array(1024);
  /** Day number (whole days since 1970-01-01). */
  day = new Int32Array(1024);
  /** AM, PM, or the start in minutes after midnight. */
  session = new Int16Array(1024);
  /** Interned pupil key (trimmed, lower case). */
  pupil = new Uint32Array(1024);
  /** Interned provider text (trimmed) as written in the file. */
  provider = new Uint32Array(1024);
  /** Index into MARKS. */
  mark = new Uint8Array(1024);
  /** Minutes since 1970-01-01 00:00, or NO_TIME. */
  reportedAt = new Int32Array(1024);
  followedUpAt = new Int32Array(1024);
  /** Column of each cell (FIELDS order, note left out), 0 when the file has no such column. */
  columns = new Uint32Array(1024 * STRIDE);

  /** Makes room for one more mark and returns its index. */
  add(): number {
    if (this.length === this.day.length) this.reserve(this.length * 2);
    return this.length++;
  }

  /** Makes room for `size` marks in all (never shrinks). */
  reserve(size: number): void {
    if (size > this.day.length) {
      this.file = grow(this.file, size);
      this.line = grow(this.line, size);
      this.day = grow(this.day, size);
      this.session = grow(this.session, size);
      this.pupil = grow(this.pupil, size);
      this.provider = grow(this.provider, size);
      this.mark = grow(this.mark, size);
      this.reportedAt = grow(this.reportedAt, size);
      this.followedUpAt = grow(this.followedUpAt, size);
      this.columns = grow(this.columns, size * STRIDE);
    }
  }

  /** Column of a mark's cell (1-based), or of its date cell when the file has no such column. */
  column(i: number, field: FieldName): number {
    const c = field === 'note' ? 0 : this.columns[i * STRIDE + F[field]];
    return c || this.columns[i * STRIDE] || 1;
  }

  /** Whether the mark's file has a column for `field`. */
  hasColumn(i: number, field: FieldName): boolean {
    return field !== 'note' && this.columns[i * STRIDE + F[field]] > 0;
  }
}
