import { defineRule } from './types.js';
import { latest, providers } from './utils/each.js';
import { daysBetween } from '../model/dates.js';

export const qaOverdue = defineRule({
  id: 'qa-overdue',
  defaultSeverity: 'warn',
  sources: [
    {
      source: 'non-school-ap-standards',
      part: 'the role of commissioners: quality assurance against the standards',
      note: "the 365-day interval is ap-ready's default, not a national frequency",
    },
    {
      source: 'ofsted-operating-guide',
      part: 'alternative provision: quality assurance, safeguarding, curriculum and commissioning',
    },
  ],
  thresholds: ['qa_max_age_days'],
  description: (t) => `The latest QA of a provider in use is older than qa_max_age_days (${t.qa_max_age_days})`,
  messages: {
    overdue: ({
      name,
      date,
      age,
      max,
    }: {
      name: string;
      date: string | number;
      age: string | number;
      max: string | number;
    }) =>
      `The latest quality assurance of "${name}" was on ${date}, ${age} days ago (more than ${max}): carry out and record a new QA visit.`,
  },
  check(ctx) {
    const max = ctx.run.thresholds.qa_max_age_days;
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const last = latest(provider.quality_assurance);
      if (!last) continue;
      const age = daysBetween(last.item.date, ctx.run.asOf);
      if (age > max) {
        ctx.report({ file, path: ['provider', 'quality_assurance', last.index, 'date'] }, 'overdue', {
          name: provider.name,
          date: last.item.date,
          age,
          max,
        });
      }
    }
  },
});
