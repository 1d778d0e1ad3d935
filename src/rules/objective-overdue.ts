import { fileIndex } from '../model/placement.js';
import { defineRule } from './types.js';
import { ACTIVE, placements } from './utils/each.js';
import { CLOSED_STATUSES, objectiveName, progressByObjective } from '../model/progress.js';
import { daysBetween } from '../model/dates.js';
import { sentence } from '../model/wording.js';

// An objective's date has passed and no review says it was met or dropped: the placement's plan has run
// past its own timeline. The objective is named by its id or position, never its words (free text).
export const objectiveOverdue = defineRule({
  id: 'objective-overdue',
  defaultSeverity: 'warn',
  sources: [
    {
      source: 'arranging-ap',
      part: 'objectives and a timeline agreed at the start, with progress monitored against them',
    },
  ],
  thresholds: [],
  description: () =>
    "An active placement's objective is past its by date and its latest recorded status is not met or dropped",
  messages: {
    overdue: ({
      objective,
      pupil,
      by,
      days,
      status,
    }: {
      objective: string;
      pupil: string;
      by: string;
      days: number;
      status: string;
    }) =>
      `${sentence(objective)} of ${pupil} was due by ${by}, ${days} days ago, ${status}: record at a review whether it was met, or agree a new date.`,
  },
  check(ctx) {
    const { asOf } = ctx.run;
    for (const item of placements(ctx, ACTIVE)) {
      const objectives = item.placement.objectives ?? [];
      // Progress is read only for a placement with an objective past its date: most have none.
      if (!objectives.some((o) => o.by && o.by < asOf)) continue;
      const progress = progressByObjective(item.placement, asOf);
      objectives.forEach((o, i) => {
        if (!o.by || o.by >= asOf) return;
        const last = progress[i].at(-1);
        if (last && CLOSED_STATUSES.includes(last.status) && last.status !== 'not-met') return;
        const status = last
          ? `and was ${last.status} at the review on ${last.date}`
          : 'and no review records progress against it';
        ctx.report(
          { file: item.file, path: [...item.at, 'objectives', fileIndex(item.record, 'objectives', i), 'by'] },
          'overdue',
          {
            objective: objectiveName(objectives, i),
            pupil: ctx.run.label(item.record),
            by: o.by,
            days: daysBetween(o.by, asOf),
            status,
          },
        );
      });
    }
  },
});
