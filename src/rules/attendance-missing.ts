import { defineRule } from './types.js';
import { pupilLabel } from '../model/placement.js';
import { plural } from '../model/wording.js';
import type { PlacementAttendance } from '../attendance/summary.js';
import { KCSIE_AP } from '../model/sources.js';

/** How many missing sessions a message names. */
const FIRST = 3;

/** Placements with timetabled sessions on school days before as-of and no mark for them. */
export function placementsMissingMarks(list: readonly PlacementAttendance[]): PlacementAttendance[] {
  return list.filter((p) => p.missing.length > 0);
}

export const attendanceMissing = defineRule({
  id: 'attendance-missing', defaultSeverity: 'warn', sources: [KCSIE_AP, { source: 'non-school-ap-standards', part: 'admissions and support: session-by-session attendance tracking and prompt follow-up of absences' }],
  thresholds: [],
  description: () => 'Timetabled sessions on school days, from the later of the start and attendance.since up to the day before the as-of date, with no attendance mark (one finding per placement)',
  messages: {
    missing: ({ pupil, count, sessions, since }: { pupil: string; count: number; sessions: string[]; since?: string }) =>
      `${plural(count, 'timetabled session')} of ${pupil}'s placement ${count === 1 ? 'has' : 'have'} no attendance mark ${since ? `since ${since} ` : ''}` +
      `(${count > sessions.length ? `first: ${sessions.join(', ')}, …` : sessions.join(', ')}): ask the provider for the marks and add them to the attendance folder, so the school knows the pupil was there.`,
  },
  check(ctx) {
    const a = ctx.run.attendance;
    if (!a) return; // no attendance folder: nothing is asked for
    const configured = ctx.run.config.attendance?.since ?? undefined;
    for (const p of placementsMissingMarks(a.placements)) {
      const since = configured && configured > p.record.placement.start_date ? configured : undefined;
      ctx.report({ file: p.file, path: ['placements', p.record.index, 'sessions'], key: true }, 'missing', {
        pupil: pupilLabel(p.record), count: p.missing.length, sessions: p.missing.slice(0, FIRST).map((m) => `${m.date} ${m.half}`), since,
      });
    }
  },
});
