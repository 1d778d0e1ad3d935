import type { Rule } from './types.js';
import { placements } from './each.js';
import { pupilLabel, schoolDaysBetween } from './terms.js';
import { plural } from '../report/summary.js';

export const offSiteDirection: Rule = {
  id: 'off-site-direction', defaultSeverity: 'error', sources: [{ source: 'education-act-2002-s29a' }, { source: 'off-site-direction-regulations', part: "regulation 3 (notice to parents and the local authority) and the review of a direction" }],
  description: 'An off-site direction notice was given fewer than off_site_direction_notice_days (2) school days before the start',
  check(ctx) {
    const need = ctx.thresholds.off_site_direction_notice_days;
    for (const item of placements(ctx)) {
      const od = item.placement.off_site_direction;
      if (!od) continue;
      const days = schoolDaysBetween(od.notice_date, item.placement.start_date, ctx.config);
      if (days < need) {
        ctx.report(item.file, [...item.at, 'off_site_direction', 'notice_date'], `Written notice of the off-site direction of ${pupilLabel(item.record)} was given on ${od.notice_date}, ${plural(days, 'school day')} before it started on ${item.placement.start_date}: the law requires at least ${need}. Give notice again and move the start date.`);
      }
    }
  },
};
