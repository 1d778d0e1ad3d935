import { defineRule } from './types.js';
import { providers } from './utils/each.js';
import { fullTimePupils } from './utils/full-time.js';
import { plural } from '../model/wording.js';

export const curriculumCore = defineRule({
  id: 'curriculum-core',
  defaultSeverity: 'warn',
  sources: [
    { source: 'arranging-ap', part: 'the same amount and quality of education as in school' },
    {
      source: 'ofsted-operating-guide',
      part: 'alternative provision: quality assurance, safeguarding, curriculum and commissioning',
    },
  ],
  thresholds: ['full_time_hours'],
  description: () => 'The curriculum lacks English or maths and some active pupil there is full-time',
  messages: {
    missing: ({ name, pupils, subjects }: { name: string; pupils: number; subjects: string[] }) =>
      `"${name}" teaches ${plural(pupils, 'pupil')} full-time but its curriculum has no ${subjects.join(' or ')}: agree how the pupil is taught ${subjects.join(' and ')}, here or at school, and add it to curriculum.`,
  },
  check(ctx) {
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const offer = provider.curriculum ?? [];
      const missing = (['english', 'maths'] as const).filter((s) => !offer.includes(s));
      if (!missing.length) continue;
      // Full-time for the curriculum: the hours threshold, whatever the pupil's age.
      const n = fullTimePupils(file, ctx.run.asOf, ctx.run.thresholds, { anyAge: true }).size;
      if (n > 0) {
        ctx.report({ file, path: ['provider', 'curriculum'], key: true }, 'missing', {
          name: provider.name,
          pupils: n,
          subjects: missing,
        });
      }
    }
  },
});
