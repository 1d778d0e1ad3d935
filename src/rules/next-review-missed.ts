import { fileIndex } from '../model/placement.js';
import { defineRule } from './types.js';
import { ACTIVE, placements } from './utils/each.js';
import { lastHeldReview } from '../model/progress.js';
import { daysBetween } from '../model/dates.js';

// A review agreed the date of the next one; that date has passed and no later review is recorded.
export const nextReviewMissed = defineRule({
  id: 'next-review-missed',
  defaultSeverity: 'warn',
  sources: [
    { source: 'arranging-ap', part: 'review dates agreed at the start, to monitor progress against the objectives' },
  ],
  thresholds: [],
  description: () =>
    "An active placement's latest review agreed a next_review date that has passed with no later review",
  messages: {
    missed: ({ pupil, held, next, days }: { pupil: string; held: string; next: string; days: number }) =>
      `The review of ${pupil} on ${held} agreed the next review for ${next}, ${days} days ago, and no later review is recorded: hold it, or record it if it took place.`,
  },
  check(ctx) {
    const { asOf } = ctx.run;
    for (const item of placements(ctx, ACTIVE)) {
      const last = lastHeldReview(item.placement, asOf);
      const next = last?.review.next_review;
      if (!last || !next || next >= asOf) continue;
      ctx.report(
        {
          file: item.file,
          path: [...item.at, 'reviews', fileIndex(item.record, 'reviews', last.index), 'next_review'],
        },
        'missed',
        {
          pupil: ctx.run.label(item.record),
          held: last.review.date,
          next,
          days: daysBetween(next, asOf),
        },
      );
    }
  },
});
