import { defineRule } from './types.js';
import { providers } from './utils/each.js';

export const urnFormat = defineRule({
  id: 'urn-format', defaultSeverity: 'error', sources: [{ source: 'ofsted-operating-guide', part: "the initial planning call: off-site alternative provision" }],
  thresholds: [],
  description: () => 'The URN is not exactly 6 digits',
  messages: {
    invalid: ({ text }: { text: string | number }) =>
      `The URN "${text}" is not 6 digits: copy the URN exactly from Get Information About Schools.`,
  },
  check(ctx) {
    for (const { file, provider } of providers(ctx)) {
      const urn = provider.registration.urn;
      if (urn === undefined || urn === null) continue;
      const text = String(urn).trim();
      if (text !== '' && !/^\d{6}$/.test(text)) {
        ctx.report({ file, path: ['provider', 'registration', 'urn'] }, 'invalid', { text });
      }
    }
  },
});
