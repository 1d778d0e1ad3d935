import type { Rule } from './types.js';
import { providers } from './each.js';
import { daysAWeek, placementState } from '../model/placement.js';

export const curriculumPersonalDevelopment: Rule = {
  id: 'curriculum-personal-development', defaultSeverity: 'warn', sources: ['OFS'],
  description: (t) => `The curriculum has none of PSHE, RSE or careers, and some active placement there is on personal_development_min_days (${t.personal_development_min_days}) or more days a week`,
  messages: {
    missing: ({ name, most }: { name: string; most: string | number }) =>
      `Pupils attend "${name}" up to ${most} days a week but its curriculum has no PSHE, RSE or careers: agree how their personal development is covered and add it to curriculum.`,
  },
  check(ctx) {
    const min = ctx.run.thresholds.personal_development_min_days;
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const offer = provider.curriculum ?? [];
      if (offer.some((s) => s === 'pshe' || s === 'rse' || s === 'careers')) continue;
      const most = Math.max(0, ...file.placements.filter((r) => placementState(r.placement, ctx.run.asOf) === 'active').map((r) => daysAWeek(r.placement)));
      if (most >= min) {
        ctx.report({ file, path: ['provider', 'curriculum'], key: true }, 'missing', { name: provider.name, most });
      }
    }
  },
};
