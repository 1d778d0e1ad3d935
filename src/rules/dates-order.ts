import type { Rule } from './types.js';
import { placements, providers } from './each.js';
import { pupilLabel } from './terms.js';

export const datesOrder: Rule = {
  id: 'dates-order', defaultSeverity: 'error', sources: [],
  description: "An end date is before the start, or a record of something done (review, discussion, QA, staff-check confirmation, signing) is dated after the as-of date",
  check(ctx) {
    const future = (what: string, date: string) => `${what} is dated ${date}, after ${ctx.asOf}: a record of something done cannot be in the future. Correct the date, or remove the entry until it has happened.`;
    for (const item of placements(ctx)) {
      const p = item.placement;
      for (const field of ['end_date', 'planned_end_date'] as const) {
        const d = p[field];
        if (d && d < p.start_date) {
          ctx.report(item.file, [...item.at, field], `${field} ${d} is before the start date ${p.start_date} of the placement of ${pupilLabel(item.record)}: correct one of them.`);
        }
      }
      (p.reviews ?? []).forEach((r, i) => {
        if (r.date > ctx.asOf) ctx.report(item.file, [...item.at, 'reviews', i, 'date'], future('A review', r.date));
      });
      const pcd = p.pre_commissioning_discussion;
      if (pcd && pcd.date > ctx.asOf) ctx.report(item.file, [...item.at, 'pre_commissioning_discussion', 'date'], future('The pre-commissioning discussion', pcd.date));
    }
    for (const { file, provider } of providers(ctx)) {
      (provider.quality_assurance ?? []).forEach((qa, i) => {
        if (qa.date > ctx.asOf) ctx.report(file, ['provider', 'quality_assurance', i, 'date'], future('A quality-assurance record', qa.date));
      });
      const checks = provider.safeguarding?.staff_checks_confirmed;
      if (checks && checks > ctx.asOf) ctx.report(file, ['provider', 'safeguarding', 'staff_checks_confirmed'], future('The confirmation of staff checks', checks));
      const signed = provider.agreement?.signed;
      if (signed && signed > ctx.asOf) ctx.report(file, ['provider', 'agreement', 'signed'], future('The agreement\'s signing', signed));
    }
  },
};
