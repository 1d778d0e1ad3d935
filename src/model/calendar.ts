// School days and term time, worked out once per run from the config's term dates (or weekdays when
// there are none). Every date rule counts days through one Calendar.
import { dayNumber } from './dates.js';


const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7; // 0 = Monday; 1970-01-01 was a Thursday

export class Calendar {
  /** Terms as whole-day numbers [first, last]. */
  private readonly terms: readonly [number, number][];

  constructor(termDates: readonly { start: string; end: string }[] | null | undefined) {
    this.terms = (termDates ?? []).map((term) => [dayNumber(term.start)!, dayNumber(term.end)!] as [number, number]);
  }

  /** Whether the config gives term dates (then elapsed days are days of term time). */
  get termTime(): boolean {
    return this.terms.length > 0;
  }

  private inTerm(day: number): boolean {
    return this.terms.some(([a, b]) => a <= day && day <= b);
  }

  private schoolDay(day: number): boolean {
    return weekdayOf(day) < 5 && (!this.terms.length || this.inTerm(day));
  }

  /** Weekdays, and only those inside a term when the config gives term dates. */
  isSchoolDay(iso: string): boolean {
    return this.schoolDay(dayNumber(iso)!);
  }

  /** School days from `from` (included) to `to` (excluded). */
  schoolDaysBetween(from: string, to: string): number {
    let n = 0;
    for (let d = dayNumber(from)!, end = dayNumber(to)!; d < end; d++) if (this.schoolDay(d)) n++;
    return n;
  }

  /** Calendar days from `from` to `to`, skipping days outside terms when the config gives term dates. */
  elapsedDays(from: string, to: string): number {
    const a = dayNumber(from)!, b = dayNumber(to)!;
    if (!this.terms.length || b <= a) return b - a;
    let n = 0;
    for (let d = a + 1; d <= b; d++) if (this.inTerm(d)) n++;
    return n;
  }
}
