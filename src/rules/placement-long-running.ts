import { defineRule } from './types.js';
import { ACTIVE, placements } from './utils/each.js';
import { daysBetween } from '../model/dates.js';
import { heldReviews } from '../model/progress.js';

// Off by default: AP is meant to be a time-limited intervention, and a placement running past about two
// terms should rest on a recorded decision to continue. Schools that track this turn it on.
export const placementLongRunning = defineRule({
  id: 'placement-long-running',
  defaultSeverity: 'off',
  sources: [
    {
      source: 'arranging-ap',
      part: 'a timeline agreed at the start, and reintegration planned from the start',
      note: "the 26-week period is ap-ready's default: no national limit is set",
    },
  ],
  atMostWarn: ['long'],
  thresholds: ['long_running_weeks'],
  description: (t) =>
    `An active placement has run longer than long_running_weeks (${t.long_running_weeks}) with no review recording a decision to continue (decision: continue or extend)`,
  messages: {
    long: ({ pupil, start, weeks, max }: { pupil: string; start: string; weeks: number; max: number }) =>
      `The placement of ${pupil} has run ${weeks} weeks since ${start} (more than ${max}) and no review records a decision to continue it: at the next review decide whether it continues, and record decision: continue or extend.`,
  },
  check(ctx) {
    const { asOf, thresholds } = ctx.run;
    for (const item of placements(ctx, ACTIVE)) {
      const p = item.placement;
      const weeks = Math.floor(daysBetween(p.start_date, asOf) / 7);
      if (weeks <= thresholds.long_running_weeks) continue;
      if (heldReviews(p, asOf).some((r) => r.review.decision === 'continue' || r.review.decision === 'extend'))
        continue;
      ctx.report({ file: item.file, path: [...item.at, 'start_date'] }, 'long', {
        pupil: ctx.run.label(item.record),
        start: p.start_date,
        weeks,
        max: thresholds.long_running_weeks,
      });
    }
  },
});
