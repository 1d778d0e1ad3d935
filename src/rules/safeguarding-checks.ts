import type { Rule } from './types.js';
import { providers } from './each.js';
import { daysBetween } from '../model/dates.js';

export const safeguardingChecks: Rule = {
  id: 'safeguarding-checks', defaultSeverity: 'error', sources: ['KCSIE', 'VNS'],
  description: (t) => `No dated written confirmation of staff vetting checks, or it is older than staff_checks_max_age_days (${t.staff_checks_max_age_days})`,
  messages: {
    missing: ({ name }: { name: string }) =>
      `There is no dated written confirmation that "${name}" has carried out safeguarding checks on its staff: obtain it in writing and record the date under safeguarding.staff_checks_confirmed.`,
    old: ({ name, date, daysBetween, max }: { name: string; date: string | number; daysBetween: string | number; max: string | number }) =>
      `The written confirmation of staff checks at "${name}" is dated ${date}, ${daysBetween} days ago (more than ${max}): ask the provider to confirm its checks again in writing.`,
  },
  check(ctx) {
    const max = ctx.run.thresholds.staff_checks_max_age_days;
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const date = provider.safeguarding?.staff_checks_confirmed;
      if (!date) {
        ctx.report({ file: file, path: ['provider', 'safeguarding', 'staff_checks_confirmed'], key: true }, 'missing', { name: provider.name });
      } else if (daysBetween(date, ctx.run.asOf) > max) {
        ctx.report({ file: file, path: ['provider', 'safeguarding', 'staff_checks_confirmed'] }, 'old', { name: provider.name, date, daysBetween: daysBetween(date, ctx.run.asOf), max });
      }
    }
  },
};
