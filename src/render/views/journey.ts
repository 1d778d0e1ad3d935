// How long pupils have been placed at a provider and how their objectives stood at the last review: the
// planning call's per-provider line ("How is pupils' length of time in placements tracked?").
import type { PlacementFile } from '../../load/placement-file.js';
import { placementState } from '../../model/placement.js';
import { onTrackAtLastReview, weeksInPlacement } from '../../model/progress.js';

export interface JourneyView {
  /** The median of the active placements' whole weeks so far, or null with none. */
  medianWeeks: number | null;
  /** Objectives on track or met at each active placement's last review with progress, summed. */
  onTrack: number;
  objectives: number;
}

export function providerJourney(file: PlacementFile, asOf: string): JourneyView {
  const active = file.placements.filter((r) => placementState(r.placement, asOf) === 'active').map((r) => r.placement);
  const weeks = active.map((p) => weeksInPlacement(p, asOf)).sort((a, b) => a - b);
  const mid = weeks.length >> 1;
  const medianWeeks = weeks.length
    ? weeks.length % 2
      ? weeks[mid]
      : Math.round((weeks[mid - 1] + weeks[mid]) / 2)
    : null;
  let onTrack = 0,
    objectives = 0;
  for (const p of active) {
    const o = onTrackAtLastReview(p, asOf);
    if (o) {
      onTrack += o.onTrack;
      objectives += o.of;
    }
  }
  return { medianWeeks, onTrack, objectives };
}
