import type { Rule } from './types.js';
import { registerPupils } from './register.js';

const HALF: Record<string, string> = { am: 'morning', pm: 'afternoon' };
const DAY: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday' };
const say = (gap: string) => { const [d, h] = gap.split(' '); return `${DAY[d]} ${HALF[h]}`; };

export const messages = {
  gap: (d: { who: string; gaps: string[] }) =>
    `${d.who} is neither in school nor at a provider on ${d.gaps.map(say).join(', ')}: add the school or provider sessions that cover ${d.gaps.length === 1 ? 'it' : 'them'}, or record a part-time timetable.`,
};

export const whereaboutsGap: Rule = {
  id: 'whereabouts-gap', defaultSeverity: 'warn', sources: ['OFS', 'KCSIE'],
  description: 'On a school day of the as-of week, a half-day is neither school nor AP for a pupil not on a part-time timetable',
  check(ctx) {
    for (const p of registerPupils(ctx)) {
      if (!p.entry || !p.active.length || !p.week.schoolKnown || p.partTime || !p.week.gaps.length) continue;
      ctx.report(ctx.pupils!, ['pupils', p.entry.index, 'school_sessions'], messages.gap({ who: p.label, gaps: p.week.gaps }), { key: true });
    }
  },
};
