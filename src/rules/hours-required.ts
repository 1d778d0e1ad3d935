import type { Rule } from './types.js';
import { placements } from './each.js';
import { pupilLabel } from './terms.js';

export const hoursRequired: Rule = {
  id: 'hours-required', defaultSeverity: 'error', sources: [{ source: 'ofsted-operating-guide', part: "the initial planning call: off-site alternative provision" }],
  description: 'A placement has neither hours_per_week nor sessions',
  check(ctx) {
    for (const item of placements(ctx)) {
      const p = item.placement;
      if ((p.hours_per_week === undefined || p.hours_per_week === null) && !p.sessions?.length) {
        ctx.report(item.file, item.at, `The placement of ${pupilLabel(item.record)} records no hours: add hours_per_week or the weekly sessions (day, start, end).`);
      }
    }
  },
};
