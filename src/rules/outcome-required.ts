import { defineRule } from './types.js';
import { placements } from './utils/each.js';

// How a placement ended (reintegrated, another school, post-16…) is how outcomes are measured over time;
// destination-required asks where the pupil went, this asks for the result.
export const outcomeRequired = defineRule({
  id: 'outcome-required',
  defaultSeverity: 'warn',
  sources: [
    { source: 'arranging-ap', part: 'records of placements: progress, achievements and destination' },
    { source: 'ofsted-operating-guide', part: "alternative provision: pupils' outcomes and destinations" },
  ],
  thresholds: [],
  description: () => 'An ended placement has no outcome.result',
  messages: {
    missing: ({ pupil, endDate }: { pupil: string; endDate: string }) =>
      `The placement of ${pupil} ended on ${endDate} with no outcome: record outcome.result (such as reintegrated or another-ap), the objectives met and any qualifications achieved.`,
  },
  check(ctx) {
    for (const item of placements(ctx, ['ended'])) {
      if (item.placement.outcome?.result) continue;
      ctx.report({ file: item.file, path: [...item.at, 'end_date'] }, 'missing', {
        pupil: ctx.run.label(item.record),
        endDate: item.placement.end_date ?? '',
      });
    }
  },
});
