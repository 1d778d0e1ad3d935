import type { Rule } from './types.js';
import { providers } from './each.js';
import { daysBetween } from '../model/dates.js';

export const safeguardingPolicy: Rule = {
  id: 'safeguarding-policy', defaultSeverity: 'warn', sources: ['KCSIE'],
  description: () => "The school has not recorded reviewing the provider's safeguarding policy, or the review is older than staff_checks_max_age_days",
  messages: {
    missing: ({ name }: { name: string }) =>
      `The school has not recorded reviewing the safeguarding policy of "${name}": read it and record the date under safeguarding.policy_reviewed.`,
    old: ({ name, date, daysBetween, max }: { name: string; date: string | number; daysBetween: string | number; max: string | number }) =>
      `The school last reviewed the safeguarding policy of "${name}" on ${date}, ${daysBetween} days ago (more than ${max}): review its current policy.`,
  },
  check(ctx) {
    const max = ctx.run.thresholds.staff_checks_max_age_days;
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const date = provider.safeguarding?.policy_reviewed;
      if (!date) {
        ctx.report({ file: file, path: ['provider', 'safeguarding', 'policy_reviewed'], key: true }, 'missing', { name: provider.name });
      } else if (daysBetween(date, ctx.run.asOf) > max) {
        ctx.report({ file: file, path: ['provider', 'safeguarding', 'policy_reviewed'] }, 'old', { name: provider.name, date, daysBetween: daysBetween(date, ctx.run.asOf), max });
      }
    }
  },
};
