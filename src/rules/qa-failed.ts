import type { Rule } from './types.js';
import { latest, providers } from './each.js';
import { VNS_AREAS } from '../model/vocabulary.js';

const AREA_NAMES: Record<string, string> = {
  safeguarding: 'safeguarding and welfare', health_and_safety: 'health and safety',
  admissions_and_support: 'admissions and support', quality_of_education: 'quality of education',
};

export const qaFailed: Rule = {
  id: 'qa-failed', defaultSeverity: 'error', sources: ['VNS'],
  description: () => "The latest QA's outcome, or any of its VNS areas, is does-not-meet",
  messages: {
    failed: ({ name, date }: { name: string; date: string | number }) =>
      `The latest QA of "${name}" (${date}) found it does not meet the standards: do not place pupils there until a new QA shows the failings are put right, and record the plan for pupils already there.`,
    areas: ({ name, date, areas }: { name: string; date: string; areas: string[] }) =>
      `The latest QA of "${name}" (${date}) found it does not meet the standard for ${areas.join(' and ')}: agree actions with the provider and re-check before relying on it.`,
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
        ctx.report({ file, path: [...at, 'areas', failedAreas[0]] }, 'areas', { name: provider.name, date: last.item.date, areas: failedAreas.map((a) => AREA_NAMES[a]) });
      }
    }
  },
};
