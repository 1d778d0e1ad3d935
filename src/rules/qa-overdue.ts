import type { Rule } from './types.js';
import { latest, providers } from './each.js';
import { daysBetween } from '../model/dates.js';

export const qaOverdue: Rule = {
  id: 'qa-overdue', defaultSeverity: 'warn', sources: [{ source: 'non-school-ap-standards', part: "the role of commissioners: quality assurance against the standards", note: "the 365-day interval is ap-ready's default, not a national frequency" }, { source: 'ofsted-operating-guide', part: "alternative provision: quality assurance, safeguarding, curriculum and commissioning" }],
  description: 'The latest QA of a provider in use is older than qa_max_age_days (365)',
  check(ctx) {
    const max = ctx.thresholds.qa_max_age_days;
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const last = latest(provider.quality_assurance);
      if (!last) continue;
      const age = daysBetween(last.item.date, ctx.asOf);
      if (age > max) {
        ctx.report(file, ['provider', 'quality_assurance', last.index, 'date'], `The latest quality assurance of "${provider.name}" was on ${last.item.date}, ${age} days ago (more than ${max}): carry out and record a new QA visit.`);
      }
    }
  },
};
