import { defineRule } from './types.js';
import { providers } from './utils/each.js';

export const attendanceReporting = defineRule({
  id: 'attendance-reporting',
  defaultSeverity: 'warn',
  sources: [
    {
      source: 'non-school-ap-standards',
      part: 'admissions and support: session-by-session attendance tracking and prompt follow-up of absences',
      note: "the 30-minute limit is ap-ready's default, not a figure the standards are known to set",
    },
  ],
  thresholds: ['attendance_report_minutes'],
  description: (t) =>
    `No attendance-reporting arrangement, or within_minutes is more than attendance_report_minutes (${t.attendance_report_minutes})`,
  messages: {
    missing: ({ name }: { name: string }) =>
      `"${name}" has no attendance-reporting arrangement recorded: agree how (method) and how soon after each session starts (within_minutes) it tells the school about attendance and absence.`,
    noMinutes: ({ name, max }: { name: string; max: string | number }) =>
      `The attendance-reporting arrangement with "${name}" does not say how soon it reports: add within_minutes (at most ${max}).`,
    tooSlow: ({ name, withinMinutes, max }: { name: string; withinMinutes: string | number; max: string | number }) =>
      `"${name}" reports attendance ${withinMinutes} minutes after a session starts (more than ${max}): agree a quicker report so an absent pupil is followed up promptly.`,
  },
  check(ctx) {
    const max = ctx.run.thresholds.attendance_report_minutes;
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const ar = provider.attendance_reporting;
      const at = ['provider', 'attendance_reporting'];
      if (!ar || (!ar.method && (ar.within_minutes === undefined || ar.within_minutes === null))) {
        ctx.report({ file, path: at, key: true }, 'missing', { name: provider.name });
      } else if (ar.within_minutes === undefined || ar.within_minutes === null) {
        ctx.report({ file, path: at, key: true }, 'noMinutes', { name: provider.name, max });
      } else if (ar.within_minutes > max) {
        ctx.report({ file, path: [...at, 'within_minutes'] }, 'tooSlow', {
          name: provider.name,
          withinMinutes: ar.within_minutes,
          max,
        });
      }
    }
  },
});
