import { defineRule } from './types.js';
import { placements } from './utils/each.js';
import { sessionHours, sessionsTotal } from '../model/placement.js';
import { fmtHours } from '../model/wording.js';
import { PLANNING_CALL_SOURCES } from '../model/sources.js';

export const hoursMismatch = defineRule({
  id: 'hours-mismatch',
  defaultSeverity: 'warn',
  sources: [...PLANNING_CALL_SOURCES],
  thresholds: ['hours_tolerance'],
  description: (t) =>
    `hours_per_week differs from the sessions' sum by more than hours_tolerance (${t.hours_tolerance})`,
  messages: {
    mismatch: ({ hoursPerWeek, pupil, sum }: { hoursPerWeek: string | number; pupil: string; sum: string | number }) =>
      `hours_per_week is ${hoursPerWeek} but the sessions of ${pupil} add up to ${sum} hours: correct one so they agree.`,
  },
  check(ctx) {
    const tol = ctx.run.thresholds.hours_tolerance;
    for (const item of placements(ctx)) {
      const p = item.placement;
      const sum = sessionsTotal(p);
      if (p.hours_per_week === undefined || p.hours_per_week === null || sum === undefined) continue;
      if (p.sessions!.some((s) => sessionHours(s) === undefined)) continue; // session-times reports a bad session
      if (Math.abs(p.hours_per_week - sum) > tol + 1e-9) {
        ctx.report({ file: item.file, path: [...item.at, 'hours_per_week'] }, 'mismatch', {
          hoursPerWeek: fmtHours(p.hours_per_week),
          pupil: ctx.run.label(item.record),
          sum: fmtHours(sum),
        });
      }
    }
  },
});
