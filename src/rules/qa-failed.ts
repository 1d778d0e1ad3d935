import { defineRule } from './types.js';
import { latest, providers } from './utils/each.js';
import { VNS_AREAS } from '../model/vocabulary.js';

const AREA_NAMES: Record<string, string> = {
  safeguarding: 'safeguarding and welfare',
  health_and_safety: 'health and safety',
  admissions_and_support: 'admissions and support',
  quality_of_education: 'quality of education',
};

export const qaFailed = defineRule({
  id: 'qa-failed',
  defaultSeverity: 'error',
  sources: [
    {
      source: 'non-school-ap-standards',
      part: 'the four areas: safeguarding and welfare, health and safety, admissions and support, quality of education',
    },
  ],
  thresholds: [],
  description: () =>
    "The latest QA's outcome, or any of its four areas, is does-not-meet; or its safeguarding area is partly-meets (a warning)",
  // Safeguarding only partly met is not a failure of the standards: it is reported, at most as a warning.
  atMostWarn: ['safeguardingPartly'],
  messages: {
    failed: ({ name, date }: { name: string; date: string | number }) =>
      `The latest QA of "${name}" (${date}) found it does not meet the standards: do not place pupils there until a new QA shows the failings are put right, and record the plan for pupils already there.`,
    areas: ({ name, date, areas }: { name: string; date: string; areas: string[] }) =>
      `The latest QA of "${name}" (${date}) found it does not meet the standard for ${areas.join(' and ')}: agree actions with the provider and re-check before relying on it.`,
    safeguardingPartly: ({ name, date }: { name: string; date: string }) =>
      `The latest QA of "${name}" (${date}) found it only partly meets the standard for safeguarding and welfare: agree the safeguarding actions with the provider, with dates, and check they are done.`,
  },
  check(ctx) {
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const last = latest(provider.quality_assurance);
      if (!last) continue;
      const at = ['provider', 'quality_assurance', last.index];
      const failedAreas = VNS_AREAS.filter((a) => last.item.areas?.[a] === 'does-not-meet');
      if (last.item.outcome === 'does-not-meet') {
        ctx.report({ file, path: [...at, 'outcome'] }, 'failed', { name: provider.name, date: last.item.date });
      } else if (failedAreas.length) {
        ctx.report({ file, path: [...at, 'areas', failedAreas[0]] }, 'areas', {
          name: provider.name,
          date: last.item.date,
          areas: failedAreas.map((a) => AREA_NAMES[a]),
        });
      }
      // Safeguarding only partly met is not a failure, but it is the one area that cannot wait for the next visit.
      if (last.item.outcome !== 'does-not-meet' && last.item.areas?.safeguarding === 'partly-meets') {
        ctx.report({ file, path: [...at, 'areas', 'safeguarding'] }, 'safeguardingPartly', {
          name: provider.name,
          date: last.item.date,
        });
      }
    }
  },
});
