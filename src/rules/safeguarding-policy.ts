import { defineRule } from './types.js';
import { staleProviderDates } from './utils/each.js';

export const safeguardingPolicy = defineRule({
  id: 'safeguarding-policy',
  defaultSeverity: 'warn',
  sources: [
    { source: 'kcsie', part: 'Part two (the management of safeguarding): safeguarding policies and procedures' },
    { source: 'non-school-ap-standards', part: 'safeguarding and welfare' },
  ],
  thresholds: ['staff_checks_max_age_days'],
  description: (t) =>
    `The school has not recorded reviewing the provider's safeguarding policy, or the review is older than staff_checks_max_age_days (${t.staff_checks_max_age_days})`,
  messages: {
    missing: ({ name }: { name: string }) =>
      `The school has not recorded reviewing the safeguarding policy of "${name}": read it and record the date under safeguarding.policy_reviewed.`,
    old: ({
      name,
      date,
      daysBetween,
      max,
    }: {
      name: string;
      date: string | number;
      daysBetween: string | number;
      max: string | number;
    }) =>
      `The school last reviewed the safeguarding policy of "${name}" on ${date}, ${daysBetween} days ago (more than ${max}): review its current policy.`,
  },
  check(ctx) {
    const max = ctx.run.thresholds.staff_checks_max_age_days;
    const path = ['provider', 'safeguarding', 'policy_reviewed'];
    for (const { file, provider, date, days } of staleProviderDates(ctx, (p) => p.safeguarding?.policy_reviewed, max)) {
      if (!date) ctx.report({ file, path, key: true }, 'missing', { name: provider.name });
      else ctx.report({ file, path }, 'old', { name: provider.name, date, daysBetween: days, max });
    }
  },
});
