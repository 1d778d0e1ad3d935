import type { Rule } from './types.js';
import { providers } from './each.js';
import { fullTimePupils } from './full-time.js';
import { plural } from '../model/wording.js';

export const curriculumCore: Rule = {
  id: 'curriculum-core', defaultSeverity: 'warn', sources: ['APG', 'OFS'],
  description: () => 'The curriculum lacks English or maths and some active pupil there is full-time',
  messages: {
    missing: ({ name, n, value, value2 }: { name: string; n: string | number; value: string | number; value2: string | number }) =>
      `"${name}" teaches ${n} full-time but its curriculum has no ${value}: agree how the pupil is taught ${value2}, here or at school, and add it to curriculum.`,
  },
  check(ctx) {
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const offer = provider.curriculum ?? [];
      const missing = (['english', 'maths'] as const).filter((s) => !offer.includes(s));
      if (!missing.length) continue;
      // Full-time for the curriculum: the hours threshold, whatever the pupil's age.
      const n = fullTimePupils(file, ctx.run.asOf, ctx.run.thresholds, { anyAge: true }).size;
      if (n > 0) {
        ctx.report({ file, path: ['provider', 'curriculum'], key: true }, 'missing', { name: provider.name, n: plural(n, 'pupil'), value: missing.join(' or '), value2: missing.join(' and ') });
      }
    }
  },
};

