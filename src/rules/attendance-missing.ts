import { defineRule } from './types.js';
import { plural } from '../model/wording.js';
import type { PlacementAttendance } from '../attendance/summary.js';
import { KCSIE_AP } from '../model/sources.js';
import { providerFileName } from '../attendance/describe.js';

/** How many missing sessions a message names. */
const FIRST = 3;

/** Placements with timetabled sessions on school days before as-of and no mark for them. */
export function placementsMissingMarks(list: readonly PlacementAttendance[]): PlacementAttendance[] {
  return list.filter((p) => p.missing.length > 0);
}

export const attendanceMissing = defineRule({
  id: 'attendance-missing',
  defaultSeverity: 'warn',
  sources: [
    KCSIE_AP,
    {
      source: 'non-school-ap-standards',
      part: 'admissions and support: session-by-session attendance tracking and prompt follow-up of absences',
    },
  ],
  thresholds: [],
  description: () =>
    'Timetabled sessions on school days, from the later of the start and attendance.since up to the day before the as-of date, with no attendance mark (one finding per placement; one per provider when no mark from it is held at all)',
  messages: {
    // No mark from the provider at all is a different fault from a session left unmarked: its register was
    // never received, or its export names the provider in a way that matches no placement file.
    noMarks: ({ name, pupils, count, file }: { name: string; pupils: number; count: number; file: string }) =>
      `No attendance marks from "${name}" are held at all (${plural(pupils, 'pupil')}, ${plural(count, 'timetabled session')} so far): ask the provider for its register and put it in the attendance folder, or, if its file is there, check that its provider column says "${name}" or ${file}.`,
    missing: ({
      pupil,
      count,
      sessions,
      since,
    }: {
      pupil: string;
      count: number;
      sessions: string[];
      since?: string;
    }) =>
      `${plural(count, 'timetabled session')} of ${pupil}'s placement ${count === 1 ? 'has' : 'have'} no attendance mark ${since ? `since ${since} ` : ''}` +
      `(${count > sessions.length ? `first: ${sessions.join(', ')}, …` : sessions.join(', ')}): ask the provider for the marks and add them to the attendance folder, so the school knows the pupil was there.`,
  },
  check(ctx) {
    const a = ctx.run.attendance;
    if (!a) return; // no attendance folder: nothing is asked for
    const configured = ctx.run.config.attendance?.since ?? undefined;
    // Files of providers with at least one mark matched to them.
    const withMarks = new Set<number>();
    for (let i = 0; i < a.fileOf.length; i++) if (a.fileOf[i] >= 0) withMarks.add(a.fileOf[i]);
    const missing = placementsMissingMarks(a.placements);
    const noMarks = new Set<PlacementAttendance['file']>();
    for (const p of missing) {
      if (withMarks.has(a.files.indexOf(p.file)) || noMarks.has(p.file) || !p.file.provider) continue;
      noMarks.add(p.file);
      const mine = missing.filter((q) => q.file === p.file);
      ctx.report({ file: p.file, path: ['provider', 'name'] }, 'noMarks', {
        name: p.file.provider.name,
        pupils: new Set(mine.map((q) => q.record.placement.pupil.trim().toLowerCase())).size,
        count: mine.reduce((n, q) => n + q.missing.length, 0),
        file: providerFileName(p.file),
      });
    }
    for (const p of missing) {
      if (noMarks.has(p.file)) continue;
      const since = configured && configured > p.record.placement.start_date ? configured : undefined;
      ctx.report({ file: p.file, path: ['placements', p.record.index, 'sessions'], key: true }, 'missing', {
        pupil: ctx.run.label(p.record),
        count: p.missing.length,
        sessions: p.missing.slice(0, FIRST).map((m) => `${m.date} ${m.half}`),
        since,
      });
    }
  },
});
