// Groups placements by pupil across all files, for the cross-file rules.
import type { PlacementItem } from './each.js';
import { perRun, placements } from './each.js';
import type { RuleContext } from '../types.js';
import { pupilKey, type PlacementState } from '../../model/placement.js';

/** The placements (optionally in the given states) of each pupil, by pupil key (shared, never to be changed). */
export function placementsByPupil(
  ctx: RuleContext,
  states?: readonly PlacementState[],
): ReadonlyMap<string, readonly PlacementItem[]> {
  return perRun(ctx.run, `byPupil:${states?.join() ?? '*'}`, () => group(ctx, states));
}

function group(ctx: RuleContext, states?: readonly PlacementState[]): Map<string, PlacementItem[]> {
  const byPupil = new Map<string, PlacementItem[]>();
  for (const item of placements(ctx, states)) {
    const key = pupilKey(item.placement.pupil);
    let list = byPupil.get(key);
    if (!list) byPupil.set(key, (list = []));
    list.push(item);
  }
  return byPupil;
}

/** A provider as messages name it: at most 80 characters of its name. */
export const providerName = (item: PlacementItem) => {
  const name = item.provider?.name ?? item.file.displayPath;
  return name.length > 80 ? `${name.slice(0, 80)}…` : name;
};
