import type { Rule } from './types.js';
import { withGiasRecord } from './gias-urn.js';
import { namesMatch, postcodesMatch } from '../gias/match.js';

export const urnNameMismatch: Rule = {
  id: 'urn-name-mismatch', defaultSeverity: 'warn', sources: [{ source: 'ofsted-operating-guide', part: "the initial planning call: off-site alternative provision" }],
  description: 'With a GIAS extract: the name or postcode differs (ignoring case, punctuation and "The")',
  check(ctx) {
    for (const { file, provider, urn, record } of withGiasRecord(ctx)) {
      if (!record) continue;
      if (!namesMatch(provider.name, record.name)) {
        ctx.report(file, ['provider', 'name'], `GIAS names URN ${urn} "${record.name}", not "${provider.name}": check the URN is the right one, then use the registered name.`);
      }
      if (!postcodesMatch(provider.address.postcode, record.postcode)) {
        ctx.report(file, ['provider', 'address', 'postcode'], `GIAS gives URN ${urn} the postcode ${record.postcode}, not ${provider.address.postcode}: check the address (a provider may teach on another site, but the planning call needs where pupils actually are).`);
      }
    }
  },
};
