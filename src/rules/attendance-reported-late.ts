import { defineRule } from './types.js';
import { duration, markAt } from '../attendance/describe.js';

export const attendanceReportedLate = defineRule({
  id: 'attendance-reported-late',
  defaultSeverity: 'warn',
  sources: [
    {
      source: 'non-school-ap-standards',
      part: 'admissions and support: session-by-session attendance tracking and prompt follow-up of absences',
      note: "the 30-minute limit is ap-ready's default, not a figure the standards are known to set",
    },
    { source: 'kcsie', part: 'Part two: children who are absent from education' },
  ],
  thresholds: ['attendance_report_minutes'],
  description: (t) =>
    `Attendance marks reported later than the provider's within_minutes (default attendance_report_minutes, ${t.attendance_report_minutes}) after the session start (one finding per provider, at its latest mark)`,
  messages: {
    late: ({
      provider,
      late,
      reported,
      within,
      median,
      worst,
    }: {
      provider: string;
      late: number;
      reported: number;
      within: number;
      median: string;
      worst: string;
    }) =>
      `"${provider}" reported ${late} of ${reported} attendance marks more than ${within} minutes after the session started (median delay of those ${median}; the worst, ${worst}, is this row): agree with the provider how it will report on time, so an absent pupil is followed up promptly.`,
  },
  check(ctx) {
    const a = ctx.run.attendance;
    if (!a) return;
    for (const p of a.providers) {
      if (p.late === 0 || p.worstMark === undefined) continue;
      ctx.report(markAt(a.records, p.worstMark, 'reported_at'), 'late', {
        provider: p.file.provider?.name ?? p.file.displayPath,
        late: p.late,
        reported: p.reported,
        within: p.withinMinutes,
        median: duration(p.medianLateMinutes!),
        worst: duration(p.worstMinutes!),
      });
    }
  },
});
