import { defineRule } from './types.js';
import { ACTIVE_OR_UPCOMING, blank, placements } from './utils/each.js';
import { PLANNING_CALL_SOURCES } from '../model/sources.js';

export const reasonRequired = defineRule({
  id: 'reason-required',
  defaultSeverity: 'error',
  sources: [...PLANNING_CALL_SOURCES],
  thresholds: [],
  description: () => 'An active or upcoming placement has no reason, or an empty one',
  messages: {
    missing: ({ pupil }: { pupil: string }) =>
      `The placement of ${pupil} has no reason: say in a sentence why the pupil attends this provider (Ofsted asks for it in the planning call).`,
  },
  check(ctx) {
    for (const item of placements(ctx, ACTIVE_OR_UPCOMING)) {
      if (blank(item.placement.reason)) {
        ctx.report({ file: item.file, path: [...item.at, 'reason'], key: true }, 'missing', {
          pupil: ctx.run.label(item.record),
        });
      }
    }
  },
});
