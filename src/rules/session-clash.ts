// School sessions against AP sessions. Two providers' sessions that overlap belong to combined-hours;
// this rule owns the school-against-provider overlap, so each condition has one rule.
import type { Rule } from './types.js';
import { providerName } from './pupils.js';
import { registerPupils } from './register.js';
import { sessionsOverlap } from './terms.js';

export const messages = {
  clash: (d: { who: string; day: string; school: string; ap: string; provider: string }) =>
    `${d.who} is timetabled in school and at ${d.provider} at once (${d.day} ${d.school} in school, ${d.ap} at the provider): correct the school sessions or the provider's timetable.`,
};

export const sessionClash: Rule = {
  id: 'session-clash', defaultSeverity: 'error', sources: ['—'],
  description: "A pupil's school session (pupil register) overlaps a session at a provider",
  check(ctx) {
    for (const p of registerPupils(ctx)) {
      const school = p.entry?.pupil.school_sessions;
      if (!p.entry || !school?.length) continue;
      for (const item of p.active) { // the school sessions are this week's: an upcoming placement replaces them
        for (const [j, sa] of (item.placement.sessions ?? []).entries()) {
          for (const [i, ss] of school.entries()) {
            if (!sessionsOverlap(ss, sa)) continue;
            const data = { who: p.label, day: ss.day, school: `${ss.start}–${ss.end}`, ap: `${sa.start}–${sa.end}`, provider: providerName(item) };
            ctx.report(item.file, [...item.at, 'sessions', j], messages.clash(data));
            ctx.report(ctx.pupils!, ['pupils', p.entry.index, 'school_sessions', i], messages.clash(data));
          }
        }
      }
    }
  },
};
