import { defineRule } from './types.js';
import { placements } from './utils/each.js';
import { hasCurrentPartTime, pupilLabel } from '../model/placement.js';

/** "a", "a or b", "a, b or c". */
const listOr = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

export const partTimeTimetable = defineRule({
  id: 'part-time-timetable', defaultSeverity: 'error', sources: [{ source: 'attendance-guidance', part: "part-time timetables" }],
  thresholds: [],
  description: () => 'A current part-time timetable lacks parental agreement, a review date or an end date; its review date has passed; or it is used for behaviour',
  messages: {
    incomplete: ({ who, missing }: { who: string; missing: string[] }) =>
      `The part-time timetable of ${who} has no ${listOr(missing)}: a part-time timetable needs all three.`,
    reviewDue: ({ who, reviewDate }: { who: string | number; reviewDate: string | number }) =>
      `The part-time timetable of ${who} was due for review on ${reviewDate}: review it with the pupil and parent and set the next review date.`,
    behaviour: ({ who }: { who: string | number }) =>
      `The part-time timetable of ${who} is for behaviour: attendance guidance says part-time timetables must not be used to manage behaviour.`,
  },
  check(ctx) {
    for (const item of placements(ctx)) {
      const p = item.placement;
      const pt = p.part_time_timetable;
      if (!pt || !hasCurrentPartTime(p, ctx.run.asOf)) continue;
      const at = [...item.at, 'part_time_timetable'];
      const who = pupilLabel(item.record);
      const missing = [
        !pt.agreed_with_parent && "date of the parent's or carer's agreement (agreed_with_parent)",
        !pt.review_date && 'review date (review_date)',
        !pt.end_date && 'end date (end_date)',
      ].filter((s): s is string => Boolean(s));
      if (missing.length) {
        ctx.report({ file: item.file, path: at, key: true }, 'incomplete', { who, missing });
      }
      if (pt.review_date && pt.review_date < ctx.run.asOf) {
        ctx.report({ file: item.file, path: [...at, 'review_date'] }, 'reviewDue', { who, reviewDate: pt.review_date });
      }
      if (p.reason_category === 'behaviour') {
        ctx.report({ file: item.file, path: [...item.at, 'reason_category'] }, 'behaviour', { who });
      }
    }
  },
});
