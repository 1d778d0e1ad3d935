import type { Rule } from './types.js';
import { attendanceFor, type PlacementAttendance } from '../attendance/summary.js';
import { pupilLabel } from './terms.js';

const FIRST = 3;

const messages = {
  missing: (d: { pupil: string; count: number; first: string; since: string }) =>
    `${d.count} timetabled ${d.count === 1 ? 'session' : 'sessions'} of ${d.pupil}'s placement ${d.count === 1 ? 'has' : 'have'} no attendance mark ${d.since}(${d.first}): ask the provider for the marks and add them to the attendance folder, so the school knows the pupil was there.`,
};

/** Placements with timetabled sessions on school days before as-of and no mark for them. */
export function placementsMissingMarks(list: readonly PlacementAttendance[]): PlacementAttendance[] {
  return list.filter((p) => p.missing.length > 0);
}

export const attendanceMissing: Rule = {
  id: 'attendance-missing', defaultSeverity: 'warn', sources: ['KCSIE', 'VNS'],
  description: 'Timetabled sessions on school days, from the later of the start and attendance.since up to the day before the as-of date, with no attendance mark (one finding per placement)',
  check(ctx) {
    if (!ctx.attendance) return; // no attendance folder: nothing is asked for
    const a = attendanceFor(ctx.attendance, ctx.files, ctx.config, ctx.asOf);
    for (const p of placementsMissingMarks(a.placements)) {
      const shown = p.missing.slice(0, FIRST).map((m) => `${m.date} ${m.half}`).join(', ');
      const first = p.missing.length > FIRST ? `first: ${shown}, …` : shown;
      const since = ctx.config.attendance?.since && ctx.config.attendance.since > p.record.placement.start_date ? `since ${ctx.config.attendance.since} ` : '';
      const text = messages.missing({ pupil: pupilLabel(p.record), count: p.missing.length, first, since });
      ctx.report(p.file, ['placements', p.record.index, 'sessions'], text, { key: true });
    }
  },
};
