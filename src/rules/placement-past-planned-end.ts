import type { Rule } from './types.js';
import { ACTIVE, placements } from './each.js';
import { pupilLabel } from './terms.js';

export const placementPastPlannedEnd: Rule = {
  id: 'placement-past-planned-end', defaultSeverity: 'warn', sources: [{ source: 'arranging-ap', part: "a clear timeframe for the placement and its reviews" }],
  description: 'An active placement is past its planned_end_date',
  check(ctx) {
    for (const item of placements(ctx, ACTIVE)) {
      const planned = item.placement.planned_end_date;
      if (planned && planned < ctx.asOf) {
        ctx.report(item.file, [...item.at, 'planned_end_date'], `The placement of ${pupilLabel(item.record)} was planned to end on ${planned} and is still going: record end_date if it has ended, or review it and agree a new planned end date.`);
      }
    }
  },
};
