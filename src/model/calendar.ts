// School days and term time, worked out once per run from the config's term dates (or weekdays when
// there are none). Every date rule counts days through one Calendar.
import { dayNumber, fromDayNumber } from './dates.js';

const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7; // 0 = Monday; 1970-01-01 was a Thursday

/** Weekdays among the days before `day` (counted from a Monday far back; only differences are used). */
function weekdaysBefore(day: number): number {
  const x = day + 3; // day -3 was a Monday
  const weeks = Math.floor(x / 7);
  return weeks * 5 + Math.min(x - weeks * 7, 5);
}

/** Weekdays in [a, b). */
const weekdaysIn = (a: number, b: number) => (b > a ? weekdaysBefore(b) - weekdaysBefore(a) : 0);

export class Calendar {
  /**
   * Terms as whole-day numbers [first, last], sorted and merged into disjoint ranges: every count below is
   * arithmetic over these ranges (no day-by-day loops), so 0000-01-01 → 9999-12-30 costs what a week does.
   */
  private readonly terms: readonly [number, number][];

  constructor(termDates: readonly { start: string; end: string }[] | null | undefined) {
    const sorted = (termDates ?? [])
      .map((term) => [dayNumber(term.start)!, dayNumber(term.end)!] as [number, number])
      .filter(([a, b]) => a <= b)
      .sort((x, y) => x[0] - y[0]);
    const merged: [number, number][] = [];
    for (const [a, b] of sorted) {
      const last = merged[merged.length - 1];
      if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    this.terms = merged;
  }

  /**
   * The half-terms, as ISO [start, end]: the term dates with any gap shorter than a week closed (a bank
   * holiday or Good Friday splits a term in the config but not the half-term; a half-term holiday is a
   * week or more). Empty without term dates.
   */
  halfTerms(): readonly { start: string; end: string }[] {
    if (this.halves) return this.halves;
    const out: [number, number][] = [];
    for (const [a, b] of this.terms) {
      const last = out[out.length - 1];
      if (last && a - last[1] <= 5) last[1] = b;
      else out.push([a, b]);
    }
    return (this.halves = out.map(([a, b]) => ({ start: fromDayNumber(a), end: fromDayNumber(b) })));
  }

  /** Worked out once: every placement's review date asks for them. */
  private halves: readonly { start: string; end: string }[] | undefined;

  /** Whether the config gives term dates (then elapsed days are days of term time). */
  get termTime(): boolean {
    return this.terms.length > 0;
  }

  /** Binary search over the disjoint, sorted terms. */
  private inTerm(day: number): boolean {
    let lo = 0,
      hi = this.terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (day < this.terms[mid][0]) hi = mid - 1;
      else if (day > this.terms[mid][1]) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** Weekdays, and only those inside a term when the config gives term dates. */
  isSchoolDay(iso: string): boolean {
    const day = dayNumber(iso)!;
    return weekdayOf(day) < 5 && (!this.terms.length || this.inTerm(day));
  }

  /** School days from `from` (included) to `to` (excluded). */
  schoolDaysBetween(from: string, to: string): number {
    const a = dayNumber(from)!,
      b = dayNumber(to)!;
    if (!this.terms.length) return weekdaysIn(a, b);
    let n = 0;
    for (const [s, e] of this.terms) {
      if (s >= b) break;
      n += weekdaysIn(Math.max(a, s), Math.min(b, e + 1));
    }
    return n;
  }

  /** Calendar days from `from` to `to`, skipping days outside terms when the config gives term dates. */
  elapsedDays(from: string, to: string): number {
    const a = dayNumber(from)!,
      b = dayNumber(to)!;
    if (!this.terms.length || b <= a) return b - a;
    let n = 0; // days d with a < d <= b inside a term
    for (const [s, e] of this.terms) {
      if (s > b) break;
      n += Math.max(0, Math.min(b, e) - Math.max(a + 1, s) + 1);
    }
    return n;
  }
}
