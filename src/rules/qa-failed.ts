import type { Rule } from './types.js';
import { latest, providers } from './each.js';
import { VNS_AREAS } from '../model/schema.js';

const AREA_NAMES: Record<string, string> = {
  safeguarding: 'safeguarding and welfare', health_and_safety: 'health and safety',
  admissions_and_support: 'admissions and support', quality_of_education: 'quality of education',
};

export const qaFailed: Rule = {
  id: 'qa-failed', defaultSeverity: 'error', sources: [{ source: 'non-school-ap-standards', part: "the four areas: safeguarding and welfare, health and safety, admissions and support, quality of education" }],
  description: "The latest QA's outcome, or any of its four areas, is does-not-meet; or its safeguarding area is partly-meets (a warning)",
  check(ctx) {
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const last = latest(provider.quality_assurance);
      if (!last) continue;
      const at = ['provider', 'quality_assurance', last.index];
      const failedAreas = VNS_AREAS.filter((a) => last.item.areas?.[a] === 'does-not-meet');
      if (last.item.outcome === 'does-not-meet') {
        ctx.report(file, [...at, 'outcome'], `The latest QA of "${provider.name}" (${last.item.date}) found it does not meet the standards: do not place pupils there until a new QA shows the failings are put right, and record the plan for pupils already there.`);
      } else if (failedAreas.length) {
        ctx.report(file, [...at, 'areas', failedAreas[0]], `The latest QA of "${provider.name}" (${last.item.date}) found it does not meet the standard for ${failedAreas.map((a) => AREA_NAMES[a]).join(' and ')}: agree actions with the provider and re-check before relying on it.`);
      }
      // Safeguarding only partly met is not a failure, but it is the one area that cannot wait for the next visit.
      if (last.item.outcome !== 'does-not-meet' && !failedAreas.includes('safeguarding') && last.item.areas?.safeguarding === 'partly-meets') {
        ctx.report(file, [...at, 'areas', 'safeguarding'], `The latest QA of "${provider.name}" (${last.item.date}) found it only partly meets the standard for safeguarding and welfare: agree the safeguarding actions with the provider, with dates, and check they are done.`, { atMostWarn: true });
      }
    }
  },
};
