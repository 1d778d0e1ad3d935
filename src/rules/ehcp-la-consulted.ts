import { defineRule } from './types.js';
import { sentence } from '../model/wording.js';

export const ehcpLaConsulted = defineRule({
  id: 'ehcp-la-consulted',
  defaultSeverity: 'warn',
  sources: [
    { source: 'send-code-of-practice', part: 'chapter 9: education, health and care plans' },
    { source: 'arranging-ap', part: 'pupils with education, health and care plans' },
  ],
  thresholds: [],
  description: () => "A pupil with an EHC plan in AP: the local authority's agreement before the start is not recorded",
  messages: {
    missing: ({ pupil, start }: { pupil: string; start: string }) =>
      `${sentence(pupil)} has an EHC plan, but the register does not record that the local authority agreed the placement starting ${start}: consult the LA's SEN team and record the date (ehcp_la_consulted).`,
    late: ({ pupil, start, date }: { pupil: string; start: string; date: string }) =>
      `The local authority agreed the placement of ${pupil} on ${date}, after it started on ${start}: for a pupil with an EHC plan the LA should agree before the start.`,
  },
  check(ctx) {
    const register = ctx.run.register;
    for (const p of ctx.run.registerPupils) {
      if (p.send !== 'ehcp' || !p.entry) continue;
      const start = p.earliestStart;
      const date = p.entry.pupil.ehcp_la_consulted;
      const at = ['pupils', p.entry.index];
      if (!date) ctx.report({ file: register!, path: [...at, 'ref'], key: true }, 'missing', { pupil: p.label, start });
      else if (date > start)
        ctx.report({ file: register!, path: [...at, 'ehcp_la_consulted'] }, 'late', { pupil: p.label, start, date });
    }
  },
});
