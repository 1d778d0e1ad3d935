import type { Rule } from './types.js';
import { ACTIVE_OR_UPCOMING, placements } from './each.js';
import { daysAWeek, pupilLabel } from './terms.js';
import { daysBetween } from '../model/dates.js';

export const unregisteredTimeLimits: Rule = {
  id: 'unregistered-time-limits', defaultSeverity: 'off', sources: [{ source: 'non-school-ap-standards', part: "the planned time limits (not in force: they need legislation)" }],
  description: 'Opt-in (planned law): an unregistered placement lasts more than 12 weeks, or has more than 4 sessions or 2 days a week',
  check(ctx) {
    const t = ctx.thresholds;
    for (const item of placements(ctx, ACTIVE_OR_UPCOMING)) {
      if (item.provider?.registration.status !== 'unregistered') continue;
      const p = item.placement;
      const end = p.end_date ?? p.planned_end_date;
      if (end && end >= p.start_date) {
        const weeks = (daysBetween(p.start_date, end) + 1) / 7;
        if (weeks > t.unregistered_max_weeks) {
          ctx.report(item.file, [...item.at, p.end_date ? 'end_date' : 'planned_end_date'], `The placement of ${pupilLabel(item.record)} at this unregistered provider runs ${Math.ceil(weeks)} weeks (${p.start_date} to ${end}); planned national limits allow at most ${t.unregistered_max_weeks} weeks.`);
        }
      }
      const sessions = p.sessions?.length ?? 0;
      const days = daysAWeek(p);
      if (sessions > t.unregistered_max_sessions || days > t.unregistered_max_days) {
        ctx.report(item.file, [...item.at, 'sessions'], `${pupilLabel(item.record)} has ${sessions} sessions on ${days} days a week at this unregistered provider; planned national limits allow at most ${t.unregistered_max_sessions} sessions or ${t.unregistered_max_days} days a week alongside school.`);
      }
    }
  },
};
