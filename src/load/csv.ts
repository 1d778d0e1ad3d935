// The project's one CSV reader: an RFC 4180 state machine over decoded text chunks (GIAS extracts and
// attendance records both use it). State survives between chunks, so a field (or a doubled quote, or a
// CR LF pair) split across a chunk boundary is handled like any other.
//
// Callers feed it a "byte string" (latin1: one char per byte, the cheapest decode there is): the structural
// characters , " CR LF are ASCII, so this is exact for UTF-8 and Windows-1252 alike, and each caller decides
// how to decode the few values it keeps. Measured against csv-parse 7.0.3 on the same 40 MB, 1,000,000-row
// attendance CSV (bench/csv-compare.mjs, paired runs on a busy 2-core machine): this reader, with positions,
// took 0.19-0.81 of csv-parse's time in each pair (median 0.35), so the project keeps it and has no csv-parse.

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3; // just read a " inside a quoted field: end of field, or the first of ""

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** Columns beyond this in a header are ignored (GIAS has ~140). */
export const MAX_COLUMNS = 4096;

/** Column → slot while reading the header: every column is kept. */
const READ_EVERY_COLUMN = Int16Array.from({ length: MAX_COLUMNS }, (_, col) => col);

// Measured and dropped: stepping over a run of unkept fields with one sticky regular expression, and
// jumping from the last kept column straight to the line break (quote to quote) were both slower than
// one indexOf per field.

export interface CsvParserOptions {
  /** Track each kept field's line and column (attendance marks point at their cell; GIAS does not need it). */
  positions?: boolean;
  /**
   * The longest kept field, in characters (default: no limit). Past it `push` throws a CsvFieldTooLong: a
   * quote never closed in a huge file would otherwise grow one string past the longest V8 can hold.
   */
  maxField?: number;
}

/** A kept field longer than `maxField` (most likely a quote that is never closed). */
export class CsvFieldTooLong extends Error {
  constructor(readonly line: number) {
    super(`a CSV field starting on line ${line} is too long`);
    this.name = 'CsvFieldTooLong';
  }
}

/**
 * Streaming CSV parser. The first record (the header) is handed over with every column; after
 * `keepColumns`, only the kept columns are sliced, into a reused array.
 */
export class CsvParser {
  private state = FIELD_START;
  /** Slot in `fields` of the field being read, or -1 when its column is not kept. */
  private slot = -1;
  private partial = '';
  private col = 0;
  /** Column → slot in `fields`, or -1 when the column is not kept. */
  private slotOf: Int16Array = READ_EVERY_COLUMN;
  private fields: string[] = [];
  private header = true;
  private readonly positions: boolean;
  private readonly maxField: number;
  /** Characters handed over before the current chunk. */
  base = 0;
  /** Offset (in the whole input) of the first character of the current line (with `positions`). */
  lineStart = 0;
  /** 1-based number of the record being read (the header is record 1). */
  record = 1;
  /** 1-based number of the line being read (a quoted field may hold line breaks). */
  line = 1;
  /** Line on which the record just handed over started (with `positions`). */
  recordLine = 1;
  /** 1-based column (in characters of the input) where each kept field of that record started (with `positions`). */
  fieldColumns: Uint32Array = new Uint32Array(MAX_COLUMNS);
  /** How many fields the record just handed over had. */
  width = 0;

  constructor(
    private readonly onRecord: (fields: string[], parser: CsvParser) => void,
    options: CsvParserOptions = {},
  ) {
    this.positions = options.positions ?? false;
    this.maxField = options.maxField ?? Infinity;
  }

  /** From the next record on, keep only these columns: slotOf[column] = slot, or -1. */
  keepColumns(slotOf: Int16Array, slots: number): void {
    this.slotOf = slotOf;
    this.header = false;
    this.fields = new Array<string>(slots).fill('');
    this.fieldColumns = new Uint32Array(slots);
  }

