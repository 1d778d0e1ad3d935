import { defineRule } from './types.js';
import { sentence } from '../model/wording.js';
import { WHEREABOUTS_SOURCE } from '../model/sources.js';

const HALF: Record<string, string> = { am: 'morning', pm: 'afternoon' };
const DAY: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday' };
const say = (gap: string) => {
  const [d, h] = gap.split(' ');
  return `${DAY[d]} ${HALF[h]}`;
};

export const whereaboutsGap = defineRule({
  id: 'whereabouts-gap',
  defaultSeverity: 'warn',
  sources: [WHEREABOUTS_SOURCE, { source: 'kcsie', part: 'Part two: children who are absent from education' }],
  thresholds: [],
  description: () =>
    'On a school day of the as-of week, a half-day is neither school nor AP for a pupil not on a part-time timetable',
  messages: {
    gap: ({ pupil, gaps }: { pupil: string; gaps: string[] }) =>
      `${sentence(pupil)} is neither in school nor at a provider on ${gaps.map(say).join(', ')}: add the school or provider sessions that cover ${gaps.length === 1 ? 'it' : 'them'}, or record a part-time timetable.`,
  },
  check(ctx) {
    const register = ctx.run.register;
    for (const p of ctx.run.registerPupils) {
      if (!p.entry || !p.active.length || !p.week.schoolKnown || p.partTime || !p.week.gaps.length) continue;
      ctx.report({ file: register!, path: ['pupils', p.entry.index, 'school_sessions'], key: true }, 'gap', {
        pupil: p.label,
        gaps: p.week.gaps,
      });
    }
  },
});
