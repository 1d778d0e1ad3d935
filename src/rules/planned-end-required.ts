import { defineRule } from './types.js';
import { ACTIVE_OR_UPCOMING, placements } from './utils/each.js';

export const plannedEndRequired = defineRule({
  id: 'planned-end-required',
  defaultSeverity: 'error',
  sources: [{ source: 'arranging-ap', part: 'a clear timeframe for the placement and its reviews' }],
  thresholds: [],
  description: () => 'An active or upcoming placement has no planned_end_date (the timeline must be agreed)',
  messages: {
    missing: ({ pupil }: { pupil: string }) =>
      `The placement of ${pupil} has no planned end date: agree how long it lasts and record planned_end_date.`,
  },
  check(ctx) {
    for (const item of placements(ctx, ACTIVE_OR_UPCOMING)) {
      if (!item.placement.planned_end_date) {
        ctx.report({ file: item.file, path: [...item.at, 'planned_end_date'], key: true }, 'missing', {
          pupil: ctx.run.label(item.record),
        });
      }
    }
  },
});
