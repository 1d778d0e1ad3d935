import { DEFAULT_PUPIL_REFERENCE_PATTERN } from '../model/reference-pattern.js';
import { defineRule } from './types.js';
import { dayNumber } from '../model/dates.js';
import { sentence } from '../model/wording.js';
import { UNEXPLAINED } from '../attendance/codes.js';
import { followedUpSameDay } from '../attendance/summary.js';
import type { AttendanceRecords } from '../attendance/read.js';
import { markAt, markDate, markProvider, markPupil, markSession } from '../attendance/describe.js';

/** Unexplained absences (N, O, absent) dated before as-of with no followed_up_at on the same day. */
export function absencesNotFollowedUp(records: AttendanceRecords, asOf: string): number[] {
  const before = dayNumber(asOf)!,
    m = records.marks,
    out: number[] = [];
  for (let i = 0; i < m.length; i++) {
    if (UNEXPLAINED[m.mark[i]] && m.day[i] < before && !followedUpSameDay(records, i)) out.push(i);
  }
  return out;
}

export const absenceNotFollowedUp = defineRule({
  id: 'absence-not-followed-up',
  defaultSeverity: 'error',
  sources: [
    { source: 'kcsie', part: 'Part two: children who are absent from education' },
    {
      source: 'non-school-ap-standards',
      part: 'admissions and support: session-by-session attendance tracking and prompt follow-up of absences',
    },
  ],
  thresholds: [],
  description: () =>
    "An unexplained absence (N, O or absent) with no follow-up the same day in the school's follow-up log (or a followed_up_at in the mark's row) (one finding per mark)",
  messages: {
    notFollowedUp: ({
      pupil,
      provider,
      date,
      session,
    }: {
      pupil: string;
      provider: string;
      date: string;
      session: string;
    }) =>
      sentence(
        `${pupil} was absent without a reason at ${provider} on ${date} (${session}) and no follow-up by the school that day is recorded: contact the family the same day, record when in the school's follow-up log (its date, session, pupil and followed_up_at), and treat a pupil whose whereabouts are unknown as a safeguarding concern.`,
      ),
  },
  check(ctx) {
    const a = ctx.run.attendance;
    if (!a) return;
    const r = a.records;
    for (const i of absencesNotFollowedUp(r, ctx.run.asOf)) {
      const field = r.marks.hasColumn(i, 'followed_up_at') ? 'followed_up_at' : 'mark';
      ctx.report(markAt(r, i, field), 'notFollowedUp', {
        pupil: markPupil(r, i, ctx.run.config.pupil_reference_pattern ?? DEFAULT_PUPIL_REFERENCE_PATTERN),
        provider: markProvider(a, i),
        date: markDate(r, i),
        session: markSession(r, i),
      });
    }
  },
});
