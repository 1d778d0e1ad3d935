import type { Rule } from './types.js';
import { withGiasRecord } from './gias-urn.js';
import { englishDate } from '../model/dates.js';

export const urnUnknown: Rule = {
  id: 'urn-unknown', defaultSeverity: 'error', sources: [{ source: 'ofsted-operating-guide', part: "the initial planning call: off-site alternative provision" }],
  description: 'With a GIAS extract: the URN is not in it, or the establishment is closed',
  check(ctx) {
    for (const { file, provider, urn, record } of withGiasRecord(ctx, { includeMissing: true })) {
      const at = ['provider', 'registration', 'urn'];
      if (!record) {
        ctx.report(file, at, `URN ${urn} of "${provider.name}" is not in the GIAS extract: check the URN on Get Information About Schools (or that the extract is recent).`);
      } else if (!record.open) {
        const when = record.closeDate ? ` on ${englishDate(record.closeDate)}` : '';
        const what = record.status === 'Proposed to open' ? 'is only proposed to open' : `closed${when}`;
        ctx.report(file, at, `URN ${urn} ("${record.name}") ${what}, according to GIAS: find the provider's current URN (an academy conversion gets a new one) and update the file.`);
      }
    }
  },
};
