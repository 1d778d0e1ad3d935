import { defineRule } from './types.js';
import { placements } from './utils/each.js';
import { pupilLabel } from '../model/placement.js';
import { plural } from '../model/wording.js';

export const offSiteDirection = defineRule({
  id: 'off-site-direction', defaultSeverity: 'error', sources: [{ source: 'education-act-2002-s29a' }, { source: 'off-site-direction-regulations', part: "regulation 3 (notice to parents and the local authority) and the review of a direction" }],
  thresholds: ['off_site_direction_notice_days'],
  description: (t) => `An off-site direction notice was given fewer than off_site_direction_notice_days (${t.off_site_direction_notice_days}) school days before the start`,
  messages: {
    shortNotice: ({ pupil, noticeDate, days, startDate, need }: { pupil: string; noticeDate: string | number; days: string | number; startDate: string | number; need: string | number }) =>
      `Written notice of the off-site direction of ${pupil} was given on ${noticeDate}, ${days} before it started on ${startDate}: the law requires at least ${need}. Give notice again and move the start date.`,
  },
  check(ctx) {
    const need = ctx.run.thresholds.off_site_direction_notice_days;
    for (const item of placements(ctx)) {
      const od = item.placement.off_site_direction;
      if (!od) continue;
      const days = ctx.run.calendar.schoolDaysBetween(od.notice_date, item.placement.start_date);
      if (days < need) {
        ctx.report({ file: item.file, path: [...item.at, 'off_site_direction', 'notice_date'] }, 'shortNotice', { pupil: pupilLabel(item.record), noticeDate: od.notice_date, days: plural(days, 'school day'), startDate: item.placement.start_date, need });
      }
    }
  },
});
