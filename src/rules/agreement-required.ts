import { defineRule } from './types.js';
import { providers } from './utils/each.js';

export const agreementRequired = defineRule({
  id: 'agreement-required',
  defaultSeverity: 'warn',
  sources: [
    { source: 'non-school-ap-standards', part: 'admissions and support' },
    {
      source: 'arranging-ap',
      part: 'commissioning: the nature, objectives and timeline of the placement agreed and clearly defined',
    },
  ],
  thresholds: [],
  description: () => 'No signed written agreement with a provider in use, or it has expired',
  messages: {
    missing: ({ name }: { name: string }) =>
      `There is no signed written agreement with "${name}" recorded: agree the placement terms in writing and record the date under agreement.signed.`,
    expired: ({ name, expires }: { name: string; expires: string | number }) =>
      `The agreement with "${name}" expired on ${expires}: renew it and record the new dates.`,
  },
  check(ctx) {
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const ag = provider.agreement;
      if (!ag?.signed) {
        ctx.report({ file, path: ['provider', 'agreement', 'signed'], key: true }, 'missing', { name: provider.name });
      } else if (ag.expires && ag.expires < ctx.run.asOf) {
        ctx.report({ file, path: ['provider', 'agreement', 'expires'] }, 'expired', {
          name: provider.name,
          expires: ag.expires,
        });
      }
    }
  },
});
