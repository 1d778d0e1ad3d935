import { defineRule } from './types.js';
import { ACTIVE, placements } from './utils/each.js';
import { heldReviews, pupilTookPart } from '../model/progress.js';

// The pupil's own view belongs in the reviews of their placement. A placement that has run for more than
// a half-term (review_interval_days of term time) with no review recording the pupil taking part is reported.
export const pupilVoiceMissing = defineRule({
  id: 'pupil-voice-missing',
  defaultSeverity: 'warn',
  sources: [
    { source: 'arranging-ap', part: 'involving the pupil and their parents in decisions and reviews of the placement' },
    { source: 'send-code-of-practice', part: 'the views, wishes and feelings of the child (section 1.1)' },
  ],
  thresholds: ['review_interval_days'],
  description: (t) =>
    `An active placement older than a half-term (review_interval_days, ${t.review_interval_days}) has no review recording the pupil taking part (took_part: pupil)`,
  messages: {
    missing: ({ pupil, start, reviews }: { pupil: string; start: string; reviews: number }) =>
      `${reviews === 1 ? 'The one review' : `None of the ${reviews} reviews`} of ${pupil}'s placement (started ${start}) ${reviews === 1 ? 'does not record' : 'records'} the pupil taking part: hear the pupil's view at the next review and add pupil to took_part.`,
    noReviews: ({ pupil, start }: { pupil: string; start: string }) =>
      `The placement of ${pupil} started on ${start} and no review yet records the pupil's own view: hold a review that hears it and add pupil to took_part.`,
  },
  check(ctx) {
    const { asOf, calendar, thresholds } = ctx.run;
    for (const item of placements(ctx, ACTIVE)) {
      const p = item.placement;
      // A review left out because a value in it is unreadable has its own finding: not judged again here.
      if (item.record.listIndex?.reviews) continue;
      if (calendar.elapsedDays(p.start_date, asOf) <= thresholds.review_interval_days) continue;
      const held = heldReviews(p, asOf);
      if (held.some((r) => pupilTookPart(r.review))) continue;
      const pupil = ctx.run.label(item.record);
      if (held.length)
        ctx.report({ file: item.file, path: [...item.at, 'reviews', held.at(-1)!.index] }, 'missing', {
          pupil,
          start: p.start_date,
          reviews: held.length,
        });
      else
        ctx.report({ file: item.file, path: [...item.at, 'start_date'] }, 'noReviews', { pupil, start: p.start_date });
    }
  },
});
