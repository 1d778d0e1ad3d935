import { defineRule } from './types.js';
import { withGiasRecord } from './utils/gias-urn.js';
import { namesMatch, postcodesMatch } from '../gias/match.js';
import { PLANNING_CALL_SOURCES } from '../model/sources.js';

export const urnNameMismatch = defineRule({
  id: 'urn-name-mismatch',
  defaultSeverity: 'warn',
  sources: [...PLANNING_CALL_SOURCES],
  thresholds: [],
  description: () => 'With a GIAS extract: the name or postcode differs (ignoring case, punctuation and "The")',
  messages: {
    name: ({ urn, name, name2 }: { urn: string | number; name: string; name2: string }) =>
      `GIAS names URN ${urn} "${name}", not "${name2}": check the URN is the right one, then use the registered name.`,
    postcode: ({
      urn,
      postcode,
      postcode2,
    }: {
      urn: string | number;
      postcode: string | number;
      postcode2: string | number;
    }) =>
      `GIAS gives URN ${urn} the postcode ${postcode}, not ${postcode2}: check the address (a provider may teach on another site, but the planning call needs where pupils actually are).`,
  },
  check(ctx) {
    for (const { file, provider, urn, record } of withGiasRecord(ctx)) {
      if (!record) continue;
      if (!namesMatch(provider.name, record.name)) {
        ctx.report({ file, path: ['provider', 'name'] }, 'name', { urn, name: record.name, name2: provider.name });
      }
      if (!postcodesMatch(provider.address.postcode, record.postcode)) {
        ctx.report({ file, path: ['provider', 'address', 'postcode'] }, 'postcode', {
          urn,
          postcode: record.postcode,
          postcode2: provider.address.postcode,
        });
      }
    }
  },
});
