import { defineRule } from './types.js';
import { ACTIVE, placements } from './utils/each.js';
import { daysBetween } from '../model/dates.js';

// The agreed maximum period (an off-site direction, a time-limited place) has passed and the placement
// is still running.
export const placementPastMaximum = defineRule({
  id: 'placement-past-maximum',
  defaultSeverity: 'warn',
  sources: [
    {
      source: 'arranging-ap',
      part: 'a proposed maximum period for an off-site direction, and a timeline agreed at the start',
    },
    { source: 'off-site-direction-regulations', part: 'the notice of a direction states its length' },
  ],
  thresholds: [],
  description: () => 'An active placement is past its maximum_end_date',
  messages: {
    past: ({ pupil, maximum, days }: { pupil: string; maximum: string; days: number }) =>
      `The placement of ${pupil} had an agreed maximum end of ${maximum} and is still running ${days} days later: end it (record end_date and the outcome), or agree and record a new maximum with the parent or carer and the provider.`,
  },
  check(ctx) {
    for (const item of placements(ctx, ACTIVE)) {
      const max = item.placement.maximum_end_date;
      if (!max || max >= ctx.run.asOf) continue;
      ctx.report({ file: item.file, path: [...item.at, 'maximum_end_date'] }, 'past', {
        pupil: ctx.run.label(item.record),
        maximum: max,
        days: daysBetween(max, ctx.run.asOf),
      });
    }
  },
});
