// Parts of a provider's view that need nothing but the provider block: an address, the quality-assurance
// visits (latest first) with the Voluntary National Standards areas in words.
import type { Provider } from '../../model/schema.js';
import { QA_AGAINST, QA_OUTCOMES, VNS_AREAS, label } from '../../model/labels.js';
import type { QaView } from './types.js';
import { text } from './view-helpers.js';

interface Address {
  line1: string;
  line2?: string | null;
  town: string;
  postcode: string;
}

export const addressView = (a: Address) => ({
  line1: a.line1,
  line2: text(a.line2),
  town: a.town,
  postcode: a.postcode,
});

export function qaViews(prov: Provider): QaView[] {
  return [...(prov.quality_assurance ?? [])]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((q): QaView => {
      const areas = VNS_AREAS.map(([key, l]) => {
        const outcome = q.areas?.[key] ?? null;
        return { label: l, outcome, outcomeLabel: label(QA_OUTCOMES, outcome) };
      });
      return {
        date: q.date,
        by: q.by,
        against: label(QA_AGAINST, q.against),
        vns: q.against === 'voluntary-national-standards',
        outcome: q.outcome,
        outcomeLabel: QA_OUTCOMES[q.outcome] ?? q.outcome,
        areas,
        hasAreas: areas.some((a) => a.outcome),
        notes: text(q.notes),
        // Shown beside the outcome: a safeguarding failure is never only "partly meets".
        safeguardingFails: q.areas?.safeguarding === 'does-not-meet',
      };
    });
}
