// Iteration over the valid records, so each rule states only its condition.
import type { PlacementFile, PlacementRecord } from '../load/placement-file.js';
import type { Placement, Provider } from '../model/schema.js';
import type { RuleContext } from './types.js';
import { inUse, placementState, type PlacementState } from './terms.js';

export interface ProviderItem {
  file: PlacementFile;
  provider: Provider;
}

/** Valid provider blocks; with `inUseOnly`, only providers with an active or upcoming placement. */
export function* providers(ctx: RuleContext, opts: { inUseOnly?: boolean } = {}): Generator<ProviderItem> {
  for (const file of ctx.files) {
    if (!file.provider) continue;
    if (opts.inUseOnly && !inUse(file, ctx.asOf)) continue;
    yield { file, provider: file.provider };
  }
}

export interface PlacementItem {
  file: PlacementFile;
  /** The provider block, when it is valid. */
  provider: Provider | undefined;
  record: PlacementRecord;
  placement: Placement;
  state: PlacementState;
  /** Data path of this placement in its file. */
  at: (string | number)[];
}

// Every rule walks the same placements: build the list once per run (per file list and as-of date).
const cache = new WeakMap<readonly PlacementFile[], { asOf: string; items: PlacementItem[] }>();

function allPlacements(ctx: RuleContext): PlacementItem[] {
  const hit = cache.get(ctx.files);
  if (hit && hit.asOf === ctx.asOf) return hit.items;
  const items: PlacementItem[] = [];
  for (const file of ctx.files) {
    for (const record of file.placements) {
      const state = placementState(record.placement, ctx.asOf);
      items.push({ file, provider: file.provider, record, placement: record.placement, state, at: ['placements', record.index] });
    }
  }
  cache.set(ctx.files, { asOf: ctx.asOf, items });
  return items;
}

/** Valid placements, optionally only those in the given states. */
export function placements(ctx: RuleContext, states?: readonly PlacementState[]): readonly PlacementItem[] {
  const all = allPlacements(ctx);
  return states ? all.filter((i) => states.includes(i.state)) : all;
}

export const ACTIVE = ['active'] as const;
export const ACTIVE_OR_UPCOMING = ['active', 'upcoming'] as const;

/** The latest dated entry of a list, by its `date`. */
export function latest<T extends { date: string }>(list: readonly T[] | null | undefined): { item: T; index: number } | undefined {
  let best: { item: T; index: number } | undefined;
  (list ?? []).forEach((item, index) => { if (!best || item.date > best.item.date) best = { item, index }; });
  return best;
}

export const blank = (s: string | null | undefined) => s === undefined || s === null || s.trim() === '';
