import { defineRule } from './types.js';
import { providers } from './utils/each.js';
import { fullTimePupils } from './utils/full-time.js';
import { daysBetween } from '../model/dates.js';
import { plural } from '../model/wording.js';
import { REGISTRATION_SOURCES } from '../model/sources.js';

export const unregisteredFullTimeCheck = defineRule({
  id: 'unregistered-full-time-check',
  defaultSeverity: 'warn',
  sources: REGISTRATION_SOURCES,
  thresholds: ['qa_max_age_days', 'full_time_hours', 'unregistered_full_time_pupils'],
  description: (t) =>
    `An unregistered provider gives full-time education to 1–${t.unregistered_full_time_pupils - 1} of the school's pupils and the provider's confirmed total is not recorded (or is out of date)`,
  messages: {
    unconfirmed: ({ pupils, name, why }: { pupils: number; name: string; why: string }) =>
      `${plural(pupils, 'pupil')} of the school attend${pupils === 1 ? 's' : ''} "${name}" full-time and it is unregistered, but ${why}: ask the provider in writing how many full-time pupils of compulsory school age it has from all schools, and record it under registration.full_time_pupils_confirmed (five or more would make it an independent school that must be registered).`,
  },
  check(ctx) {
    const t = ctx.run.thresholds;
    for (const { file, provider } of providers(ctx)) {
      if (provider.registration.status !== 'unregistered') continue;
      const n = fullTimePupils(file, ctx.run.asOf, t).size;
      if (n === 0 || n >= t.unregistered_full_time_pupils) continue;
      const confirmed = provider.registration.full_time_pupils_confirmed;
      if (confirmed && daysBetween(confirmed.date, ctx.run.asOf) <= t.qa_max_age_days) continue;
      const why = confirmed
        ? `its confirmed total is dated ${confirmed.date}, more than ${t.qa_max_age_days} days ago`
        : 'the school has not recorded its confirmed total';
      ctx.report({ file, path: ['provider', 'registration'], key: true }, 'unconfirmed', {
        pupils: n,
        name: provider.name,
        why,
      });
    }
  },
});
