import { defineRule } from './types.js';
import { blank, placements } from './utils/each.js';

export const destinationRequired = defineRule({
  id: 'destination-required',
  defaultSeverity: 'warn',
  sources: [
    { source: 'arranging-ap', part: 'records of placements: progress, achievements and destination' },
    {
      source: 'ofsted-operating-guide',
      part: 'alternative provision: quality assurance, safeguarding, curriculum and commissioning',
    },
  ],
  thresholds: [],
  description: () => 'An ended placement has no destination',
  messages: {
    missing: ({ pupil, endDate }: { pupil: string; endDate: string | number }) =>
      `The placement of ${pupil} ended on ${endDate} but has no destination: record what the pupil went on to.`,
  },
  check(ctx) {
    for (const item of placements(ctx, ['ended'])) {
      if (blank(item.placement.destination)) {
        ctx.report({ file: item.file, path: [...item.at, 'destination'], key: true }, 'missing', {
          pupil: ctx.run.label(item.record),
          endDate: item.placement.end_date!,
        }); // an ended placement has its end date
      }
    }
  },
});
