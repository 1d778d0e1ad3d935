import { defineRule } from './types.js';
import { withGiasRecord } from './utils/gias-urn.js';
import { englishDate } from '../model/dates.js';
import { PLANNING_CALL_SOURCES } from '../model/sources.js';

export const urnUnknown = defineRule({
  id: 'urn-unknown',
  defaultSeverity: 'error',
  sources: [...PLANNING_CALL_SOURCES],
  thresholds: [],
  description: () => 'With a GIAS extract: the URN is not in it, or the establishment is closed',
  messages: {
    unknown: ({ urn, name }: { urn: string | number; name: string }) =>
      `URN ${urn} of "${name}" is not in the GIAS extract: check the URN on Get Information About Schools (or that the extract is recent).`,
    closed: ({ urn, name, what }: { urn: string | number; name: string; what: string | number }) =>
      `URN ${urn} ("${name}") ${what}, according to GIAS: find the provider's current URN (an academy conversion gets a new one) and update the file.`,
  },
  check(ctx) {
    for (const { file, provider, urn, record } of withGiasRecord(ctx, { includeMissing: true })) {
      const at = ['provider', 'registration', 'urn'];
      if (!record) {
        ctx.report({ file, path: at }, 'unknown', { urn, name: provider.name });
      } else if (!record.open) {
        const when = record.closeDate ? ` on ${englishDate(record.closeDate)}` : '';
        const what = record.status === 'Proposed to open' ? 'is only proposed to open' : `closed${when}`;
        ctx.report({ file, path: at }, 'closed', { urn, name: record.name, what });
      }
    }
  },
});
