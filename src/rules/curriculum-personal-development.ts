import type { Rule } from './types.js';
import { providers } from './each.js';
import { daysAWeek, isActive } from './terms.js';

export const curriculumPersonalDevelopment: Rule = {
  id: 'curriculum-personal-development', defaultSeverity: 'warn', sources: ['OFS'],
  description: 'The curriculum has none of PSHE, RSE or careers, and some active placement there is on personal_development_min_days (2) or more days a week',
  check(ctx) {
    const min = ctx.thresholds.personal_development_min_days;
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const offer = provider.curriculum ?? [];
      if (offer.some((s) => s === 'pshe' || s === 'rse' || s === 'careers')) continue;
      const most = Math.max(0, ...file.placements.filter((r) => isActive(r.placement, ctx.asOf)).map((r) => daysAWeek(r.placement)));
      if (most >= min) {
        ctx.report(file, ['provider', 'curriculum'], `Pupils attend "${provider.name}" up to ${most} days a week but its curriculum has no PSHE, RSE or careers: agree how their personal development is covered and add it to curriculum.`, { key: true });
      }
    }
  },
};
