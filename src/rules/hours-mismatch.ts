import type { Rule } from './types.js';
import { placements } from './each.js';
import { fmtHours, pupilLabel, sessionHours, sessionsTotal } from './terms.js';

export const hoursMismatch: Rule = {
  id: 'hours-mismatch', defaultSeverity: 'warn', sources: [{ source: 'ofsted-operating-guide', part: "the initial planning call: off-site alternative provision" }],
  description: "hours_per_week differs from the sessions' sum by more than hours_tolerance (0.25)",
  check(ctx) {
    const tol = ctx.thresholds.hours_tolerance;
    for (const item of placements(ctx)) {
      const p = item.placement;
      const sum = sessionsTotal(p);
      if (p.hours_per_week === undefined || p.hours_per_week === null || sum === undefined) continue;
      if (p.sessions!.some((s) => sessionHours(s) === undefined)) continue; // session-times reports a bad session
      if (Math.abs(p.hours_per_week - sum) > tol + 1e-9) {
        ctx.report(item.file, [...item.at, 'hours_per_week'], `hours_per_week is ${fmtHours(p.hours_per_week)} but the sessions of ${pupilLabel(item.record)} add up to ${fmtHours(sum)} hours: correct one so they agree.`);
      }
    }
  },
};
