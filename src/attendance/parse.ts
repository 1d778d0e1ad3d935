// The values of an attendance row ap-ready reads: a date, a clock time, a date and time.
import type { AttendanceDateFormat } from '../model/vocabulary.js';

const DIGIT = (c: number) => c >= 48 && c <= 57;

/** YYYY-MM-DD or D/M/YYYY (day first, as UK exports write it) → day number, or undefined. */
export function parseMarkDate(s: string): number | undefined {
  let y: number, m: number, d: number;
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    y = Number(s.slice(0, 4));
    m = Number(s.slice(5, 7));
    d = Number(s.slice(8, 10));
  } else {
    const a = s.indexOf('/'),
      b = s.indexOf('/', a + 1);
    if (a < 1 || a > 2 || b - a < 2 || b - a > 3 || s.length - b !== 5) return undefined;
    d = Number(s.slice(0, a));
    m = Number(s.slice(a + 1, b));
    y = Number(s.slice(b + 1));
  }
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1900 || y > 2200) return undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!DIGIT(c) && c !== 45 && c !== 47) return undefined;
  }
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (dim === undefined || d < 1 || d > dim) return undefined;
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** HH:MM or H:MM (24-hour) → minutes after midnight, or undefined. */
export function parseClock(s: string): number | undefined {
  const colon = s.indexOf(':');
  if (colon < 1 || colon > 2 || s.length - colon !== 3) return undefined;
  for (let i = 0; i < s.length; i++) {
    if (i !== colon && !DIGIT(s.charCodeAt(i))) return undefined;
  }
  const h = Number(s.slice(0, colon)),
    m = Number(s.slice(colon + 1));
  return h > 23 || m > 59 ? undefined : h * 60 + m;
}

/** `HH:MM` (on `day`), or a date and time `YYYY-MM-DDTHH:MM` (a space, or a DD/MM/YYYY date, also read) → minutes since 1970. */
export function parseWhen(s: string, day: number): number | undefined {
  const clock = parseClock(s);
  if (clock !== undefined) return day * 1440 + clock;
  const sep = s.search(/[T ]/);
  if (sep < 0) return undefined;
  const d = parseMarkDate(s.slice(0, sep)),
    t = parseClock(
      s
        .slice(sep + 1)
        .trim()
        .slice(0, 5),
    );
  if (d === undefined || t === undefined || s.slice(sep + 1).trim().length > 8) return undefined;
  return d * 1440 + t;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date in the form a provider's mapping names (`date_format`) → day number, or undefined. A time after the
 * date ("02/11/2026 00:00", as Excel writes a date cell) is ignored; without a form, YYYY-MM-DD or DD/MM/YYYY.
 */
export function parseDateAs(format: AttendanceDateFormat | undefined, text: string): number | undefined {
  const s = text.replace(/[ T]\d{1,2}:\d{2}(:\d{2})?$/, '');
  if (format === undefined) return parseMarkDate(s);
  if (format === 'D MMM YYYY') {
    const m = /^(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*[ -](\d{4})$/.exec(s);
    const month = m ? MONTHS.indexOf(m[2].toLowerCase()) : -1;
    return month < 0 ? undefined : iso(m![3], month + 1, m![1]);
  }
  if (format === 'YYYY-MM-DD') return /^\d{4}-\d{2}-\d{2}$/.test(s) ? parseMarkDate(s) : undefined;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const sep = format[2];
  if (!m || s[m[1].length] !== sep || s[m[1].length + 1 + m[2].length] !== sep) return undefined;
  return format === 'MM/DD/YYYY' ? iso(m[3], Number(m[1]), m[2]) : iso(m[3], Number(m[2]), m[1]);
}

const iso = (year: string, month: number, day: string) =>
  parseMarkDate(`${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`);
