import type { Rule } from './types.js';
import { ACTIVE_OR_UPCOMING, placements } from './each.js';
import { pupilLabel } from './terms.js';

export const plannedEndRequired: Rule = {
  id: 'planned-end-required', defaultSeverity: 'error', sources: [{ source: 'arranging-ap', part: "a clear timeframe for the placement and its reviews" }],
  description: 'An active or upcoming placement has no planned_end_date (the timeline must be agreed)',
  check(ctx) {
    for (const item of placements(ctx, ACTIVE_OR_UPCOMING)) {
      if (!item.placement.planned_end_date) {
        ctx.report(item.file, [...item.at, 'planned_end_date'], `The placement of ${pupilLabel(item.record)} has no planned end date: agree how long it lasts and record planned_end_date.`, { key: true });
      }
    }
  },
};
