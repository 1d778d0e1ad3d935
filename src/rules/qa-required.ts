import { defineRule } from './types.js';
import { providers } from './utils/each.js';

export const qaRequired = defineRule({
  id: 'qa-required',
  defaultSeverity: 'error',
  sources: [
    { source: 'non-school-ap-standards', part: 'the role of commissioners: quality assurance against the standards' },
    {
      source: 'ofsted-operating-guide',
      part: 'alternative provision: quality assurance, safeguarding, curriculum and commissioning',
    },
  ],
  thresholds: [],
  description: () => 'A provider in use has no quality-assurance record',
  messages: {
    missing: ({ name }: { name: string }) =>
      `"${name}" is in use but has no quality-assurance record: visit or review it against the voluntary national standards and add the result under quality_assurance.`,
  },
  check(ctx) {
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      if (!provider.quality_assurance?.length) {
        ctx.report({ file, path: ['provider', 'quality_assurance'], key: true }, 'missing', { name: provider.name });
      }
    }
  },
});
