import type { Rule } from './types.js';
import { blank, placements } from './each.js';
import { pupilLabel } from './terms.js';

export const destinationRequired: Rule = {
  id: 'destination-required', defaultSeverity: 'warn', sources: ['OFS'],
  description: 'An ended placement has no destination',
  check(ctx) {
    for (const item of placements(ctx, ['ended'])) {
      if (blank(item.placement.destination)) {
        ctx.report(item.file, [...item.at, 'destination'], `The placement of ${pupilLabel(item.record)} ended on ${item.placement.end_date} but has no destination: record what the pupil went on to.`, { key: true });
      }
    }
  },
};
