import type { Rule } from './types.js';
import { providers } from './each.js';
import { fullTimePupils } from './full-time.js';
import { plural } from '../report/summary.js';

export const curriculumCore: Rule = {
  id: 'curriculum-core', defaultSeverity: 'warn', sources: [{ source: 'arranging-ap', part: "the same amount and quality of education as in school" }, { source: 'ofsted-operating-guide', part: "alternative provision: quality assurance, safeguarding, curriculum and commissioning" }],
  description: 'The curriculum lacks English or maths and some active pupil there is full-time',
  check(ctx) {
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const offer = provider.curriculum ?? [];
      const missing = (['english', 'maths'] as const).filter((s) => !offer.includes(s));
      if (!missing.length) continue;
      // Full-time for the curriculum: the hours threshold, whatever the pupil's age.
      const n = fullTimePupils(file, ctx.asOf, ctx.thresholds, { anyAge: true }).size;
      if (n > 0) {
        ctx.report(file, ['provider', 'curriculum'], `"${provider.name}" teaches ${plural(n, 'pupil')} full-time but its curriculum has no ${missing.join(' or ')}: agree how the pupil is taught ${missing.join(' and ')}, here or at school, and add it to curriculum.`, { key: true });
      }
    }
  },
};

