import { defineRule, type RuleContext } from './types.js';
import { placements } from './utils/each.js';
import { hasCurrentPartTime } from '../model/placement.js';
import type { PlacementFile } from '../load/placement-file.js';

/** "a", "a or b", "a, b or c". */
const listOr = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

interface Timetable {
  agreed_with_parent?: string | null;
  review_date?: string | null;
  end_date?: string | null;
}

/** What a current part-time timetable lacks, and whether its review has passed: the same for a placement's and the register's. */
function checkTimetable(ctx: RuleContext, pt: Timetable, file: PlacementFile, at: (string | number)[], who: string) {
  const missing = [
    !pt.agreed_with_parent && "date of the parent's or carer's agreement (agreed_with_parent)",
    !pt.review_date && 'review date (review_date)',
    !pt.end_date && 'end date (end_date)',
  ].filter((s): s is string => Boolean(s));
  if (missing.length) ctx.report({ file, path: at, key: true }, 'incomplete', { who, missing });
  if (pt.review_date && pt.review_date < ctx.run.asOf)
    ctx.report({ file, path: [...at, 'review_date'] }, 'reviewDue', { who, reviewDate: pt.review_date });
}

export const partTimeTimetable = defineRule({
  id: 'part-time-timetable',
  defaultSeverity: 'error',
  sources: [
    {
      source: 'attendance-guidance',
      part: 'the section on part-time timetables: "very exceptional circumstances", a time limit, regular review with the pupil and parents, and "should not be used to manage a pupil\'s behaviour"',
    },
  ],
  thresholds: [],
  description: () =>
    'A current part-time timetable (on a placement or in the pupil register) lacks parental agreement, a review date or an end date; its review date has passed; or it is used for behaviour',
  messages: {
    incomplete: ({ who, missing }: { who: string; missing: string[] }) =>
      `The part-time timetable of ${who} has no ${listOr(missing)}: a part-time timetable needs all three.`,
    reviewDue: ({ who, reviewDate }: { who: string | number; reviewDate: string | number }) =>
      `The part-time timetable of ${who} was due for review on ${reviewDate}: review it with the pupil and parent and set the next review date.`,
    behaviour: ({ who }: { who: string | number }) =>
      `The part-time timetable of ${who} is for behaviour: the attendance guidance says a part-time timetable should not be used to manage a pupil's behaviour.`,
  },
  check(ctx) {
    // A placement's own part-time timetable.
    for (const item of placements(ctx)) {
      const p = item.placement;
      const pt = p.part_time_timetable;
      if (!pt || !hasCurrentPartTime(p, ctx.run.asOf)) continue;
      const who = ctx.run.label(item.record);
      checkTimetable(ctx, pt, item.file, [...item.at, 'part_time_timetable'], who);
      if (p.reason_category === 'behaviour')
        ctx.report({ file: item.file, path: [...item.at, 'reason_category'] }, 'behaviour', { who });
    }
    // The pupil's whole-week part-time timetable in the register (pupils.yaml), for each pupil in AP.
    const register = ctx.run.register;
    if (!register) return;
    for (const p of ctx.run.registerPupils) {
      const pt = p.entry?.pupil.part_time_timetable;
      if (!p.entry || !pt || (pt.end_date && pt.end_date < ctx.run.asOf)) continue;
      const at = ['pupils', p.entry.index, 'part_time_timetable'];
      checkTimetable(ctx, pt, register, at, p.label);
      // Behaviour as the placement's reason: reported once, here, unless the placement's own timetable reported it.
      const forBehaviour = p.items.some(
        (i) => i.placement.reason_category === 'behaviour' && !hasCurrentPartTime(i.placement, ctx.run.asOf),
      );
      if (forBehaviour) ctx.report({ file: register, path: at, key: true }, 'behaviour', { who: p.label });
    }
  },
});
