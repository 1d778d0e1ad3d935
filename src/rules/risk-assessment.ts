import type { Rule } from './types.js';
import { registerPupils } from './register.js';

export const messages = {
  missing: (d: { who: string }) =>
    `The placement of ${d.who} has no risk assessment recorded: assess travel, supervision and the time the pupil is not in education, and record the date (risk_assessment).`,
  late: (d: { who: string; start: string; date: string }) =>
    `The risk assessment for ${d.who} is dated ${d.date}, after the placement started on ${d.start}: assess the risks before a placement starts.`,
};

export const riskAssessment: Rule = {
  id: 'risk-assessment', defaultSeverity: 'warn', sources: ['KCSIE', 'VNS'],
  description: 'With a pupil register: an active or upcoming placement has no risk_assessment date on or before its start',
  check(ctx) {
    for (const p of registerPupils(ctx)) {
      for (const item of p.items) {
        const date = item.placement.risk_assessment;
        if (!date) ctx.report(item.file, [...item.at, 'pupil'], messages.missing({ who: p.label }));
        else if (date > item.placement.start_date) ctx.report(item.file, [...item.at, 'risk_assessment'], messages.late({ who: p.label, start: item.placement.start_date, date }));
      }
    }
  },
};
