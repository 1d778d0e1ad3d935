// Attendance records: reading attendance/*.csv, and what the marks add up to per placement, provider and
// pupil. `attendanceSummary` is what a document's view-model calls.
import type { PlacementFile } from '../load/placement-file.js';
import { pupilKey } from '../model/placement.js';
import type { AttendanceAnalysis, Counted, PlacementAttendance, ProviderReporting } from './summary.js';

export type { AttendanceAnalysis, Counted, PlacementAttendance, ProviderReporting } from './summary.js';

export interface ProviderAttendance {
  file: PlacementFile;
  /** Each placement at this provider with its counts, six-week grid and missing sessions. */
  placements: PlacementAttendance[];
  /** Late reporting: how many marks of how many, median and worst delay. */
  reporting?: ProviderReporting;
}

export interface AttendanceSummary {
  windowFrom: string;
  windowTo: string;
  providers: ProviderAttendance[];
  /** Per pupil (reference as in the placements), over every provider: all marks and the window. */
  pupils: { pupil: string; all: Counted; window: Counted }[];
}

const add = (a: Counted, b: Counted): Counted => {
  const c = {
    possible: a.possible + b.possible,
    present: a.present + b.present,
    authorised: a.authorised + b.authorised,
    unauthorised: a.unauthorised + b.unauthorised,
    unexplained: a.unexplained + b.unexplained,
    notFollowedUp: a.notFollowedUp + b.notFollowedUp,
  };
  return c.possible > 0 ? { ...c, percent: (100 * c.present) / c.possible } : c;
};
const none: Counted = { possible: 0, present: 0, authorised: 0, unauthorised: 0, unexplained: 0, notFollowedUp: 0 };

/** Per provider, per placement and per pupil: possible, present, authorised, unauthorised, unexplained, not followed up, %, the week-by-week grid and late reporting. */
export function attendanceSummary(a: AttendanceAnalysis): AttendanceSummary {
  const providers = a.files
    .filter((f) => f.provider)
    .map((file) => ({
      file,
      placements: a.placements.filter((p) => p.file === file),
      reporting: a.providers.find((r) => r.file === file),
    }));
  const byPupil = new Map<string, { pupil: string; all: Counted; window: Counted }>();
  for (const p of a.placements) {
    const key = pupilKey(p.record.placement.pupil);
    const prev = byPupil.get(key) ?? { pupil: p.record.placement.pupil.trim(), all: none, window: none };
    byPupil.set(key, { pupil: prev.pupil, all: add(prev.all, p.all), window: add(prev.window, p.window) });
  }
  return { windowFrom: a.windowFrom, windowTo: a.windowTo, providers, pupils: [...byPupil.values()] };
}
