import type { Rule } from './types.js';
import { UNEXPLAINED } from '../attendance/codes.js';
import { dayNumber } from '../model/dates.js';
import { attendanceFor, followedUpSameDay } from '../attendance/summary.js';
import type { AttendanceRecords } from '../attendance/read.js';
import { markAt, markDate, markProvider, markPupil, markSession } from '../attendance/describe.js';

const messages = {
  notFollowedUp: (d: { pupil: string; provider: string; date: string; session: string }) =>
    `${d.pupil} was absent without a reason at ${d.provider} on ${d.date} (${d.session}) and no follow-up that day is recorded: contact the family the same day, record when in followed_up_at, and treat a pupil whose whereabouts are unknown as a safeguarding concern.`,
};

/** Unexplained absences (N, O, absent) dated before as-of with no followed_up_at on the same day. */
export function absencesNotFollowedUp(records: AttendanceRecords, asOf: string): number[] {
  const before = dayNumber(asOf)!, m = records.marks, out: number[] = [];
  for (let i = 0; i < m.length; i++) {
    if (UNEXPLAINED[m.mark[i]] && m.day[i] < before && !followedUpSameDay(records, i)) out.push(i);
  }
  return out;
}

export const absenceNotFollowedUp: Rule = {
  id: 'absence-not-followed-up', defaultSeverity: 'error', sources: ['KCSIE', 'VNS'],
  description: 'An unexplained absence (N, O or absent) with no followed_up_at on the same day (one finding per mark)',
  check(ctx) {
    if (!ctx.attendance) return;
    const a = attendanceFor(ctx.attendance, ctx.files, ctx.config, ctx.asOf);
    const r = a.records;
    for (const i of absencesNotFollowedUp(r, ctx.asOf)) {
      const text = messages.notFollowedUp({ pupil: markPupil(r, i), provider: markProvider(a, i), date: markDate(r, i), session: markSession(r, i) });
      const field = r.marks.hasColumn(i, 'followed_up_at') ? 'followed_up_at' : 'mark';
      ctx.reportAt(markAt(r, i, field), text.charAt(0).toUpperCase() + text.slice(1));
    }
  },
};
