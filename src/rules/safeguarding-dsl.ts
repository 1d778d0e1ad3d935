import { defineRule } from './types.js';
import { blank, providers } from './utils/each.js';

export const safeguardingDsl = defineRule({
  id: 'safeguarding-dsl',
  defaultSeverity: 'error',
  sources: [
    { source: 'non-school-ap-standards', part: 'safeguarding and welfare: a named safeguarding lead' },
    { source: 'kcsie', part: 'Part two (the management of safeguarding): the designated safeguarding lead' },
  ],
  thresholds: [],
  description: () => 'No named designated safeguarding lead at the provider, or no phone number for them',
  messages: {
    missing: ({ name }: { name: string }) =>
      `"${name}" has no named designated safeguarding lead recorded: ask the provider who it is and add safeguarding.dsl with a name and phone number.`,
    noPhone: ({ name }: { name: string }) =>
      `The designated safeguarding lead at "${name}" has no phone number recorded: ask the provider for a number your staff can call during sessions and add it as safeguarding.dsl.phone.`,
  },
  check(ctx) {
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const dsl = provider.safeguarding?.dsl;
      if (blank(dsl?.name)) {
        ctx.report({ file, path: ['provider', 'safeguarding', 'dsl', 'name'], key: true }, 'missing', {
          name: provider.name,
        });
      } else if (blank(dsl?.phone)) {
        // A lead nobody can ring is no help when a pupil fails to arrive or discloses something.
        ctx.report({ file, path: ['provider', 'safeguarding', 'dsl', 'phone'], key: true }, 'noPhone', {
          name: provider.name,
        });
      }
    }
  },
});
