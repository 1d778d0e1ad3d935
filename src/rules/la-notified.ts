import { defineRule } from './types.js';
import { ACTIVE_OR_UPCOMING, placements } from './utils/each.js';

export const laNotified = defineRule({
  id: 'la-notified',
  defaultSeverity: 'warn',
  sources: [{ source: 'non-school-ap-standards', part: 'the role of commissioners and local authorities' }],
  thresholds: [],
  description: () =>
    'An active or upcoming placement at an unregistered provider, commissioned by the school, has no la_notified date',
  messages: {
    missing: ({ pupil }: { pupil: string }) =>
      `The local authority has not been told of the placement of ${pupil} at this unregistered provider: inform it and record the date as la_notified.`,
  },
  check(ctx) {
    for (const item of placements(ctx, ACTIVE_OR_UPCOMING)) {
      const p = item.placement;
      if (item.provider?.registration.status !== 'unregistered') continue;
      if ((p.commissioned_by ?? 'school') !== 'school' || p.la_notified) continue;
      ctx.report({ file: item.file, path: [...item.at, 'la_notified'], key: true }, 'missing', {
        pupil: ctx.run.label(item.record),
      });
    }
  },
});
