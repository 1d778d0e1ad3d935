import { defineRule } from './types.js';
import { providers } from './utils/each.js';
import { PLANNING_CALL_SOURCES } from '../model/sources.js';

export const urnUnregistered = defineRule({
  id: 'urn-unregistered',
  defaultSeverity: 'warn',
  sources: [...PLANNING_CALL_SOURCES],
  thresholds: [],
  description: () => 'An unregistered provider has a URN (wrong status, or wrong field?)',
  messages: {
    hasUrn: ({ name, urn }: { name: string; urn: string | number }) =>
      `"${name}" is recorded as unregistered but has URN ${urn}: if it is a registered school or college set status: registered; otherwise remove the URN (a company or charity number does not go here).`,
  },
  check(ctx) {
    for (const { file, provider } of providers(ctx)) {
      const { status, urn } = provider.registration;
      if (status === 'unregistered' && urn !== undefined && urn !== null && String(urn).trim() !== '') {
        ctx.report({ file, path: ['provider', 'registration', 'urn'] }, 'hasUrn', {
          name: provider.name,
          urn: String(urn).trim(),
        });
      }
    }
  },
});
