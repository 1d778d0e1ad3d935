import { defineRule } from './types.js';
import { sentence } from '../model/wording.js';

export const partTimeLaInformed = defineRule({
  id: 'part-time-la-informed',
  defaultSeverity: 'warn',
  sources: [{ source: 'attendance-guidance', part: 'the section on part-time timetables' }],
  thresholds: [],
  description: () =>
    'A pupil in AP on a current part-time timetable: the date the local authority was told is not recorded',
  messages: {
    missing: ({ pupil }: { pupil: string }) =>
      `${sentence(pupil)} is on a part-time timetable, but the register does not record that the local authority was told: tell the LA and record the date (part_time_timetable.la_informed in pupils.yaml).`,
  },
  check(ctx) {
    const register = ctx.run.register;
    for (const p of ctx.run.registerPupils) {
      if (!p.partTime || !p.entry || !p.active.length) continue;
      const pt = p.entry.pupil.part_time_timetable;
      if (pt?.la_informed) continue;
      const at = ['pupils', p.entry.index];
      ctx.report(
        { file: register!, path: pt ? [...at, 'part_time_timetable'] : [...at, 'ref'], key: true },
        'missing',
        { pupil: p.label },
      );
    }
  },
});
