import { defineRule } from './types.js';
import { ACTIVE, placements } from './utils/each.js';

export const placementPastPlannedEnd = defineRule({
  id: 'placement-past-planned-end',
  defaultSeverity: 'warn',
  sources: [{ source: 'arranging-ap', part: 'a clear timeframe for the placement and its reviews' }],
  thresholds: [],
  description: () => 'An active placement is past its planned_end_date',
  messages: {
    pastEnd: ({ pupil, planned }: { pupil: string; planned: string | number }) =>
      `The placement of ${pupil} was planned to end on ${planned} and is still going: record end_date if it has ended, or review it and agree a new planned end date.`,
  },
  check(ctx) {
    for (const item of placements(ctx, ACTIVE)) {
      const planned = item.placement.planned_end_date;
      if (planned && planned < ctx.run.asOf) {
        ctx.report({ file: item.file, path: [...item.at, 'planned_end_date'] }, 'pastEnd', {
          pupil: ctx.run.label(item.record),
          planned,
        });
      }
    }
  },
});
