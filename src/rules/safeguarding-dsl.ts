import type { Rule } from './types.js';
import { blank, providers } from './each.js';

export const safeguardingDsl: Rule = {
  id: 'safeguarding-dsl', defaultSeverity: 'error', sources: ['VNS', 'KCSIE'],
  description: () => 'No named designated safeguarding lead at the provider',
  messages: {
    missing: ({ name }: { name: string }) =>
      `"${name}" has no named designated safeguarding lead recorded: ask the provider who it is and add safeguarding.dsl with a name and phone number.`,
  },
  check(ctx) {
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      if (blank(provider.safeguarding?.dsl?.name)) {
        ctx.report({ file, path: ['provider', 'safeguarding', 'dsl', 'name'], key: true }, 'missing', { name: provider.name });
      }
    }
  },
};
