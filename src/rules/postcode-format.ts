import { defineRule } from './types.js';
import { providers } from './utils/each.js';
import { KCSIE_AP, PLANNING_CALL_SOURCES } from '../model/sources.js';

// The UK postcode format (outward code, space, inward code), including the special case GIR 0AA.
const POSTCODE =
  /^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})$/i;

export const isUkPostcode = (s: string) => POSTCODE.test(s.trim());

export const postcodeFormat = defineRule({
  id: 'postcode-format',
  defaultSeverity: 'error',
  sources: [...PLANNING_CALL_SOURCES, KCSIE_AP],
  thresholds: [],
  description: () => "The postcode of a provider's address, or of one of its other sites, is not a valid UK postcode",
  messages: {
    invalid: ({ pc }: { pc: string | number }) =>
      `The postcode "${pc}" is not a valid UK postcode: copy it from the provider's letterhead or Royal Mail's postcode finder (for example LS11 5AB).`,
  },
  check(ctx) {
    for (const { file, provider } of providers(ctx)) {
      const pc = provider.address.postcode;
      if (!isUkPostcode(pc)) {
        ctx.report({ file, path: ['provider', 'address', 'postcode'] }, 'invalid', { pc });
      }
      // Each satellite or subcontracted site's address is given to the planning call and kept for safeguarding too.
      (provider.sites ?? []).forEach((site, i) => {
        if (!isUkPostcode(site.address.postcode))
          ctx.report({ file, path: ['provider', 'sites', i, 'address', 'postcode'] }, 'invalid', {
            pc: site.address.postcode,
          });
      });
    }
  },
});
