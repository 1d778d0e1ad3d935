// The pupils the whole-week and vulnerable-pupil rules look at: each pupil with an active or upcoming
// placement, joined to their register entry, with the facts resolved (the register's first, else the
// placements') and their week. These rules run only when the school keeps a register (pupils.yaml):
// without one the school's sessions are not known anywhere, and the rules stay silent rather than
// flag every pupil.
import type { PupilRecord, PupilsFile } from '../load/pupils-file.js';
import type { Pupil } from '../model/pupils.js';
import { pupilWeek, type PupilWeek } from '../model/week.js';
import { ACTIVE_OR_UPCOMING, type PlacementItem } from './each.js';
import { placementsByPupil, providerName } from './pupils.js';
import { hasCurrentPartTime, isSchoolDay, pupilLabel } from './terms.js';
import type { RuleContext } from './types.js';

export interface RegisterPupil {
  /** The register entry, when the pupil has one. */
  entry: PupilRecord | undefined;
  /** Active and upcoming placements, in file order. */
  items: PlacementItem[];
  active: PlacementItem[];
  yearGroup: 'R' | number | undefined;
  send: Pupil['send'];
  lookedAfter: boolean;
  socialWorker: boolean;
  /** A current part-time timetable, in the register or on any current placement. */
  partTime: boolean;
  week: PupilWeek;
  /** How messages name the pupil (never a reference that looks like personal data). */
  label: string;
}

const cache = new WeakMap<PupilsFile, { asOf: string; files: unknown; pupils: RegisterPupil[] }>();

/** The register's pupils in AP (none when there is no register). */
export function registerPupils(ctx: RuleContext): RegisterPupil[] {
  const register = ctx.pupils;
  if (!register) return [];
  const hit = cache.get(register);
  if (hit && hit.asOf === ctx.asOf && hit.files === ctx.files) return hit.pupils;
  const out: RegisterPupil[] = [];
  for (const [key, items] of placementsByPupil(ctx, ACTIVE_OR_UPCOMING)) {
    const entry = register.byRef.get(key);
    const e = entry?.pupil;
    const active = items.filter((i) => i.state === 'active');
    const first = items[0].placement;
    const partTimeHere = e?.part_time_timetable;
    out.push({
      entry, items, active,
      yearGroup: e?.year_group ?? items.find((i) => i.placement.year_group != null)?.placement.year_group ?? undefined,
      send: e?.send ?? first.send,
      lookedAfter: e?.looked_after ?? items.some((i) => i.placement.looked_after),
      socialWorker: e?.social_worker === true,
      partTime: (!!partTimeHere && (!partTimeHere.end_date || partTimeHere.end_date >= ctx.asOf)) || items.some((i) => hasCurrentPartTime(i.placement, ctx.asOf)),
      week: pupilWeek({
        asOf: ctx.asOf,
        schoolSessions: e?.school_sessions,
        placements: active.map((i) => ({ provider: providerName(i), placement: i.placement, online: i.provider?.delivery === 'online', id: i })),
        isSchoolDay: (iso) => isSchoolDay(iso, ctx.config),
      }),
      label: pupilLabel(items[0].record),
    });
  }
  cache.set(register, { asOf: ctx.asOf, files: ctx.files, pupils: out });
  return out;
}

/** The earliest start among the pupil's active and upcoming placements. */
export const earliestStart = (p: RegisterPupil) => p.items.reduce((min, i) => (i.placement.start_date < min ? i.placement.start_date : min), p.items[0].placement.start_date);
