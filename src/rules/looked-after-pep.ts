import type { Rule } from './types.js';
import { registerPupils } from './register.js';
import { daysBetween } from '../model/dates.js';

export const messages = {
  missing: (d: { who: string }) =>
    `${d.who} is looked after, but the register does not record when their personal education plan (PEP) was last reviewed: record looked_after_education.pep_reviewed.`,
  overdue: (d: { who: string; date: string; days: number; max: number }) =>
    `The personal education plan of ${d.who} was last reviewed on ${d.date}, ${d.days} days ago (more than ${d.max}): review the PEP, with the alternative provision in it, and record the date.`,
};

export const lookedAfterPep: Rule = {
  id: 'looked-after-pep', defaultSeverity: 'warn', sources: ['APG'],
  description: "A looked-after pupil in AP whose personal education plan was not reviewed within pep_review_days (a term)",
  check(ctx) {
    const max = ctx.thresholds.pep_review_days;
    for (const p of registerPupils(ctx)) {
      if (!p.lookedAfter || !p.entry || !p.active.length) continue;
      const at = ['pupils', p.entry.index];
      const date = p.entry.pupil.looked_after_education?.pep_reviewed;
      if (!date) {
        ctx.report(ctx.pupils!, p.entry.pupil.looked_after_education ? [...at, 'looked_after_education'] : [...at, 'ref'], messages.missing({ who: p.label }), { key: true });
        continue;
      }
      // Calendar days: a PEP is reviewed each term, and the holidays between terms do not pause that.
      const days = daysBetween(date, ctx.asOf);
      if (days > max) ctx.report(ctx.pupils!, [...at, 'looked_after_education', 'pep_reviewed'], messages.overdue({ who: p.label, date, days, max }));
    }
  },
};
