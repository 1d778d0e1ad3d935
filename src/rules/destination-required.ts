import type { Rule } from './types.js';
import { blank, placements } from './each.js';
import { pupilLabel } from './terms.js';

export const destinationRequired: Rule = {
  id: 'destination-required', defaultSeverity: 'warn', sources: [{ source: 'arranging-ap', part: "records of placements: progress, achievements and destination" }, { source: 'ofsted-operating-guide', part: "alternative provision: quality assurance, safeguarding, curriculum and commissioning" }],
  description: 'An ended placement has no destination',
  check(ctx) {
    for (const item of placements(ctx, ['ended'])) {
      if (blank(item.placement.destination)) {
        ctx.report(item.file, [...item.at, 'destination'], `The placement of ${pupilLabel(item.record)} ended on ${item.placement.end_date} but has no destination: record what the pupil went on to.`, { key: true });
      }
    }
  },
};
