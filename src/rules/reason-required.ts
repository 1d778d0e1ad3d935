import type { Rule } from './types.js';
import { ACTIVE_OR_UPCOMING, blank, placements } from './each.js';
import { pupilLabel } from './terms.js';

export const reasonRequired: Rule = {
  id: 'reason-required', defaultSeverity: 'error', sources: [{ source: 'ofsted-operating-guide', part: "the initial planning call: off-site alternative provision" }],
  description: 'An active or upcoming placement has no reason, or an empty one',
  check(ctx) {
    for (const item of placements(ctx, ACTIVE_OR_UPCOMING)) {
      if (blank(item.placement.reason)) {
        ctx.report(item.file, [...item.at, 'reason'], `The placement of ${pupilLabel(item.record)} has no reason: say in a sentence why the pupil attends this provider (Ofsted asks for it in the planning call).`, { key: true });
      }
    }
  },
};
