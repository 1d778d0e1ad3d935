import type { Rule } from './types.js';
import { earliestStart, registerPupils } from './register.js';

export const messages = {
  missing: (d: { who: string; start: string }) =>
    `${d.who} has an EHC plan, but the register does not record that the local authority agreed the placement starting ${d.start}: consult the LA's SEN team and record the date (ehcp_la_consulted).`,
  late: (d: { who: string; start: string; date: string }) =>
    `The local authority agreed the placement of ${d.who} on ${d.date}, after it started on ${d.start}: for a pupil with an EHC plan the LA should agree before the start.`,
};

export const ehcpLaConsulted: Rule = {
  id: 'ehcp-la-consulted', defaultSeverity: 'warn', sources: ['APG'],
  description: "A pupil with an EHC plan in AP: the local authority's agreement before the start is not recorded",
  check(ctx) {
    for (const p of registerPupils(ctx)) {
      if (p.send !== 'ehcp' || !p.entry) continue;
      const start = earliestStart(p);
      const date = p.entry.pupil.ehcp_la_consulted;
      const at = ['pupils', p.entry.index];
      if (!date) ctx.report(ctx.pupils!, [...at, 'ref'], messages.missing({ who: p.label, start }), { key: true });
      else if (date > start) ctx.report(ctx.pupils!, [...at, 'ehcp_la_consulted'], messages.late({ who: p.label, start, date }));
    }
  },
};