  /** Parses the next chunk of text. The hot loop: locals, and the string's own indexOf to move on. */
  push(text: string): void {
    const n = text.length;
    const positions = this.positions;
    let i = 0;
    let nextComma = -1;
    let nextLf = -1;
    let state = this.state;
    let slot = this.slot;
    let partial = this.partial;
    let col = this.col;
    let slotOf = this.slotOf;
    while (i < n) {
      if (state === FIELD_START) {
        slot = col < slotOf.length ? slotOf[col] : -1;
        partial = '';
        if (positions) {
          if (col === 0) this.recordLine = this.line;
          if (slot >= 0) this.fieldColumns[slot] = this.base + i - this.lineStart + 1;
        }
        if (text.charCodeAt(i) === QUOTE) {
          state = QUOTED;
          i++;
        } else {
          state = UNQUOTED;
        }
      } else if (state === UNQUOTED) {
        if (nextComma < i) {
          nextComma = text.indexOf(',', i);
          if (nextComma < 0) nextComma = n;
        }
        if (nextLf < i) {
          nextLf = text.indexOf('\n', i);
          if (nextLf < 0) nextLf = n;
        }
        if (nextComma < nextLf) {
          if (slot >= 0) this.fields[slot] = partial + text.slice(i, nextComma);
          col++;
          i = nextComma + 1;
          state = FIELD_START;
          continue;
        }
        if (slot >= 0) partial += text.slice(i, nextLf);
        if (nextLf === n) {
          // the field goes on in the next chunk
          if (partial.length > this.maxField) throw new CsvFieldTooLong(this.recordLine);
          break;
        }
        if (slot >= 0)
          this.fields[slot] = partial.charCodeAt(partial.length - 1) === CR ? partial.slice(0, -1) : partial;
        i = nextLf + 1;
        state = FIELD_START;
        this.endRecord(col + 1);
        this.line++;
        this.lineStart = this.base + i;
        col = 0;
        slotOf = this.slotOf;
      } else if (state === QUOTED) {
        const q = text.indexOf('"', i);
        const stop = q < 0 ? n : q;
        if (positions) {
          for (let lf = text.indexOf('\n', i); lf >= 0 && lf < stop; lf = text.indexOf('\n', lf + 1)) {
            this.line++;
            this.lineStart = this.base + lf + 1;
          }
        }
        if (slot >= 0) partial += text.slice(i, stop);
        if (q < 0) {
          if (partial.length > this.maxField) throw new CsvFieldTooLong(this.recordLine);
          break;
        }
        state = QUOTE_IN_QUOTED;
        i = q + 1;
      } else {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          if (slot >= 0) partial += '"';
          state = QUOTED;
          i++;
        } else if (c === COMMA || c === LF) {
          if (slot >= 0) this.fields[slot] = partial;
          col++;
          i++;
          state = FIELD_START;
          if (c === LF) {
            this.endRecord(col);
            this.line++;
            this.lineStart = this.base + i;
            col = 0;
            slotOf = this.slotOf;
          }
        } else if (c === CR) {
          i++;
        } else {
          state = UNQUOTED; // text after a closing quote ("a"b): keep it, as spreadsheets do
        }
      }
    }
    this.state = state;
    this.slot = slot;
    this.partial = partial;
    this.col = col;
    this.base += n;
  }

  /** Finishes a last record with no line break after it; false if a quoted field was never closed. */
  end(): boolean {
    const state = this.state;
    if (state === QUOTED) return false;
    if (state === UNQUOTED || state === QUOTE_IN_QUOTED) {
      let partial = this.partial;
      if (state === UNQUOTED && partial.charCodeAt(partial.length - 1) === CR) partial = partial.slice(0, -1);
      if (this.slot >= 0) this.fields[this.slot] = partial;
      this.endRecord(this.col + 1);
    } else if (this.col > 0) {
      // "…,x," at the very end: the last field is empty, and fields start out empty.
      this.endRecord(this.col + 1);
    }
    this.state = FIELD_START;
    this.col = 0;
    return true;
  }

  /** Hands the record to `onRecord`, which must use it at once: a data record's array is then reused. */
  private endRecord(columns: number): void {
    this.record++;
    this.width = columns;
    if (this.header) {
      const header = Array.from({ length: Math.min(columns, MAX_COLUMNS) }, (_, col) => this.fields[col] ?? '');
      this.fields = [];
      this.onRecord(header, this);
    } else {
      this.onRecord(this.fields, this);
      this.fields.fill('');
      if (this.positions) this.fieldColumns.fill(0);
    }
  }
}

/** Length of an incomplete UTF-8 sequence at the end of `buf` (0–3), so a split character is not "invalid". */
export function incompleteUtf8Tail(buf: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= buf.length; back++) {
    const b = buf[buf.length - back];
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? back : 0;
    }
  }
  return 0;
}

/** The header name as compared: no BOM, trimmed, lower case. */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .replace(/^\u00EF\u00BB\u00BF/, '')
    .trim()
    .toLowerCase();
}

/** Recognises input that is plainly not a CSV (a spreadsheet, UTF-16 text, binary) from its first bytes; says what it is. */
export function notCsvReason(head: Uint8Array): string | undefined {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return 'it looks like an Excel workbook or other zip file; save it as CSV, or download the CSV itself';
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return 'it is UTF-16 text; save it as "CSV (Comma delimited)" or "CSV UTF-8"';
  }
  if (head.subarray(0, 4096).includes(0)) return 'it is a binary file';
  return undefined;
}

/** Line feeds in `text` before offset `end`. */
export function countLf(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** A header name as printed: short, and without control characters. */
export function printable(name: string): string {
  const s = name.replace(/\p{Cc}/gu, '?').trim(); // Cc: the C0 controls, DEL and the C1 controls
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}
