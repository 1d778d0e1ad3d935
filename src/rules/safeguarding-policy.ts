import type { Rule } from './types.js';
import { providers } from './each.js';
import { daysBetween } from '../model/dates.js';

export const safeguardingPolicy: Rule = {
  id: 'safeguarding-policy', defaultSeverity: 'warn', sources: [{ source: 'kcsie', part: "Part two (the management of safeguarding): safeguarding policies and procedures" }, { source: 'non-school-ap-standards', part: "safeguarding and welfare" }],
  description: "The school has not recorded reviewing the provider's safeguarding policy, or the review is older than staff_checks_max_age_days",
  check(ctx) {
    const max = ctx.thresholds.staff_checks_max_age_days;
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const date = provider.safeguarding?.policy_reviewed;
      if (!date) {
        ctx.report(file, ['provider', 'safeguarding', 'policy_reviewed'], `The school has not recorded reviewing the safeguarding policy of "${provider.name}": read it and record the date under safeguarding.policy_reviewed.`, { key: true });
      } else if (daysBetween(date, ctx.asOf) > max) {
        ctx.report(file, ['provider', 'safeguarding', 'policy_reviewed'], `The school last reviewed the safeguarding policy of "${provider.name}" on ${date}, ${daysBetween(date, ctx.asOf)} days ago (more than ${max}): review its current policy.`);
      }
    }
  },
};
