// Property tests of the date arithmetic (src/model/dates.ts), against JavaScript's own calendar as the
// reference: the hand-written day numbers must agree with Date on every day from 0000-01-01 to 9999-12-31.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, fromDayNumber, isIsoDate, weekday } from '../../src/model/dates.js';

const MS_PER_DAY = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The reference: Date's proleptic Gregorian calendar, years 0-9999 (setUTCFullYear, not Date.UTC, which maps 0-99 to 1900-1999). */
function refDayNumber(y: number, m: number, d: number): number | undefined {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return t.getTime() / MS_PER_DAY;
}
const refIso = (n: number) => new Date(n * MS_PER_DAY).toISOString().slice(0, 10);

const FIRST = refDayNumber(0, 1, 1)!;
const LAST = refDayNumber(9999, 12, 31)!;
const dayNo = fc.integer({ min: FIRST, max: LAST });
/** Any real date of years 0000-9999, as ISO text. */
const isoDate = dayNo.map(refIso);
/** Dates a school uses, so sums of offsets stay inside 4-digit years. */
const schoolDate = fc.integer({ min: refDayNumber(1990, 1, 1)!, max: refDayNumber(2100, 12, 31)! }).map(refIso);
const offset = fc.integer({ min: -200_000, max: 200_000 });

const params = { numRuns: 2000 };

describe('dayNumber and fromDayNumber', () => {
  it('dayNumber agrees with the Date reference on every real date', () => {
    fc.assert(
      fc.property(dayNo, (n) => {
        expect(dayNumber(refIso(n))).toBe(n);
      }),
      params,
    );
  });

  it('any valid ISO date round-trips: fromDayNumber(dayNumber(d)) === d', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        expect(isIsoDate(iso)).toBe(true);
        expect(fromDayNumber(dayNumber(iso)!)).toBe(iso);
      }),
      params,
    );
  });

  it('any day number round-trips: dayNumber(fromDayNumber(n)) === n, and fromDayNumber agrees with Date', () => {
    fc.assert(
      fc.property(dayNo, (n) => {
        expect(fromDayNumber(n)).toBe(refIso(n));
        expect(dayNumber(fromDayNumber(n))).toBe(n);
      }),
      params,
    );
  });

  it('any YYYY-MM-DD text is a date exactly when the calendar has that day (29 February, 31 April, month 13…)', () => {
    const parts = fc.tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 19 }),
      fc.integer({ min: 0, max: 39 }),
    );
    fc.assert(
      fc.property(parts, ([y, m, d]) => {
        expect(dayNumber(`${pad(y, 4)}-${pad(m)}-${pad(d)}`)).toBe(
          m >= 1 && m <= 12 && d >= 1 ? refDayNumber(y, m, d) : undefined,
        );
      }),
      params,
    );
  });

  it('text that is not exactly YYYY-MM-DD is never a date', () => {
    const near = fc.oneof(
      fc.string({ maxLength: 12 }),
      isoDate.map((s) => ` ${s}`),
      isoDate.map((s) => `${s} `),
      isoDate.map((s) => `${s}T00:00`),
      isoDate.map((s) => s.replace(/-/g, '/')),
      isoDate.map((s) => `+${s}`),
      isoDate.map((s) => s.replace(/^(\d{4})-(\d\d)-(\d\d)$/, '$3-$2-$1')),
    );
    fc.assert(
      fc.property(near, (s) => {
        fc.pre(!/^\d{4}-\d{2}-\d{2}$/.test(s));
        expect(dayNumber(s)).toBeUndefined();
      }),
      params,
    );
  });

  it('ISO text order is day order', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        expect(Math.sign(daysBetween(a, b))).toBe(a < b ? 1 : a > b ? -1 : 0);
      }),
      params,
    );
  });

  // Before 1970 the day number is negative, and a plain `% 7` of a negative number is negative: a typo'd
  // year such as 1925 must still give Monday-Sunday, or a Sunday would count as a school day.
  it('weekday agrees with Date (0 = Monday … 6 = Sunday), before 1970 too', () => {
    fc.assert(
      fc.property(dayNo, (n) => {
        expect(weekday(refIso(n))).toBe((new Date(n * MS_PER_DAY).getUTCDay() + 6) % 7);
      }),
      params,
    );
  });
});

describe('addDays and daysBetween', () => {
  it('are inverse: daysBetween(d, addDays(d, k)) === k and addDays(a, daysBetween(a, b)) === b', () => {
    fc.assert(
      fc.property(schoolDate, offset, schoolDate, (d, k, b) => {
        expect(daysBetween(d, addDays(d, k))).toBe(k);
        expect(addDays(d, daysBetween(d, b))).toBe(b);
      }),
      params,
    );
  });

  it('addDays(addDays(d, k), -k) === d, and adding is associative', () => {
    fc.assert(
      fc.property(schoolDate, offset, offset, (d, j, k) => {
        expect(addDays(addDays(d, k), -k)).toBe(d);
        expect(addDays(addDays(d, j), k)).toBe(addDays(d, j + k));
      }),
      params,
    );
  });

  it('daysBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(schoolDate, schoolDate, schoolDate, (a, b, c) => {
        expect(daysBetween(a, b) + daysBetween(b, a)).toBe(0);
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
      }),
      params,
    );
  });
});
