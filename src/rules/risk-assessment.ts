import { defineRule } from './types.js';
import { KCSIE_AP } from '../model/sources.js';

export const riskAssessment = defineRule({
  id: 'risk-assessment',
  defaultSeverity: 'warn',
  sources: [KCSIE_AP, { source: 'non-school-ap-standards', part: 'health and safety' }],
  thresholds: [],
  description: () =>
    'With a pupil register: an active or upcoming placement has no risk_assessment date on or before its start',
  messages: {
    missing: ({ pupil }: { pupil: string }) =>
      `The placement of ${pupil} has no risk assessment recorded: assess travel, supervision and the time the pupil is not in education, and record the date (risk_assessment).`,
    late: ({ pupil, start, date }: { pupil: string; start: string; date: string }) =>
      `The risk assessment for ${pupil} is dated ${date}, after the placement started on ${start}: assess the risks before a placement starts.`,
  },
  check(ctx) {
    for (const p of ctx.run.registerPupils) {
      for (const item of p.items) {
        const date = item.placement.risk_assessment;
        const start = item.placement.start_date;
        if (!date) ctx.report({ file: item.file, path: [...item.at, 'pupil'] }, 'missing', { pupil: p.label });
        else if (date > start)
          ctx.report({ file: item.file, path: [...item.at, 'risk_assessment'] }, 'late', {
            pupil: p.label,
            start,
            date,
          });
      }
    }
  },
});
