import type { Rule } from './types.js';
import { ACTIVE, latest, placements } from './each.js';
import { elapsedDays, pupilLabel } from './terms.js';

export const reviewOverdue: Rule = {
  id: 'review-overdue', defaultSeverity: 'warn', sources: [{ source: 'arranging-ap', part: "a clear timeframe for regular reviews", note: "the 42-day interval is ap-ready's default: no national frequency is set" }, { source: 'ofsted-operating-guide', part: "alternative provision: quality assurance, safeguarding, curriculum and commissioning" }],
  description: "An active placement's latest review (or its start) is more than review_interval_days (42) before the as-of date",
  check(ctx) {
    const max = ctx.thresholds.review_interval_days;
    const termTime = ctx.config.term_dates?.length ? ' of term time' : '';
    for (const item of placements(ctx, ACTIVE)) {
      const p = item.placement;
      const held = (p.reviews ?? []).filter((r) => r.date <= ctx.asOf);
      const last = latest(held);
      const since = last?.item.date ?? p.start_date;
      const days = elapsedDays(since, ctx.asOf, ctx.config);
      if (days <= max) continue;
      const path = last ? [...item.at, 'reviews', (p.reviews ?? []).indexOf(last.item), 'date'] : [...item.at, 'reviews'];
      const what = last ? `was last reviewed on ${since}` : `has had no review since it started on ${since}`;
      ctx.report(item.file, path, `The placement of ${pupilLabel(item.record)} ${what}, ${days} days${termTime} ago (more than ${max}): hold a review with the pupil, parent and provider and record it.`, { key: !last });
    }
  },
};
