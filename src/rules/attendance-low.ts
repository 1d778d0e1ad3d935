import { defineRule } from './types.js';
import type { Thresholds } from '../model/config.js';

import { sentence } from '../model/wording.js';
import { shownPercent, type PlacementAttendance } from '../attendance/summary.js';

/** A placement's window attendance below a threshold: 'severe' below the severe one, 'persistent' below the other. */
export function lowAttendance(p: PlacementAttendance, t: Thresholds): 'severe' | 'persistent' | undefined {
  const pct = p.window.percent;
  if (pct === undefined) return undefined;
  if (pct < t.attendance_severe_percent) return 'severe';
  if (pct < t.attendance_persistent_percent) return 'persistent';
  return undefined;
}

type Low = { pupil: string; percent: string; present: number; possible: number; weeks: number; limit: number };
// Persistent and severe absence are the DfE's measures of a pupil over all their possible sessions; this is one
// placement's attendance over a few weeks, so the message gives the figure and the line, never those labels.
const low = (d: Low, action: string) =>
  sentence(
    `${d.pupil} attended ${d.percent}% of timetabled sessions at this placement over the last ${d.weeks} school weeks (${d.present} of ${d.possible}), below ${d.limit}%: ${action}`,
  );

export const attendanceLow = defineRule({
  id: 'attendance-low',
  defaultSeverity: 'warn',
  sources: [
    {
      source: 'attendance-guidance',
      part: "persistent (below 90%) and severe (below 50%) absence, which the DfE measures over all of a pupil's possible sessions",
      note: "applying these lines to one placement's attendance over a few weeks is ap-ready's own use of them",
    },
  ],
  thresholds: ['attendance_persistent_percent', 'attendance_severe_percent', 'attendance_window_weeks'],
  description: (t) =>
    `Attendance at a placement over the last attendance_window_weeks (${t.attendance_window_weeks}) school weeks is below attendance_persistent_percent (${t.attendance_persistent_percent}%, warning) or attendance_severe_percent (${t.attendance_severe_percent}%, error)`,
  messages: {
    persistent: (d: Low) =>
      low(d, 'review the placement with the pupil, family and provider, and record what will change.'),
    severe: (d: Low) =>
      low(
        d,
        'fewer than half the sessions were attended. Find out why now, review the placement with the pupil, family and provider, and record what will change.',
      ),
  },
  raisedToError: ['severe'],
  check(ctx) {
    const a = ctx.run.attendance;
    if (!a) return;
    const t = ctx.run.thresholds;
    for (const p of a.placements) {
      const level = lowAttendance(p, t);
      if (!level) continue;
      const data = {
        pupil: ctx.run.label(p.record),
        percent: String(shownPercent(p.window)),
        present: p.window.present,
        possible: p.window.possible,
        weeks: t.attendance_window_weeks,
        limit: level === 'severe' ? t.attendance_severe_percent : t.attendance_persistent_percent,
      };
      // Below the severe threshold the finding is an error, unless the config sets this rule's severity.
      ctx.report({ file: p.file, path: ['placements', p.record.index, 'pupil'] }, level, data);
    }
  },
});
