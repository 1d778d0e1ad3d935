import { defineRule } from './types.js';
import { daysBetween } from '../model/dates.js';
import { sentence } from '../model/wording.js';

export const lookedAfterPep = defineRule({
  id: 'looked-after-pep',
  defaultSeverity: 'warn',
  sources: [
    {
      source: 'looked-after-guidance',
      part: 'personal education plans',
      note: "the 105-day interval is ap-ready's default, about a school term",
    },
  ],
  thresholds: ['pep_review_days'],
  description: (t) =>
    `A looked-after pupil in AP whose personal education plan was not reviewed within pep_review_days (${t.pep_review_days} calendar days, about a term)`,
  messages: {
    missing: ({ pupil }: { pupil: string }) =>
      `${sentence(pupil)} is looked after, but the register does not record when their personal education plan (PEP) was last reviewed: record looked_after_education.pep_reviewed.`,
    overdue: ({ pupil, date, days, max }: { pupil: string; date: string; days: number; max: number }) =>
      `The personal education plan of ${pupil} was last reviewed on ${date}, ${days} days ago (more than ${max}): review the PEP, with the alternative provision in it, and record the date.`,
  },
  check(ctx) {
    const register = ctx.run.register;
    const max = ctx.run.thresholds.pep_review_days;
    for (const p of ctx.run.registerPupils) {
      if (!p.lookedAfter || !p.entry || !p.active.length) continue;
      const at = ['pupils', p.entry.index];
      const education = p.entry.pupil.looked_after_education;
      const date = education?.pep_reviewed;
      if (!date) {
        ctx.report(
          { file: register!, path: education ? [...at, 'looked_after_education'] : [...at, 'ref'], key: true },
          'missing',
          { pupil: p.label },
        );
        continue;
      }
      // Calendar days: a PEP is reviewed each term, and the holidays between terms do not pause that.
      const days = daysBetween(date, ctx.run.asOf);
      if (days > max)
        ctx.report({ file: register!, path: [...at, 'looked_after_education', 'pep_reviewed'] }, 'overdue', {
          pupil: p.label,
          date,
          days,
          max,
        });
    }
  },
});
