import { defineRule } from './types.js';
import { fullTimeWeekHours } from '../model/week.js';
import { fmtHours, sentence } from '../model/wording.js';

const yearText = (y: 'R' | number | undefined) => (y === undefined ? 'a pupil whose year group is not recorded' : y === 'R' ? 'Reception' : `Year ${y}`);

export const educationBelowFullTime = defineRule({
  id: 'education-below-full-time', defaultSeverity: 'error', sources: [{ source: 'education-act-1996-s7', part: 'efficient full-time education', note: "the weekly hours by year group are ap-ready's defaults, not figures set in law" }, { source: 'arranging-ap', part: 'full-time education for pupils in alternative provision' }, { source: 'attendance-guidance', part: 'part-time timetables' }],
  thresholds: ['full_time_week_hours'],
  description: ({ full_time_week_hours: h }) =>
    `A pupil's week of education (school + AP) is below full_time_week_hours for their year group (${fmtHours(h.reception_to_y2)} in Reception to Year 2, ${fmtHours(h.y3_to_y6)} in Years 3-6, ${fmtHours(h.y7_to_y10)} in Years 7-10, ${fmtHours(h.y11)} in Year 11) and no part-time timetable is recorded`,
  messages: {
    below: ({ pupil, hours, school, ap, needed, year }: { pupil: string; hours: number; school: number; ap: number; needed: number; year: string }) =>
      `${sentence(pupil)} has ${fmtHours(hours)} hours of education a week (${fmtHours(school)} in school, ${fmtHours(ap)} in alternative provision), below the ${fmtHours(needed)} hours a week expected for ${year}, and no part-time timetable is recorded: arrange more education, or record the agreed part-time timetable (part_time_timetable in pupils.yaml).`,
  },
  check(ctx) {
    const register = ctx.run.register;
    for (const p of ctx.run.registerPupils) {
      if (!p.entry || !p.active.length || !p.week.schoolKnown || p.partTime) continue;
      const needed = fullTimeWeekHours(p.yearGroup, ctx.run.thresholds.full_time_week_hours);
      if (p.week.hours + 1e-9 >= needed) continue;
      ctx.report({ file: register!, path: ['pupils', p.entry.index, 'school_sessions'], key: true }, 'below', {
        pupil: p.label, hours: p.week.hours, school: p.week.schoolHours, ap: p.week.apHours, needed, year: yearText(p.yearGroup),
      });
    }
  },
});
