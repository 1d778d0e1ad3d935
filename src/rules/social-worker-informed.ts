import { defineRule } from './types.js';
import { providerName } from './utils/pupils.js';
import { sentence } from '../model/wording.js';
import { KCSIE_AP } from '../model/sources.js';

export const socialWorkerInformed = defineRule({
  id: 'social-worker-informed',
  defaultSeverity: 'warn',
  sources: [
    KCSIE_AP,
    { source: 'arranging-ap', part: 'sharing information with the provider and other professionals' },
  ],
  thresholds: [],
  description: () =>
    'A placement of a pupil with a social worker (pupil register) has no social_worker_informed date on or before its start',
  messages: {
    missing: ({ pupil, provider }: { pupil: string; provider: string }) =>
      `${sentence(pupil)} has a social worker, but this placement at ${provider} does not record that the social worker was told of it: tell them and record the date (social_worker_informed).`,
    late: ({ pupil, start, date }: { pupil: string; start: string; date: string }) =>
      `The social worker of ${pupil} was told on ${date}, after the placement started on ${start}: tell the social worker before a placement starts.`,
  },
  check(ctx) {
    for (const p of ctx.run.registerPupils) {
      if (!p.socialWorker) continue;
      for (const item of p.items) {
        const date = item.placement.social_worker_informed;
        const start = item.placement.start_date;
        if (!date)
          ctx.report({ file: item.file, path: [...item.at, 'pupil'] }, 'missing', {
            pupil: p.label,
            provider: providerName(item),
          });
        else if (date > start)
          ctx.report({ file: item.file, path: [...item.at, 'social_worker_informed'] }, 'late', {
            pupil: p.label,
            start,
            date,
          });
      }
    }
  },
});
