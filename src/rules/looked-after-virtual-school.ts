import type { Rule } from './types.js';
import { earliestStart, registerPupils } from './register.js';

export const messages = {
  missing: (d: { who: string; start: string }) =>
    `${d.who} is looked after, but the register does not record that the virtual school head was told of the placement starting ${d.start}: tell the virtual school and record the date (looked_after_education.virtual_school_informed).`,
  late: (d: { who: string; start: string; date: string }) =>
    `The virtual school head was told on ${d.date}, after the placement of ${d.who} started on ${d.start}: the virtual school should be involved before a looked-after pupil starts alternative provision.`,
};

export const lookedAfterVirtualSchool: Rule = {
  id: 'looked-after-virtual-school', defaultSeverity: 'warn', sources: ['APG'],
  description: 'A looked-after pupil in AP: the virtual school head was not told before the placement started',
  check(ctx) {
    for (const p of registerPupils(ctx)) {
      if (!p.lookedAfter) continue;
      const start = earliestStart(p);
      const date = p.entry?.pupil.looked_after_education?.virtual_school_informed;
      if (!p.entry) continue; // whereabouts-unknown asks for the entry first
      const at = ['pupils', p.entry.index];
      if (!date) ctx.report(ctx.pupils!, p.entry.pupil.looked_after_education ? [...at, 'looked_after_education'] : [...at, 'ref'], messages.missing({ who: p.label, start }), { key: true });
      else if (date > start) ctx.report(ctx.pupils!, [...at, 'looked_after_education', 'virtual_school_informed'], messages.late({ who: p.label, start, date }));
    }
  },
};
