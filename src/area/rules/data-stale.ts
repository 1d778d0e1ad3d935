// area-data-stale: a school's placement records, as read, were last committed longer ago than the area's
// stale_after_days: the overview would describe the school as it was then, not as it is now.
import { daysBetween } from '../../model/dates.js';
import { defineAreaRule } from './types.js';

export const areaDataStale = defineAreaRule({
  id: 'area-data-stale',
  defaultSeverity: 'warn',
  sources: [{ source: 'area-send-handbook', part: 'oversight of school-commissioned alternative provision' }],
  thresholds: [],
  description: () =>
    "A school's placement records, as read (the commit of its repository), are older than the area's stale_after_days (default 14)",
  messages: {
    stale: ({ school, date, days, max }: { school: string; date: string; days: number; max: number }) =>
      `${school}'s placement records were last committed on ${date}, ${days} days before the as-of date (more than stale_after_days, ${max}): its figures may be out of date. Ask the school to commit and push its changes, or check the ref: in area.yaml.`,
  },
  check(ctx) {
    const max = ctx.area.staleAfterDays;
    for (const school of ctx.area.schools) {
      if (!school.dataAsOf) continue;
      const days = daysBetween(school.dataAsOf, ctx.area.asOf);
      if (days > max)
        ctx.report({ file: ctx.area.file, path: ['schools', school.index] }, 'stale', {
          school: school.name,
          date: school.dataAsOf,
          days,
          max,
        });
    }
  },
});
