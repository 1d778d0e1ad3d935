import type { Rule } from './types.js';
import { registerPupils } from './register.js';

/** Weekdays of the as-of week with a half-day no AP session covers: where the school's record is needed. */
export function unaccountedDays(week: import('../model/week.js').PupilWeek): string[] {
  return week.days.filter((d) => d.schoolDay && (!d.am.places.length || !d.pm.places.length)).map((d) => d.day);
}

const DAY_NAMES: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday' };
const list = (days: string[]) => (days.length ? days.map((d) => DAY_NAMES[d]).join(', ') : 'any day the provider does not cover');

export const messages = {
  noEntry: (d: { who: string; days: string[] }) =>
    `${d.who} is in alternative provision but has no entry in the pupil register, so where they are is not recorded on ${list(d.days)}: add them to pupils.yaml with their school_sessions ([] if they have no time in school).`,
  noSessions: (d: { who: string; days: string[] }) =>
    `The register does not record the school sessions of ${d.who}, so where they are is not recorded on ${list(d.days)}: add school_sessions ([] if they have no time in school).`,
};

export const whereaboutsUnknown: Rule = {
  id: 'whereabouts-unknown', defaultSeverity: 'warn', sources: ['OFS', 'KCSIE'],
  description: 'A pupil in AP has no entry in the pupil register, or their entry has no school_sessions, so their whole week is not known',
  check(ctx) {
    for (const p of registerPupils(ctx)) {
      if (!p.active.length || p.week.schoolKnown) continue;
      const days = unaccountedDays(p.week);
      if (!p.entry) {
        const first = p.active[0];
        ctx.report(first.file, [...first.at, 'pupil'], messages.noEntry({ who: p.label, days }));
      } else {
        ctx.report(ctx.pupils!, ['pupils', p.entry.index, 'ref'], messages.noSessions({ who: p.label, days }), { key: true });
      }
    }
  },
};
