import type { Rule } from './types.js';
import { providers } from './each.js';
import { daysBetween } from '../model/dates.js';

export const safeguardingChecks: Rule = {
  id: 'safeguarding-checks', defaultSeverity: 'error', sources: [{ source: 'kcsie', part: "Part three (safer recruitment): alternative provision", note: "the 365-day renewal is ap-ready's default, not a limit the guidance sets" }, { source: 'non-school-ap-standards', part: "safeguarding and welfare: standard 1.1 (recruitment checks)" }],
  description: 'No dated written confirmation of staff vetting checks, or it is older than staff_checks_max_age_days (365)',
  check(ctx) {
    const max = ctx.thresholds.staff_checks_max_age_days;
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const date = provider.safeguarding?.staff_checks_confirmed;
      if (!date) {
        ctx.report(file, ['provider', 'safeguarding', 'staff_checks_confirmed'], `There is no dated written confirmation that "${provider.name}" has carried out safeguarding checks on its staff: obtain it in writing and record the date under safeguarding.staff_checks_confirmed.`, { key: true });
      } else if (daysBetween(date, ctx.asOf) > max) {
        ctx.report(file, ['provider', 'safeguarding', 'staff_checks_confirmed'], `The written confirmation of staff checks at "${provider.name}" is dated ${date}, ${daysBetween(date, ctx.asOf)} days ago (more than ${max}): ask the provider to confirm its checks again in writing.`, { atMostWarn: true });
      }
    }
  },
};
