// Dates are ISO `YYYY-MM-DD` strings throughout: they compare correctly as text, and day arithmetic
// goes through whole days since the epoch (UTC), so no time zone or clock can shift a judgement.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Whole days since 1970-01-01 for a real ISO date, else undefined. */
export function dayNumber(iso: string): number | undefined {
  const m = ISO.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t / MS_PER_DAY;
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && dayNumber(value) !== undefined;
}

export function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
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
  return (dayNumber(iso)! + 3) % 7; // 1970-01-01 was a Thursday
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

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** Minutes after midnight for `HH:MM`, else undefined. */
export function minutesOf(hhmm: string): number | undefined {
  const m = TIME.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "6 October 2025". */
export function englishDate(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
