import { fileIndex } from '../model/placement.js';
import { defineRule } from './types.js';
import { ACTIVE, placements } from './utils/each.js';
import { halfTermlyDue, lastHeldReview } from '../model/progress.js';
import { daysBetween } from '../model/dates.js';
import { reviewOverdueDays } from './review-overdue.js';

// Statutory guidance asks for reviews "at least half-termly". With term dates, a placement is late when a
// whole half-term after its last review (or its start) ended with no review; without them, when more than
// review_interval_days have passed. review-overdue (the school's own interval) reports the same placement
// when it is on and its interval has passed too: then this rule stays quiet, so one late review is one finding.
export const reviewFrequency = defineRule({
  id: 'review-frequency',
  defaultSeverity: 'warn',
  sources: [
    { source: 'arranging-ap', part: 'review dates, at least half-termly, to monitor progress against the objectives' },
  ],
  thresholds: ['review_interval_days'],
  description: (t) =>
    `An active placement had no review in a whole half-term (from the config's term dates; without them, more than review_interval_days (${t.review_interval_days}) days)`,
  messages: {
    halfTerm: ({
      pupil,
      since,
      from,
      to,
      days,
    }: {
      pupil: string;
      since: string;
      from: string;
      to: string;
      days: number;
    }) =>
      `The placement of ${pupil} ${since}, and had no review in the half-term ${from} to ${to} (it ended ${days} days ago): reviews are due at least half-termly; hold one with the pupil, parent or carer and provider and record it.`,
    interval: ({ pupil, since, days, max }: { pupil: string; since: string; days: number; max: number }) =>
      `The placement of ${pupil} ${since}, ${days} days ago (more than ${max}): reviews are due at least half-termly; hold one and record it, or add term_dates to the config so half-terms are counted.`,
  },
  check(ctx) {
    const { asOf, calendar, thresholds } = ctx.run;
    const deferToOverdue = ctx.run.severity('review-overdue') !== 'off';
    for (const item of placements(ctx, ACTIVE)) {
      const p = item.placement;
      const last = lastHeldReview(p, asOf);
      const sinceDate = last?.review.date ?? p.start_date;
      const { due, halfTerm } = halfTermlyDue(calendar, sinceDate, thresholds.review_interval_days);
      if (due >= asOf) continue;
      if (deferToOverdue && reviewOverdueDays(ctx.run, item) !== undefined) continue;
      const since = last ? `was last reviewed on ${sinceDate}` : `has had no review since it started on ${sinceDate}`;
      const at = last
        ? { file: item.file, path: [...item.at, 'reviews', fileIndex(item.record, 'reviews', last.index), 'date'] }
        : { file: item.file, path: [...item.at, 'reviews'], key: true };
      const pupil = ctx.run.label(item.record);
      if (halfTerm)
        ctx.report(at, 'halfTerm', {
          pupil,
          since,
          from: halfTerm.start,
          to: halfTerm.end,
          days: daysBetween(due, asOf),
        });
      else
        ctx.report(at, 'interval', {
          pupil,
          since,
          days: daysBetween(sinceDate, asOf),
          max: thresholds.review_interval_days,
        });
    }
  },
});
