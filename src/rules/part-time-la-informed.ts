import type { Rule } from './types.js';
import { registerPupils } from './register.js';

export const messages = {
  missing: (d: { who: string }) =>
    `${d.who} is on a part-time timetable, but the register does not record that the local authority was told: tell the LA and record the date (part_time_timetable.la_informed in pupils.yaml).`,
};

export const partTimeLaInformed: Rule = {
  id: 'part-time-la-informed', defaultSeverity: 'warn', sources: ['ATT'],
  description: 'A pupil in AP on a current part-time timetable: the date the local authority was told is not recorded',
  check(ctx) {
    for (const p of registerPupils(ctx)) {
      if (!p.partTime || !p.entry || !p.active.length) continue;
      const pt = p.entry.pupil.part_time_timetable;
      if (pt?.la_informed) continue;
      const at = ['pupils', p.entry.index];
      ctx.report(ctx.pupils!, pt ? [...at, 'part_time_timetable'] : [...at, 'ref'], messages.missing({ who: p.label }), { key: true });
    }
  },
};
