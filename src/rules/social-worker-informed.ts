import type { Rule } from './types.js';
import { providerName } from './pupils.js';
import { registerPupils } from './register.js';

export const messages = {
  missing: (d: { who: string; provider: string }) =>
    `${d.who} has a social worker, but this placement at ${d.provider} does not record that the social worker was told of it: tell them and record the date (social_worker_informed).`,
  late: (d: { who: string; start: string; date: string }) =>
    `The social worker of ${d.who} was told on ${d.date}, after the placement started on ${d.start}: tell the social worker before a placement starts.`,
};

export const socialWorkerInformed: Rule = {
  id: 'social-worker-informed', defaultSeverity: 'warn', sources: ['KCSIE'],
  description: "A placement of a pupil with a social worker (pupil register) has no social_worker_informed date on or before its start",
  check(ctx) {
    for (const p of registerPupils(ctx)) {
      if (!p.socialWorker) continue;
      for (const item of p.items) {
        const date = item.placement.social_worker_informed;
        if (!date) ctx.report(item.file, [...item.at, 'pupil'], messages.missing({ who: p.label, provider: providerName(item) }));
        else if (date > item.placement.start_date) ctx.report(item.file, [...item.at, 'social_worker_informed'], messages.late({ who: p.label, start: item.placement.start_date, date }));
      }
    }
  },
};
