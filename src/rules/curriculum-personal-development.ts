import { defineRule } from './types.js';
import { providers } from './utils/each.js';
import { placementState, pupilKey, weeklyHours } from '../model/placement.js';
import { fmtHours } from '../model/wording.js';

/** Hours in a typical school day (25 hours over 5 days): how time away from school is counted in school days. */
export const HOURS_PER_SCHOOL_DAY = 5;

/**
 * The most time any pupil spends at this provider each week (their active placements there summed), in hours
 * and in school days of HOURS_PER_SCHOOL_DAY. Time away from school is what matters, not days touched: a pupil
 * in a 2-hour tuition slot on two days, in school the rest of the week, has their personal development at school.
 */
export function mostTimeAway(placements: readonly { pupil: string; hours: number | undefined }[]): {
  hours: number;
  days: number;
} {
  const byPupil = new Map<string, number>();
  for (const p of placements) byPupil.set(pupilKey(p.pupil), (byPupil.get(pupilKey(p.pupil)) ?? 0) + (p.hours ?? 0));
  const hours = Math.max(0, ...byPupil.values());
  return { hours, days: hours / HOURS_PER_SCHOOL_DAY };
}

export const curriculumPersonalDevelopment = defineRule({
  id: 'curriculum-personal-development',
  defaultSeverity: 'warn',
  sources: [
    { source: 'ofsted-operating-guide', part: 'personal development and well-being' },
    {
      source: 'next-steps-ap-blog',
      part: '"Alternative provisions should also provide equity to students around PSHE, RSE and Careers support"',
    },
  ],
  thresholds: ['personal_development_min_days'],
  description: (t) =>
    `The curriculum has none of PSHE, RSE or careers, and some pupil spends personal_development_min_days (${t.personal_development_min_days}) or more school days' worth of time there a week (school days of ${HOURS_PER_SCHOOL_DAY} hours)`,
  messages: {
    missing: ({ name, hours, days }: { name: string; hours: number; days: string }) =>
      `Pupils spend up to ${fmtHours(hours)} hours a week at "${name}" (about ${days} school days away from school) but its curriculum has no PSHE, RSE or careers: agree how their personal development is covered and add it to curriculum.`,
  },
  check(ctx) {
    const min = ctx.run.thresholds.personal_development_min_days;
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const offer = provider.curriculum ?? [];
      if (offer.some((s) => s === 'pshe' || s === 'rse' || s === 'careers')) continue;
      const active = file.placements.filter((r) => placementState(r.placement, ctx.run.asOf) === 'active');
      const most = mostTimeAway(active.map((r) => ({ pupil: r.placement.pupil, hours: weeklyHours(r.placement) })));
      if (most.days + 1e-9 >= min) {
        ctx.report({ file, path: ['provider', 'curriculum'], key: true }, 'missing', {
          name: provider.name,
          hours: most.hours,
          days: fmtHours(Math.round(most.days * 10) / 10),
        });
      }
    }
  },
});
