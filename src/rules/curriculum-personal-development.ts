import { defineRule } from './types.js';
import { providers } from './utils/each.js';
import { daysAWeek, placementState } from '../model/placement.js';
import type { Placement } from '../model/schema.js';
import { fmtHours } from '../model/wording.js';

/** Hours in a typical school day (25 hours over 5 days): how a placement given only as hours is counted in days. */
export const HOURS_PER_SCHOOL_DAY = 5;

/** Days a week at the provider: from the sessions, or, when only hours_per_week is given, those hours in school days rounded up. */
export function daysAtProvider(p: Placement): { days: number; hoursOnly?: number } {
  const days = daysAWeek(p);
  if (days > 0 || p.hours_per_week === undefined || p.hours_per_week === null) return { days };
  return { days: Math.ceil(p.hours_per_week / HOURS_PER_SCHOOL_DAY - 1e-9), hoursOnly: p.hours_per_week };
}

export const curriculumPersonalDevelopment = defineRule({
  id: 'curriculum-personal-development', defaultSeverity: 'warn', sources: [{ source: 'ofsted-operating-guide', part: "personal development and well-being: alternative provision" }],
  thresholds: ['personal_development_min_days'],
  description: (t) => `The curriculum has none of PSHE, RSE or careers, and some active placement there is on personal_development_min_days (${t.personal_development_min_days}) or more days a week (hours_per_week alone counts as hours ÷ ${HOURS_PER_SCHOOL_DAY}, rounded up)`,
  messages: {
    // `hours` is set when the most days come only from hours_per_week (no sessions to count).
    missing: ({ name, most, hours }: { name: string; most: number; hours?: number }) =>
      `Pupils attend "${name}" ${hours === undefined ? `up to ${most} days a week` : `up to ${fmtHours(hours)} hours a week (about ${most} school days)`} but its curriculum has no PSHE, RSE or careers: agree how their personal development is covered and add it to curriculum.`,
  },
  check(ctx) {
    const min = ctx.run.thresholds.personal_development_min_days;
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const offer = provider.curriculum ?? [];
      if (offer.some((s) => s === 'pshe' || s === 'rse' || s === 'careers')) continue;
      const counted = file.placements.filter((r) => placementState(r.placement, ctx.run.asOf) === 'active').map((r) => daysAtProvider(r.placement));
      const most = Math.max(0, ...counted.map((c) => c.days));
      if (most >= min) {
        const byDays = counted.some((c) => c.days === most && c.hoursOnly === undefined);
        const hours = Math.max(...counted.filter((c) => c.days === most).map((c) => c.hoursOnly ?? 0));
        ctx.report({ file, path: ['provider', 'curriculum'], key: true }, 'missing', { name: provider.name, most, ...(byDays ? {} : { hours }) });
      }
    }
  },
});
