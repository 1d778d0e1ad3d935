import type { Rule } from './types.js';
import { fullTimeWeekHours } from '../model/week.js';
import { registerPupils } from './register.js';
import { fmtHours } from './terms.js';

export const messages = {
  below: (d: { who: string; hours: number; school: number; ap: number; needed: number; year: string }) =>
    `${d.who} has ${fmtHours(d.hours)} hours of education a week (${fmtHours(d.school)} in school, ${fmtHours(d.ap)} in alternative provision), below the ${fmtHours(d.needed)} hours a week expected for ${d.year}, and no part-time timetable is recorded: arrange more education, or record the agreed part-time timetable (part_time_timetable in pupils.yaml).`,
};

const yearText = (y: 'R' | number | undefined) => (y === undefined ? 'a pupil whose year group is not recorded' : y === 'R' ? 'Reception' : `Year ${y}`);

export const educationBelowFullTime: Rule = {
  id: 'education-below-full-time', defaultSeverity: 'error', sources: ['APG', 'ATT'],
  description: "A pupil's week of education (school + AP) is below full_time_week_hours for their year group and no part-time timetable is recorded",
  check(ctx) {
    for (const p of registerPupils(ctx)) {
      if (!p.entry || !p.active.length || !p.week.schoolKnown || p.partTime) continue;
      const needed = fullTimeWeekHours(p.yearGroup, ctx.thresholds.full_time_week_hours);
      if (p.week.hours + 1e-9 >= needed) continue;
      ctx.report(ctx.pupils!, ['pupils', p.entry.index, 'school_sessions'], messages.below({
        who: p.label, hours: p.week.hours, school: p.week.schoolHours, ap: p.week.apHours, needed, year: yearText(p.yearGroup),
      }), { key: true });
    }
  },
};
