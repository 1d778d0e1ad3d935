import { defineRule } from './types.js';
import { uncoveredDays, type PupilWeek } from '../model/week.js';
import { ACTIVE } from './utils/each.js';
import { placementsByPupil } from './utils/pupils.js';
import { sentence } from '../model/wording.js';
import { WHEREABOUTS_SOURCE } from '../model/sources.js';

/** Weekdays of the as-of week with a half-day no AP session covers: where the school's record is needed. */
export function unaccountedDays(week: PupilWeek): string[] {
  return week.days.filter((d) => d.schoolDay && (!d.am.places.length || !d.pm.places.length)).map((d) => d.day);
}

const DAY_NAMES: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
};
const list = (days: string[]) =>
  days.length ? days.map((d) => DAY_NAMES[d]).join(', ') : 'any day the provider does not cover';

export const whereaboutsUnknown = defineRule({
  id: 'whereabouts-unknown',
  defaultSeverity: 'warn',
  sources: [WHEREABOUTS_SOURCE, { source: 'kcsie', part: 'Part two: children who are absent from education' }],
  thresholds: [],
  description: () =>
    'A pupil in AP has no entry in the pupil register, their entry has no school_sessions, or the school keeps no pupil register at all, so their whole week is not known',
  messages: {
    noRegister: ({ pupil, days }: { pupil: string; days: string[] }) =>
      `${sentence(pupil)} is in alternative provision, but the school keeps no pupil register, so their school sessions are not recorded and where they are is not known on ${list(days)}: start a pupil register (ap-ready init writes one beside the config file) and give the pupil their school_sessions ([] if they have no time in school).`,
    noEntry: ({ pupil, days }: { pupil: string; days: string[] }) =>
      `${sentence(pupil)} is in alternative provision but has no entry in the pupil register, so where they are is not recorded on ${list(days)}: add them to pupils.yaml with their school_sessions ([] if they have no time in school).`,
    noSessions: ({ pupil, days }: { pupil: string; days: string[] }) =>
      `The register does not record the school sessions of ${pupil}, so where they are is not recorded on ${list(days)}: add school_sessions ([] if they have no time in school).`,
  },
  check(ctx) {
    const register = ctx.run.register;
    if (!register) {
      // Without a register nothing records the school's own sessions: every pupil in AP has a week that
      // is known only where a provider covers it. One finding per pupil, at their first active placement.
      const byPupil = placementsByPupil(ctx, ACTIVE);
      const isSchoolDay = (iso: string) => ctx.run.calendar.isSchoolDay(iso);
      for (const items of byPupil.values()) {
        const days = uncoveredDays({
          asOf: ctx.run.asOf,
          placements: items.map((i) => ({ provider: '', placement: i.placement })),
          isSchoolDay,
          frame: ctx.run.week,
        });
        const first = items[0];
        ctx.report({ file: first.file, path: [...first.at, 'pupil'] }, 'noRegister', {
          pupil: ctx.run.label(first.record),
          days,
        });
      }
      return;
    }
    for (const p of ctx.run.registerPupils) {
      if (!p.active.length || p.week.schoolKnown) continue;
      const days = unaccountedDays(p.week);
      if (!p.entry) {
        const first = p.active[0];
        ctx.report({ file: first.file, path: [...first.at, 'pupil'] }, 'noEntry', { pupil: p.label, days });
      } else {
        ctx.report({ file: register, path: ['pupils', p.entry.index, 'ref'], key: true }, 'noSessions', {
          pupil: p.label,
          days,
        });
      }
    }
  },
});
