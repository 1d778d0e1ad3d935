import { defineRule } from './types.js';
import { latest, providers } from './utils/each.js';

export const qaNotVns = defineRule({
  id: 'qa-not-vns',
  defaultSeverity: 'warn',
  sources: [
    {
      source: 'non-school-ap-standards',
      part: 'the four areas: safeguarding and welfare, health and safety, admissions and support, quality of education',
    },
  ],
  thresholds: [],
  description: () => "An unregistered provider's latest QA was not made against the voluntary national standards",
  messages: {
    notVns: ({ name, date, against }: { name: string; date: string | number; against: string | number }) =>
      `The latest QA of unregistered provider "${name}" (${date}) was made ${against}: assess it against the DfE voluntary national standards and record against: voluntary-national-standards.`,
  },
  check(ctx) {
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      if (provider.registration.status !== 'unregistered') continue;
      const last = latest(provider.quality_assurance);
      if (!last || last.item.against === 'voluntary-national-standards') continue;
      const against = last.item.against ? `against "${last.item.against}"` : 'with no standard recorded';
      ctx.report(
        { file, path: ['provider', 'quality_assurance', last.index, last.item.against ? 'against' : 'date'] },
        'notVns',
        { name: provider.name, date: last.item.date, against },
      );
    }
  },
});
