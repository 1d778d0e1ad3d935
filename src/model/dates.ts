// Dates are ISO `YYYY-MM-DD` strings throughout: they compare correctly as text, and day arithmetic
// goes through whole days since the epoch (UTC), so no time zone or clock can shift a judgement.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The real calendar dates YYYY-MM-DD as a JSON Schema `pattern`, for editors: their `format: "date"` check
 * accepts 2026-02-30 and 2025-02-29. Months of 31, 30 and 28 days, and 29 February in leap years only (every
 * fourth year, not centuries unless divisible by 400). Equal to dayNumber's judgement (a test holds them so).
 */
export const CALENDAR_DATE_PATTERN =
  '^(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))' +
  '|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Whole days since 1970-01-01 for a real ISO date, else undefined. Pure arithmetic: it runs for every date of every file. */
export function dayNumber(iso: string): number | undefined {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  const y1 = digit(iso, 0),
    y2 = digit(iso, 1),
    y3 = digit(iso, 2),
    y4 = digit(iso, 3);
  const m1 = digit(iso, 5),
    m2 = digit(iso, 6),
    d1 = digit(iso, 8),
    d2 = digit(iso, 9);
  // Each a digit: no array or closure, as this runs for every date of every file.
  if (
    (y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0 ||
    y1 > 9 ||
    y2 > 9 ||
    y3 > 9 ||
    y4 > 9 ||
    m1 > 9 ||
    m2 > 9 ||
    d1 > 9 ||
    d2 > 9
  )
    return undefined;
  const y = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const m = m1 * 10 + m2,
    d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1 || d > (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1])) return undefined;
  // Days from the civil date (H. Hinnant's algorithm).
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && dayNumber(value) !== undefined;
}

export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const p = (v: number, w: number) => String(v).padStart(w, '0');
  return `${p(y, 4)}-${p(m, 2)}-${p(d, 2)}`;
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso)! + days);
}

/** b − a in days. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b)! - dayNumber(a)!;
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(iso: string): number {
  return (((dayNumber(iso)! + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday; before it, n is negative
}

export function todayIso(now = new Date()): string {
  // The school's day: local calendar date, not UTC.
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Says which ISO form to use for a date written another way (`date-format`'s message). */
export function suggestIso(text: string): string | undefined {
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (m) return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`; // UK order: day first
  m = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(text.trim());
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  m = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(text.trim());
  if (m) return m[1];
  return undefined;
}

/** Minutes after midnight for `HH:MM` (24-hour), else undefined. Runs for every session of every rule: no regex. */
export function minutesOf(hhmm: string): number | undefined {
  if (hhmm.length !== 5 || hhmm.charCodeAt(2) !== 58) return undefined;
  const h1 = hhmm.charCodeAt(0) - 48,
    h2 = hhmm.charCodeAt(1) - 48,
    m1 = hhmm.charCodeAt(3) - 48,
    m2 = hhmm.charCodeAt(4) - 48;
  if (h1 < 0 || h1 > 2 || h2 < 0 || h2 > 9 || m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9) return undefined;
  const h = h1 * 10 + h2;
  return h > 23 ? undefined : h * 60 + m1 * 10 + m2;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** "6 October 2025". */
export function englishDate(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
