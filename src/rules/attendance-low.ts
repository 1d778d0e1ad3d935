import type { Rule } from './types.js';
import type { Thresholds } from '../model/config.js';
import { attendanceFor, type PlacementAttendance } from '../attendance/summary.js';
import { pupilLabel } from './terms.js';

const messages = {
  low: (d: { pupil: string; percent: string; present: number; possible: number; weeks: number; limit: number; severe: boolean }) =>
    `${d.pupil} attended ${d.percent}% of sessions at this placement over the last ${d.weeks} school weeks (${d.present} of ${d.possible}), below ${d.limit}%${d.severe ? ' (severe absence)' : ' (persistent absence)'}: review the placement with the pupil, family and provider, and record what will change.`,
};

/** A placement's window attendance below a threshold: 'error' below the severe one, 'warn' below the persistent one. */
export function lowAttendance(p: PlacementAttendance, t: Thresholds): 'error' | 'warn' | undefined {
  const pct = p.window.percent;
  if (pct === undefined) return undefined;
  if (pct < t.attendance_severe_percent) return 'error';
  if (pct < t.attendance_persistent_percent) return 'warn';
  return undefined;
}

export const attendanceLow: Rule = {
  id: 'attendance-low', defaultSeverity: 'warn', sources: ['ATT'],
  description: "A placement's attendance over the last attendance_window_weeks school weeks is below attendance_persistent_percent (warning) or attendance_severe_percent (error)",
  check(ctx) {
    if (!ctx.attendance) return;
    const t = ctx.thresholds;
    const a = attendanceFor(ctx.attendance, ctx.files, ctx.config, ctx.asOf);
    for (const p of a.placements) {
      const level = lowAttendance(p, t);
      if (!level) continue;
      const pct = p.window.percent!;
      const text = messages.low({
        pupil: pupilLabel(p.record), percent: pct.toFixed(1).replace(/\.0$/, ''), present: p.window.present, possible: p.window.possible,
        weeks: t.attendance_window_weeks, limit: level === 'error' ? t.attendance_severe_percent : t.attendance_persistent_percent, severe: level === 'error',
      });
      ctx.report(p.file, ['placements', p.record.index, 'pupil'], text, { severity: level });
    }
  },
};
