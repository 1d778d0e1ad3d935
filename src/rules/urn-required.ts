import { defineRule } from './types.js';
import { providers } from './utils/each.js';
import { PLANNING_CALL_SOURCES } from '../model/sources.js';

export const urnRequired = defineRule({
  id: 'urn-required',
  defaultSeverity: 'error',
  sources: [...PLANNING_CALL_SOURCES],
  thresholds: [],
  description: () => 'A registered provider has no URN',
  messages: {
    missing: ({ name }: { name: string }) =>
      `"${name}" is registered but has no URN: add registration.urn (6 digits, from Get Information About Schools).`,
  },
  check(ctx) {
    for (const { file, provider } of providers(ctx)) {
      const { status, urn } = provider.registration;
      if (status === 'registered' && (urn === undefined || urn === null || String(urn).trim() === '')) {
        ctx.report({ file, path: ['provider', 'registration'], key: true }, 'missing', { name: provider.name });
      }
    }
  },
});
