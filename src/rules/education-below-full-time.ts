import { defineRule } from './types.js';
import { fullTimeWeek, fullTimeWeekHours } from '../model/week.js';
import { fmtHours, sentence } from '../model/wording.js';

const yearText = (y: 'R' | number | undefined) =>
  y === undefined ? 'a pupil whose year group is not recorded' : y === 'R' ? 'Reception' : `Year ${y}`;

export const educationBelowFullTime = defineRule({
  id: 'education-below-full-time',
  defaultSeverity: 'error',
  sources: [
    {
      source: 'education-act-1996-s7',
      part: 'efficient full-time education',
      note: "the weekly hours by year group are ap-ready's defaults, not figures set in law",
    },
    { source: 'arranging-ap', part: 'full-time education for pupils in alternative provision' },
    {
      source: 'ombudsman-out-of-school-2011',
      part: 'weekly hours of education by year group: R–Y2 21, Y3–Y6 23.5, Y7–Y10 24, Y11 25',
    },
    {
      source: 'school-week-2023',
      part: 'a school week of at least 32.5 hours, set beside the benchmark: the length of the school day, not hours of teaching',
    },
    { source: 'attendance-guidance', part: 'the section on part-time timetables' },
  ],
  thresholds: ['full_time_week_hours'],
  description: ({ full_time_week_hours: h }) =>
    `A pupil's week of education (school + AP) is below full_time_week_hours for their year group (${fmtHours(h.reception_to_y2)} in Reception to Year 2, ${fmtHours(h.y3_to_y6)} in Years 3-6, ${fmtHours(h.y7_to_y10)} in Years 7-10, ${fmtHours(h.y11)} in Year 11) and no part-time timetable is recorded`,
  messages: {
    below: ({
      pupil,
      hours,
      school,
      ap,
      overlap = 0,
      needed,
      year,
    }: {
      pupil: string;
      hours: number;
      school: number;
      ap: number;
      overlap?: number;
      needed: number;
      year: string;
    }) =>
      `${sentence(pupil)} has ${fmtHours(hours)} hours of education a week (${fmtHours(school)} in school, ${fmtHours(ap)} in alternative provision${overlap > 0 ? `, ${fmtHours(overlap)} of them timetabled at the same time and counted once` : ''}), below the ${fmtHours(needed)} hours a week expected for ${year}, and no part-time timetable is recorded: arrange more education, or record the agreed part-time timetable (part_time_timetable in pupils.yaml).`,
  },
  check(ctx) {
    const register = ctx.run.register;
    for (const p of ctx.run.registerPupils) {
      if (!p.entry || !p.active.length || !p.week.schoolKnown || p.partTime) continue;
      const needed = fullTimeWeekHours(p.yearGroup, ctx.run.thresholds.full_time_week_hours);
      // One judgement with the documents' "Full-time timetable": hours where sessions overlap count once.
      const judged = fullTimeWeek(p.week, needed);
      if (!judged.below) continue;
      ctx.report({ file: register!, path: ['pupils', p.entry.index, 'school_sessions'], key: true }, 'below', {
        pupil: p.label,
        hours: judged.hours,
        school: p.week.schoolHours,
        ap: p.week.apHours,
        ...(judged.clash ? { overlap: p.week.overlapHours } : {}),
        needed,
        year: yearText(p.yearGroup),
      });
    }
  },
});
