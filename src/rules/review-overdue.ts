import { defineRule } from './types.js';
import { ACTIVE, latest, placements } from './utils/each.js';
import { pupilLabel } from '../model/placement.js';

export const reviewOverdue = defineRule({
  id: 'review-overdue', defaultSeverity: 'warn', sources: [{ source: 'arranging-ap', part: "a clear timeframe for regular reviews", note: "the 42-day interval is ap-ready's default: no national frequency is set" }, { source: 'ofsted-operating-guide', part: "alternative provision: quality assurance, safeguarding, curriculum and commissioning" }],
  thresholds: ['review_interval_days'],
  description: (t) => `An active placement's latest review (or its start) is more than review_interval_days (${t.review_interval_days}) before the as-of date`,
  messages: {
    overdue: ({ pupil, what, days, termTime, max }: { pupil: string; what: string | number; days: string | number; termTime: string | number; max: string | number }) =>
      `The placement of ${pupil} ${what}, ${days} days${termTime} ago (more than ${max}): hold a review with the pupil, parent and provider and record it.`,
  },
  check(ctx) {
    const max = ctx.run.thresholds.review_interval_days;
    const termTime = ctx.run.calendar.termTime ? ' of term time' : '';
    for (const item of placements(ctx, ACTIVE)) {
      const p = item.placement;
      const held = (p.reviews ?? []).filter((r) => r.date <= ctx.run.asOf);
      const last = latest(held);
      const since = last?.item.date ?? p.start_date;
      const days = ctx.run.calendar.elapsedDays(since, ctx.run.asOf);
      if (days <= max) continue;
      const path = last ? [...item.at, 'reviews', (p.reviews ?? []).indexOf(last.item), 'date'] : [...item.at, 'reviews'];
      const what = last ? `was last reviewed on ${since}` : `has had no review since it started on ${since}`;
      ctx.report({ file: item.file, path: path, key: !last }, 'overdue', { pupil: pupilLabel(item.record), what, days, termTime, max });
    }
  },
});
