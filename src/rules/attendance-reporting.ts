import type { Rule } from './types.js';
import { providers } from './each.js';

export const attendanceReporting: Rule = {
  id: 'attendance-reporting', defaultSeverity: 'warn', sources: [{ source: 'non-school-ap-standards', part: "admissions and support: session-by-session attendance tracking and prompt follow-up of absences", note: "the 30-minute limit is ap-ready's default, not a figure the standards are known to set" }],
  description: 'No attendance-reporting arrangement, or within_minutes is more than attendance_report_minutes (30)',
  check(ctx) {
    const max = ctx.thresholds.attendance_report_minutes;
    for (const { file, provider } of providers(ctx, { inUseOnly: true })) {
      const ar = provider.attendance_reporting;
      const at = ['provider', 'attendance_reporting'];
      if (!ar || (!ar.method && (ar.within_minutes === undefined || ar.within_minutes === null))) {
        ctx.report(file, at, `"${provider.name}" has no attendance-reporting arrangement recorded: agree how (method) and how soon after each session starts (within_minutes) it tells the school about attendance and absence.`, { key: true });
      } else if (ar.within_minutes === undefined || ar.within_minutes === null) {
        ctx.report(file, at, `The attendance-reporting arrangement with "${provider.name}" does not say how soon it reports: add within_minutes (at most ${max}).`, { key: true });
      } else if (ar.within_minutes > max) {
        ctx.report(file, [...at, 'within_minutes'], `"${provider.name}" reports attendance ${ar.within_minutes} minutes after a session starts (more than ${max}): agree a quicker report so an absent pupil is followed up promptly.`);
      }
    }
  },
};
