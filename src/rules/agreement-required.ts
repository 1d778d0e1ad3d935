import type { Rule } from './types.js';
import { providers } from './each.js';

export const agreementRequired: Rule = {
  id: 'agreement-required', defaultSeverity: 'warn', sources: [{ source: 'non-school-ap-standards', part: "admissions and support" }, { source: 'arranging-ap', part: "commissioning: the nature, objectives and timeline of the placement agreed and clearly defined" }],
  description: 'No signed written agreement with a provider in use, or it has expired',
  check(ctx) {
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const ag = provider.agreement;
      if (!ag?.signed) {
        ctx.report(file, ['provider', 'agreement', 'signed'], `There is no signed written agreement with "${provider.name}" recorded: agree the placement terms in writing and record the date under agreement.signed.`, { key: true });
      } else if (ag.expires && ag.expires < ctx.asOf) {
        ctx.report(file, ['provider', 'agreement', 'expires'], `The agreement with "${provider.name}" expired on ${ag.expires}: renew it and record the new dates.`);
      }
    }
  },
};
