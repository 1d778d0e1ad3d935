// Who counts as full-time at a provider, shared by unregistered-full-time and its -check.
import type { PlacementFile } from '../../load/placement-file.js';
import type { PlacementRecord } from '../../model/placement.js';
import type { Thresholds } from '../../model/config.js';
import { compulsoryAge, isFullTime, pupilKey, weeklyHours, placementState } from '../../model/placement.js';

export interface FullTimePupil {
  hours: number;
  records: PlacementRecord[];
}

/** Distinct pupils (of compulsory school age unless `anyAge`) whose active weekly hours at this provider are full-time. */
export function fullTimePupils(
  file: PlacementFile,
  asOf: string,
  t: Thresholds,
  opts: { anyAge?: boolean } = {},
): Map<string, FullTimePupil> {
  const byPupil = new Map<string, FullTimePupil>();
  for (const record of file.placements) {
    const p = record.placement;
    if (placementState(p, asOf) !== 'active' || (!opts.anyAge && !compulsoryAge(p))) continue;
    const key = pupilKey(p.pupil);
    const entry = byPupil.get(key) ?? { hours: 0, records: [] };
    entry.hours += weeklyHours(p) ?? 0;
    entry.records.push(record);
    byPupil.set(key, entry);
  }
  for (const [key, v] of byPupil) if (!isFullTime(v.hours, t)) byPupil.delete(key);
  return byPupil;
}
