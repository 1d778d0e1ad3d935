import { defineRule } from './types.js';
import { staleProviderDates } from './utils/each.js';
import { KCSIE_AP } from '../model/sources.js';

export const safeguardingChecks = defineRule({
  id: 'safeguarding-checks',
  defaultSeverity: 'error',
  sources: [
    { ...KCSIE_AP, note: "the 365-day renewal is ap-ready's default, not a limit the guidance sets" },
    { source: 'non-school-ap-standards', part: 'safeguarding and welfare: standard 1.1 (recruitment checks)' },
  ],
  thresholds: ['staff_checks_max_age_days'],
  description: (t) =>
    `No dated written confirmation of staff vetting checks, or it is older than staff_checks_max_age_days (${t.staff_checks_max_age_days})`,
  // A missing confirmation is an error; one merely older than the renewal interval (ap-ready's default) is a warning.
  atMostWarn: ['old'],
  messages: {
    missing: ({ name }: { name: string }) =>
      `There is no dated written confirmation that "${name}" has carried out safeguarding checks on its staff: obtain it in writing and record the date under safeguarding.staff_checks_confirmed.`,
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
      `The written confirmation of staff checks at "${name}" is dated ${date}, ${daysBetween} days ago (more than ${max}): ask the provider to confirm its checks again in writing.`,
  },
  check(ctx) {
    const max = ctx.run.thresholds.staff_checks_max_age_days;
    const path = ['provider', 'safeguarding', 'staff_checks_confirmed'];
    for (const { file, provider, date, days } of staleProviderDates(
      ctx,
      (p) => p.safeguarding?.staff_checks_confirmed,
      max,
    )) {
      if (!date) ctx.report({ file, path, key: true }, 'missing', { name: provider.name });
      else ctx.report({ file, path }, 'old', { name: provider.name, date, daysBetween: days, max });
    }
  },
});
