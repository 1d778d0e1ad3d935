// Groups placements by pupil across all files, for the cross-file rules.
import type { PlacementItem } from './each.js';
import { placements } from './each.js';
import type { RuleContext } from './types.js';
import { pupilKey, type PlacementState } from '../model/placement.js';

export function placementsByPupil(ctx: RuleContext, states?: readonly PlacementState[]): Map<string, PlacementItem[]> {
  const byPupil = new Map<string, PlacementItem[]>();
  for (const item of placements(ctx, states)) {
    const key = pupilKey(item.placement.pupil);
    let list = byPupil.get(key);
    if (!list) byPupil.set(key, (list = []));
    list.push(item);
  }
  return byPupil;
}

export const providerName = (item: PlacementItem) => item.provider?.name ?? item.file.displayPath;
