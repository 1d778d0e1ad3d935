// School sessions against AP sessions. Two providers' sessions that overlap belong to combined-hours;
// this rule owns the school-against-provider overlap, so each condition has one rule.
import { defineRule } from './types.js';
import { providerName } from './utils/pupils.js';
import { sessionsOverlap } from '../model/placement.js';
import { sentence } from '../model/wording.js';

export const sessionClash = defineRule({
  id: 'session-clash',
  defaultSeverity: 'error',
  sources: [],
  thresholds: [],
  description: () => "A pupil's school session (pupil register) overlaps a session at a provider",
  messages: {
    clash: ({
      pupil,
      day,
      school,
      ap,
      provider,
    }: {
      pupil: string;
      day: string;
      school: string;
      ap: string;
      provider: string;
    }) =>
      `${sentence(pupil)} is timetabled in school and at ${provider} at once (${day} ${school} in school, ${ap} at the provider): correct the school sessions or the provider's timetable.`,
  },
  check(ctx) {
    const register = ctx.run.register;
    for (const p of ctx.run.registerPupils) {
      const school = p.entry?.pupil.school_sessions;
      if (!p.entry || !school?.length) continue;
      for (const item of p.active) {
        // the school sessions are this week's: an upcoming placement replaces them
        for (const [j, sa] of (item.placement.sessions ?? []).entries()) {
          for (const [i, ss] of school.entries()) {
            if (!sessionsOverlap(ss, sa)) continue;
            const data = {
              pupil: p.label,
              day: ss.day,
              school: `${ss.start}–${ss.end}`,
              ap: `${sa.start}–${sa.end}`,
              provider: providerName(item),
            };
            ctx.report({ file: item.file, path: [...item.at, 'sessions', j] }, 'clash', data);
            ctx.report({ file: register!, path: ['pupils', p.entry.index, 'school_sessions', i] }, 'clash', data);
          }
        }
      }
    }
  },
});
