// children-missing-education: ten school days in a row of unauthorised absence in the providers' marks, which
// the school must tell the local authority about. (A placement that ended with the destination unknown, NEET
// or missing is missing-education-risk's: one rule for each condition.)
import { defineRule } from './types.js';
import { addDays, dayNumber, fromDayNumber } from '../model/dates.js';
import { sentence } from '../model/wording.js';
import { CATEGORY } from '../attendance/codes.js';
import { markAt, markPupil } from '../attendance/describe.js';
import { DEFAULT_PUPIL_REFERENCE_PATTERN } from '../model/reference-pattern.js';
import type { AttendanceRecords } from '../attendance/read.js';
import type { Calendar } from '../model/calendar.js';

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

export const childrenMissingEducation = defineRule({
  id: 'children-missing-education',
  defaultSeverity: 'error',
  thresholds: [],
  sources: [
    {
      source: 'children-missing-education',
      part: "schools' duty to inform the local authority of a pupil who may be missing education, including one absent without the school's permission for a continuous period of 10 school days or more",
    },
    { source: 'kcsie', part: 'Part two: children who are absent from education' },
  ],
  description: () =>
    `A pupil with ${CONTINUOUS_ABSENCE_DAYS} school days in a row of unauthorised absence in the attendance records`,
  messages: {
    absent: ({ pupil, days, date }: { pupil: string; days: number; date: string }) =>
      sentence(
        `${pupil} has been absent without authorisation for ${days} school days in a row (to ${date}) in the providers' marks: the school must tell the local authority of a pupil absent without permission for a continuous period of ${days} school days or more. Tell the LA, record it, and treat the pupil's whereabouts as a safeguarding concern.`,
      ),
  },
  check(ctx) {
    const asOf = ctx.run.asOf;
    const a = ctx.run.attendance;
    if (!a) return;
    const pattern = ctx.run.config.pupil_reference_pattern ?? DEFAULT_PUPIL_REFERENCE_PATTERN;
    for (const i of continuousAbsence(a.records, asOf, ctx.run.calendar)) {
      ctx.report(markAt(a.records, i, 'mark'), 'absent', {
        pupil: markPupil(a.records, i, pattern),
        days: CONTINUOUS_ABSENCE_DAYS,
        date: fromDayNumber(a.records.marks.day[i]),
      });
    }
  },
});
