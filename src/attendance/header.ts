// An attendance CSV's header row: which column holds each of our fields. A header problem is said by the
// column's position and what is wrong with it, never by its text: when the first row is not a header at
// all (a file saved without one), that text is a child's name, a date of birth or a note.
import { normaliseHeader, printable, type CsvParser } from '../load/csv.js';
import { F, FIELDS, REQUIRED_FIELDS, type FieldName } from './marks.js';
import { parseClock, parseMarkDate } from './parse.js';

export interface HeaderContext {
  /** Our field name → the header name the school's config maps it to (or the field's own name). */
  mapped: (field: FieldName) => string;
  problem: (line: number, column: number, message: string) => void;
  /** The mapping names the provider: a file without a provider column holds its marks. */
  providerImplied?: boolean;
  /** Where in ap-ready.config.yaml this file's mapping is: attendance.columns, or one of attendance.mappings. */
  where?: string;
}

/** Our field name → header name of each column: our own names, and the names the mapping gives them. */
function wantedNames(mapped: (field: FieldName) => string): Map<string, number> {
  const wanted = new Map<string, number>(FIELDS.map((f, slot) => [normaliseHeader(f), slot]));
  FIELDS.forEach((f, slot) => wanted.set(normaliseHeader(mapped(f)), slot));
  return wanted;
}

/** The required fields a header has no column for, under a mapping (none: the mapping fits the file). */
export function missingFields(
  header: string[],
  mapped: (field: FieldName) => string,
  providerImplied: boolean,
): FieldName[] {
  const wanted = wantedNames(mapped);
  const found = new Set(header.map((name) => wanted.get(normaliseHeader(name))));
  return REQUIRED_FIELDS.filter((f) => !found.has(F[f]) && !(f === 'provider' && providerImplied));
}

const ordinal = (n: number): string => {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

const listed = (xs: string[]): string =>
  xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

/** Looks like a value of a mark row (a date, a time, a register code), not a column name. */
const looksLikeData = (name: string): boolean => {
  const s = name.trim();
  return parseMarkDate(s) !== undefined || parseClock(s) !== undefined || /^(am|pm)$/i.test(s);
};

/** The column for each of our fields; a missing required column makes the file unreadable (said once). */
export function mapHeader(header: string[], p: CsvParser, ctx: HeaderContext): boolean {
  const slotOf = new Int16Array(header.length).fill(-1);
  // A mapped name, or our own name: files from providers that use ap-ready's headers sit beside mapped ones.
  const wanted = wantedNames(ctx.mapped);
  const where = ctx.where ?? 'attendance.columns';
  const line = p.recordLine;
  const unknown: number[] = [],
    twice: number[] = [];
  let firstColumn = 0,
    dataLike = 0,
    sawNote = false;
  let col = 1;
  header.forEach((name, i) => {
    const slot = wanted.get(normaliseHeader(name));
    if (slot !== undefined && !slotOf.includes(slot) && !(slot === F.note && sawNote)) {
      slotOf[i] = slot;
      if (slot === F.note) sawNote = true;
    } else if (name.trim() !== '') {
      (slot !== undefined ? twice : unknown).push(i + 1);
      if (!firstColumn) firstColumn = col;
      if (looksLikeData(name)) dataLike++;
    }
    col += name.length + 1; // a header is rarely quoted; this is its column when it is not
  });
  const missing = REQUIRED_FIELDS.filter((f) => !slotOf.includes(F[f]) && !(f === 'provider' && ctx.providerImplied));
  const notHeader =
    missing.length > 0 && dataLike > 0
      ? ' The first row looks like a row of marks, not a header: add the header row date,session,pupil,provider,mark at the top of the file.'
      : '';
  if (unknown.length) {
    const which =
      listed(unknown.slice(0, 10).map(ordinal)) + (unknown.length > 10 ? ` and ${unknown.length - 10} more` : '');
    ctx.problem(
      line,
      firstColumn || 1,
      `The header's ${which} ${unknown.length === 1 ? 'column is not one' : 'columns are not ones'} ap-ready reads: ` +
        `rename ${unknown.length === 1 ? 'it' : 'each'} to one of ${FIELDS.join(', ')}, map ${unknown.length === 1 ? 'it' : 'them'} in ${where} in ap-ready.config.yaml, or remove ${unknown.length === 1 ? 'it' : 'them'}.${notHeader}`,
    );
  }
  if (twice.length) {
    ctx.problem(
      line,
      1,
      `The header's ${listed(twice.slice(0, 10).map(ordinal))} ${twice.length === 1 ? 'column repeats a column' : 'columns repeat columns'} already read: only the first of each is read, so remove or rename the others.`,
    );
  }
  if (missing.length) {
    const names = missing
      .map((f) => (ctx.mapped(f) === f ? `'${f}'` : `'${f}' (or '${printable(ctx.mapped(f))}', as mapped)`))
      .join(', ');
    ctx.problem(
      line,
      1,
      `The header has no ${missing.length === 1 ? 'column' : 'columns'} ${names}, so no row of this file can be read: ` +
        `add ${missing.length === 1 ? 'it' : 'them'}, or map the provider's own header names in ${where} in ap-ready.config.yaml.${unknown.length ? '' : notHeader}`,
    );
    return false;
  }
  // A note is never printed or counted: its column is not even sliced.
  for (let c = 0; c < slotOf.length; c++) if (slotOf[c] === F.note) slotOf[c] = -1;
  p.keepColumns(slotOf, FIELDS.length);
  return true;
}
