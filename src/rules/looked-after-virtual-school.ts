import { defineRule } from './types.js';
import { sentence } from '../model/wording.js';

export const lookedAfterVirtualSchool = defineRule({
  id: 'looked-after-virtual-school',
  defaultSeverity: 'warn',
  sources: [
    { source: 'looked-after-guidance', part: 'the role of the virtual school head' },
    { source: 'arranging-ap', part: 'looked-after children' },
  ],
  thresholds: [],
  description: () => 'A looked-after pupil in AP: the virtual school head was not told before the placement started',
  messages: {
    missing: ({ pupil, start }: { pupil: string; start: string }) =>
      `${sentence(pupil)} is looked after, but the register does not record that the virtual school head was told of the placement starting ${start}: tell the virtual school and record the date (looked_after_education.virtual_school_informed).`,
    late: ({ pupil, start, date }: { pupil: string; start: string; date: string }) =>
      `The virtual school head was told on ${date}, after the placement of ${pupil} started on ${start}: the virtual school should be involved before a looked-after pupil starts alternative provision.`,
  },
  check(ctx) {
    const register = ctx.run.register;
    for (const p of ctx.run.registerPupils) {
      if (!p.lookedAfter || !p.entry) continue; // without an entry, whereabouts-unknown asks for it first
      const at = ['pupils', p.entry.index];
      const education = p.entry.pupil.looked_after_education;
      const date = education?.virtual_school_informed;
      const start = p.earliestStart;
      if (!date)
        ctx.report(
          { file: register!, path: education ? [...at, 'looked_after_education'] : [...at, 'ref'], key: true },
          'missing',
          { pupil: p.label, start },
        );
      else if (date > start)
        ctx.report({ file: register!, path: [...at, 'looked_after_education', 'virtual_school_informed'] }, 'late', {
          pupil: p.label,
          start,
          date,
        });
    }
  },
});
