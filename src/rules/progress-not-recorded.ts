import { defineRule } from './types.js';
import { ACTIVE, placements } from './utils/each.js';
import { heldReviews, recordsProgress } from '../model/progress.js';

// Reviews are held but none says how the pupil is doing against the objectives: the records cannot show
// progress over time, which is what a review is for.
export const progressNotRecorded = defineRule({
  id: 'progress-not-recorded',
  defaultSeverity: 'warn',
  sources: [
    { source: 'arranging-ap', part: 'reviews to monitor progress against the objectives' },
    { source: 'ofsted-operating-guide', part: "alternative provision: how leaders check pupils' progress" },
  ],
  thresholds: [],
  description: () =>
    'An active placement with objectives has two or more reviews and none records progress against any objective',
  messages: {
    missing: ({ pupil, reviews }: { pupil: string; reviews: number }) =>
      `The placement of ${pupil} has had ${reviews} reviews and none records progress against its objectives: add progress to each review (each objective by its id or position, with a status such as on-track).`,
  },
  check(ctx) {
    const { asOf } = ctx.run;
    for (const item of placements(ctx, ACTIVE)) {
      const p = item.placement;
      if (!(p.objectives ?? []).length) continue;
      const held = heldReviews(p, asOf);
      if (held.length < 2 || recordsProgress(p, asOf)) continue;
      ctx.report({ file: item.file, path: [...item.at, 'reviews'], key: true }, 'missing', {
        pupil: ctx.run.label(item.record),
        reviews: held.length,
      });
    }
  },
});
