// Iteration over the run's valid records, so each rule states only its condition.
import type { PlacementState } from '../../model/placement.js';
import { daysBetween } from '../../model/dates.js';
import type { PlacementItem, ProviderItem } from '../../run.js';
import type { RuleContext } from '../types.js';

export type { PlacementItem, ProviderItem } from '../../run.js';

/** Valid provider blocks; with `inUseOnly`, only providers with an active or upcoming placement. */
export function providers(ctx: Pick<RuleContext, 'run'>, opts: { inUseOnly?: boolean } = {}): readonly ProviderItem[] {
  return opts.inUseOnly ? ctx.run.providers.filter((p) => p.inUse) : ctx.run.providers;
}

/** `make()`, or what it made before for this run under `key` (kept on the run): shared, never to be changed. */
export function perRun<T>(run: Pick<RuleContext['run'], 'memo'>, key: string, make: () => T): T {
  return run.memo(key, make);
}

/** Valid placements, optionally only those in the given states (shared, never to be changed). */
export function placements(
  ctx: Pick<RuleContext, 'run'>,
  states?: readonly PlacementState[],
): readonly PlacementItem[] {
  const all = ctx.run.placements;
  if (!states) return all;
  return perRun(ctx.run, `placements:${states.join()}`, () => all.filter((i) => states.includes(i.state)));
}

export const ACTIVE = ['active'] as const;
export const ACTIVE_OR_UPCOMING = ['active', 'upcoming'] as const;

/** The latest dated entry of a list, by its `date`. */
export function latest<T extends { date: string }>(
  list: readonly T[] | null | undefined,
): { item: T; index: number } | undefined {
  let best: { item: T; index: number } | undefined;
  (list ?? []).forEach((item, index) => {
    if (!best || item.date > best.item.date) best = { item, index };
  });
  return best;
}

export const blank = (s: string | null | undefined) => s === undefined || s === null || s.trim() === '';

/**
 * A date every in-use provider must record and keep recent (a confirmation, a review): each provider
 * where it is missing, or more than `maxDays` old on the as-of date, with its age.
 */
export function* staleProviderDates(
  ctx: Pick<RuleContext, 'run'>,
  field: (provider: ProviderItem['provider']) => string | null | undefined,
  maxDays: number,
) {
  for (const item of providers(ctx, { inUseOnly: true })) {
    const date = field(item.provider);
    if (!date) {
      yield { ...item, date: undefined, days: undefined };
      continue;
    }
    const days = daysBetween(date, ctx.run.asOf);
    if (days > maxDays) yield { ...item, date, days };
  }
}
