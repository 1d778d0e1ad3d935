import { defineRule } from './types.js';
import { sentence } from '../model/wording.js';
import { ACTIVE_OR_UPCOMING, placements } from './utils/each.js';
import { daysAWeek } from '../model/placement.js';
import { daysBetween } from '../model/dates.js';

export const unregisteredTimeLimits = defineRule({
  id: 'unregistered-time-limits',
  defaultSeverity: 'off',
  sources: [
    { source: 'non-school-ap-standards', part: 'the planned time limits (not in force: they need legislation)' },
  ],
  thresholds: ['unregistered_max_weeks', 'unregistered_max_sessions', 'unregistered_max_days'],
  description: (t) =>
    `Opt-in (planned law): an unregistered placement lasts more than ${t.unregistered_max_weeks} weeks, or has more than ${t.unregistered_max_sessions} sessions or ${t.unregistered_max_days} days a week`,
  messages: {
    weeks: ({
      pupil,
      weeks,
      startDate,
      end,
      max,
    }: {
      pupil: string;
      weeks: number;
      startDate: string;
      end: string;
      max: number;
    }) =>
      `The placement of ${pupil} at this unregistered provider runs ${weeks} weeks (${startDate} to ${end}); planned national limits allow at most ${max} weeks.`,
    sessions: ({
      pupil,
      sessions,
      days,
      unregisteredMaxSessions,
      unregisteredMaxDays,
    }: {
      pupil: string;
      sessions: string | number;
      days: string | number;
      unregisteredMaxSessions: string | number;
      unregisteredMaxDays: string | number;
    }) =>
      `${sentence(pupil)} has ${sessions} sessions on ${days} days a week at this unregistered provider; planned national limits allow at most ${unregisteredMaxSessions} sessions or ${unregisteredMaxDays} days a week alongside school.`,
  },
  check(ctx) {
    const t = ctx.run.thresholds;
    for (const item of placements(ctx, ACTIVE_OR_UPCOMING)) {
      if (item.provider?.registration.status !== 'unregistered') continue;
      const p = item.placement;
      const end = p.end_date ?? p.planned_end_date;
      if (end && end >= p.start_date) {
        const weeks = (daysBetween(p.start_date, end) + 1) / 7;
        if (weeks > t.unregistered_max_weeks) {
          ctx.report({ file: item.file, path: [...item.at, p.end_date ? 'end_date' : 'planned_end_date'] }, 'weeks', {
            pupil: ctx.run.label(item.record),
            weeks: Math.ceil(weeks),
            startDate: p.start_date,
            end,
            max: t.unregistered_max_weeks,
          });
        }
      }
      const sessions = p.sessions?.length ?? 0;
      const days = daysAWeek(p);
      if (sessions > t.unregistered_max_sessions || days > t.unregistered_max_days) {
        ctx.report({ file: item.file, path: [...item.at, 'sessions'] }, 'sessions', {
          pupil: ctx.run.label(item.record),
          sessions,
          days,
          unregisteredMaxSessions: t.unregistered_max_sessions,
          unregisteredMaxDays: t.unregistered_max_days,
        });
      }
    }
  },
});
