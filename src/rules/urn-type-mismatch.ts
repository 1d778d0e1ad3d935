import { defineRule } from './types.js';
import { withGiasRecord } from './utils/gias-urn.js';
import { registrationTypesFor, typeFits } from '../gias/match.js';
import { PLANNING_CALL_SOURCES } from '../model/sources.js';

export const urnTypeMismatch = defineRule({
  id: 'urn-type-mismatch',
  defaultSeverity: 'warn',
  sources: [...PLANNING_CALL_SOURCES],
  thresholds: [],
  description: () => 'With a GIAS extract: the GIAS establishment type does not fit registration.type',
  messages: {
    type: ({
      urn,
      type,
      type2,
      hint,
    }: {
      urn: string | number;
      type: string | number;
      type2: string | number;
      hint: string | number;
    }) => `GIAS lists URN ${urn} as "${type}", which does not fit registration.type ${type2}: ${hint}.`,
  },
  check(ctx) {
    for (const { file, provider, urn, record } of withGiasRecord(ctx)) {
      const type = provider.registration.type;
      if (!record || !type || typeFits(type, record.type)) continue;
      const fits = registrationTypesFor(record.type);
      const hint = fits.length
        ? `set registration.type to ${fits.join(' or ')}`
        : 'use registration.type other, or check the URN';
      ctx.report({ file, path: ['provider', 'registration', 'type'] }, 'type', {
        urn,
        type: record.type,
        type2: type,
        hint,
      });
    }
  },
});
