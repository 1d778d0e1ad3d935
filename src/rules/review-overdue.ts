import { defineRule } from './types.js';
import { ACTIVE, latest, placements, type PlacementItem } from './utils/each.js';
import { fileIndex } from '../model/placement.js';
import type { Run } from '../run.js';

export const reviewOverdue = defineRule({
  id: 'review-overdue',
  defaultSeverity: 'warn',
  sources: [
    {
      source: 'arranging-ap',
      part: 'a clear timeframe for regular reviews',
      note: "the 42-day interval is ap-ready's default: no national frequency is set",
    },
    {
      source: 'ofsted-operating-guide',
      part: 'alternative provision: quality assurance, safeguarding, curriculum and commissioning',
    },
  ],
  thresholds: ['review_interval_days'],
  description: (t) =>
    `An active placement's latest review (or its start) is more than review_interval_days (${t.review_interval_days}) before the as-of date`,
  messages: {
    overdue: ({
      pupil,
      what,
      days,
      termTime,
      max,
    }: {
      pupil: string;
      what: string | number;
      days: string | number;
      termTime: string | number;
      max: string | number;
    }) =>
      `The placement of ${pupil} ${what}, ${days} days${termTime} ago (more than ${max}): hold a review with the pupil, parent and provider and record it.`,
  },
  check(ctx) {
    const max = ctx.run.thresholds.review_interval_days;
    const termTime = ctx.run.calendar.termTime ? ' of term time' : '';
    for (const item of placements(ctx, ACTIVE)) {
      // A review left out because its date is unreadable has its own date-format finding: not judged again here.
      if (item.record.listIndex?.reviews) continue;
      const gap = reviewOverdueDays(ctx.run, item);
      if (gap === undefined) continue;
      const { last, since, days } = gap;
      const path = last
        ? [...item.at, 'reviews', fileIndex(item.record, 'reviews', last.index), 'date']
        : [...item.at, 'reviews'];
      const what = last ? `was last reviewed on ${since}` : `has had no review since it started on ${since}`;
      ctx.report({ file: item.file, path: path, key: !last }, 'overdue', {
        pupil: ctx.run.label(item.record),
        what,
        days,
        termTime,
        max,
      });
    }
  },
});

/** The days since an active placement's last review (or start) when more than review_interval_days, else undefined. */
export function reviewOverdueDays(run: Run, item: PlacementItem) {
  const p = item.placement;
  const last = latest((p.reviews ?? []).filter((r) => r.date <= run.asOf));
  const since = last?.item.date ?? p.start_date;
  const days = run.calendar.elapsedDays(since, run.asOf);
  if (days <= run.thresholds.review_interval_days) return undefined;
  return { last: last && { index: (p.reviews ?? []).indexOf(last.item) }, since, days };
}
