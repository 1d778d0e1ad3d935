// Runs of unauthorised absence in the providers' marks: a pupil absent without permission for ten school days
// in a row may be missing education, and the school must tell the local authority.
import { addDays, dayNumber, fromDayNumber } from '../model/dates.js';
import type { Calendar } from '../model/calendar.js';
import { CATEGORY } from './codes.js';
import type { AttendanceRecords } from './read.js';

/** Continuous unauthorised absence, in school days, at which the school must tell the local authority. */
export const CONTINUOUS_ABSENCE_DAYS = 10;
/**
 * For each pupil (MarkStore pupil id) with a run of at least `days` school days in a row, each with marks and
 * every mark unauthorised absence, before the as-of date: the mark that completes the first such run. A
 * school day with no mark for the pupil ends a run (the pupil may have been in school).
 */
export function continuousAbsence(
  records: AttendanceRecords,
  asOf: string,
  calendar: Calendar,
  days = CONTINUOUS_ABSENCE_DAYS,
): number[] {
  const m = records.marks,
    before = dayNumber(asOf)!;
  // Only pupils with an unauthorised mark can have such a run: most pupils are skipped on one pass.
  const suspects = new Set<number>();
  for (let i = 0; i < m.length; i++)
    if (m.day[i] < before && CATEGORY[m.mark[i]] === 'unauthorised') suspects.add(m.pupil[i]);
  if (!suspects.size) return [];
  // Per pupil, per day: whether the day is an unauthorised absence (an unauthorised mark and no present or
  // authorised one), and its last mark in file order.
  const byPupil = new Map<number, Map<number, { absent: boolean; other: boolean; mark: number }>>();
  for (let i = 0; i < m.length; i++) {
    if (m.day[i] >= before || !suspects.has(m.pupil[i])) continue;
    let daysOf = byPupil.get(m.pupil[i]);
    if (!daysOf)
      byPupil.set(m.pupil[i], (daysOf = new Map<number, { absent: boolean; other: boolean; mark: number }>()));
    const cat = CATEGORY[m.mark[i]];
    const day = daysOf.get(m.day[i]) ?? { absent: false, mark: i, other: false };
    if (cat === 'unauthorised') day.absent = true;
    else if (cat !== 'not-possible') day.other = true;
    day.mark = i;
    daysOf.set(m.day[i], day);
  }
  const out: number[] = [];
  for (const daysOf of byPupil.values()) {
    let run = 0,
      last: string | undefined;
    for (const d of [...daysOf.keys()].sort((a, b) => a - b)) {
      const iso = fromDayNumber(d);
      if (!calendar.isSchoolDay(iso)) continue;
      const day = daysOf.get(d)!;
      // Consecutive when no school day lies between the last marked school day and this one.
      const adjacent = last !== undefined && calendar.schoolDaysBetween(addDays(last, 1), iso) === 0;
      last = iso;
      if (!day.absent || day.other) {
        run = 0;
        continue;
      }
      run = adjacent && run > 0 ? run + 1 : 1;
      if (run === days) {
        out.push(day.mark);
        break;
      }
    }
  }
  return out.sort((a, b) => a - b);
}
