import { defineRule } from './types.js';
import { providers } from './utils/each.js';
import { PLANNING_CALL_SOURCES } from '../model/sources.js';

export const urnFormat = defineRule({
  id: 'urn-format',
  defaultSeverity: 'error',
  sources: [...PLANNING_CALL_SOURCES],
  thresholds: [],
  description: () => "A registered provider's URN is not exactly 6 digits",
  messages: {
    invalid: ({ text }: { text: string | number }) =>
      `The URN "${text}" is not 6 digits: copy the URN exactly from Get Information About Schools.`,
  },
  check(ctx) {
    for (const { file, provider } of providers(ctx)) {
      const urn = provider.registration.urn;
      // An unregistered provider's number in urn is one finding, urn-unregistered's ("wrong status, or
      // wrong field?"): telling the school to copy it from GIAS as well would be wrong advice.
      if (urn === undefined || urn === null || provider.registration.status === 'unregistered') continue;
      const text = String(urn).trim();
      if (text !== '' && !/^\d{6}$/.test(text)) {
        ctx.report({ file, path: ['provider', 'registration', 'urn'] }, 'invalid', { text });
      }
    }
  },
});
