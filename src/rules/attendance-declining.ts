import { fileIndex } from '../model/placement.js';
import { defineRule } from './types.js';
import { ACTIVE, placements } from './utils/each.js';
import { heldReviews } from '../model/progress.js';
import { reviewDecline, weeklyDecline } from '../model/decline.js';

// A fall caught early is a fall that can be turned round: attendance at the placement fell across the last
// three reviews, or the last three school weeks of the provider's marks are well below the three before.
export const attendanceDeclining = defineRule({
  id: 'attendance-declining',
  defaultSeverity: 'warn',
  sources: [
    { source: 'attendance-guidance', part: 'using attendance data to spot patterns and intervene early' },
    {
      source: 'arranging-ap',
      part: 'reviews to monitor progress against the objectives',
      note: "the 10-point fall is ap-ready's default: no national figure is set",
    },
  ],
  atMostWarn: ['reviews', 'weeks'],
  thresholds: ['attendance_decline_points'],
  description: (t) =>
    `Attendance at an active placement fell by more than attendance_decline_points (${t.attendance_decline_points}) across the last three reviews, or over the last six school weeks of marks`,
  messages: {
    reviews: ({
      pupil,
      figures,
      dates,
      fall,
      max,
    }: {
      pupil: string;
      figures: string;
      dates: string;
      fall: number;
      max: number;
    }) =>
      `Attendance of ${pupil} fell across the last three reviews, ${figures}% (${dates}), down ${fall} points (more than ${max}): agree with the provider and family what will turn it round, and review sooner.`,
    weeks: ({
      pupil,
      before,
      after,
      fall,
      max,
      asOf,
    }: {
      pupil: string;
      before: number;
      after: number;
      fall: number;
      max: number;
      asOf: string;
    }) =>
      `Attendance of ${pupil} at the provider was ${after}% over the last three school weeks of marks before ${asOf}, against ${before}% the three weeks before, down ${fall} points (more than ${max}): find out why with the provider and family now.`,
  },
  check(ctx) {
    const { asOf, thresholds, attendance } = ctx.run;
    const max = thresholds.attendance_decline_points;
    const byRecord = new Map(attendance?.placements.map((pa) => [pa.record, pa]) ?? []);
    for (const item of placements(ctx, ACTIVE)) {
      // Three reviews are needed for a fall across reviews: most placements have fewer, and are not sorted here.
      if ((item.placement.reviews?.length ?? 0) >= 3) {
        const held = heldReviews(item.placement, asOf).filter((r) => r.review.attendance_percent != null);
        const r = reviewDecline(
          held.map((h) => ({ date: h.review.date, percent: h.review.attendance_percent! })),
          max,
        );
        if (r) {
          ctx.report(
            {
              file: item.file,
              path: [
                ...item.at,
                'reviews',
                fileIndex(item.record, 'reviews', held.at(-1)!.index),
                'attendance_percent',
              ],
            },
            'reviews',
            {
              pupil: ctx.run.label(item.record),
              figures: r.figures.join('% → '),
              dates: r.dates.join(', '),
              fall: r.fall,
              max,
            },
          );
          continue;
        }
      }
      const pa = byRecord.get(item.record);
      const w =
        pa &&
        weeklyDecline(
          pa.weeks.map((x) => x.counted),
          max,
        );
      if (w)
        ctx.report({ file: item.file, path: [...item.at, 'start_date'] }, 'weeks', {
          pupil: ctx.run.label(item.record),
          ...w,
          max,
          asOf,
        });
    }
  },
});
