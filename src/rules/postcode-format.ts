import { defineRule } from './types.js';
import { providers } from './utils/each.js';

// The UK postcode format (outward code, space, inward code), including the special case GIR 0AA.
const POSTCODE = /^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})$/i;

export const isUkPostcode = (s: string) => POSTCODE.test(s.trim());

export const postcodeFormat = defineRule({
  id: 'postcode-format', defaultSeverity: 'error', sources: [{ source: 'ofsted-operating-guide', part: "the initial planning call: off-site alternative provision" }],
  thresholds: [],
  description: () => 'The postcode is not a valid UK postcode',
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
    }
  },
});
