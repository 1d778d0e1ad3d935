import type { Rule } from './types.js';
import { attendanceFor } from '../attendance/summary.js';
import { duration, markAt } from '../attendance/describe.js';

const messages = {
  late: (d: { provider: string; late: number; reported: number; within: number; median: string; worst: string }) =>
    `"${d.provider}" reported ${d.late} of ${d.reported} attendance marks more than ${d.within} minutes after the session started (median delay of those ${d.median}; the worst, ${d.worst}, is this row): agree with the provider how it will report on time, so an absent pupil is followed up promptly.`,
};

export const attendanceReportedLate: Rule = {
  id: 'attendance-reported-late', defaultSeverity: 'warn', sources: ['VNS', 'KCSIE'],
  description: "Attendance marks reported later than the provider's within_minutes (default attendance_report_minutes) after the session start (one finding per provider, at its latest mark)",
  check(ctx) {
    if (!ctx.attendance) return;
    const a = attendanceFor(ctx.attendance, ctx.files, ctx.config, ctx.asOf);
    for (const p of a.providers) {
      if (p.late === 0 || p.worstMark === undefined) continue;
      ctx.reportAt(markAt(a.records, p.worstMark, 'reported_at'), messages.late({
        provider: p.file.provider?.name ?? p.file.displayPath, late: p.late, reported: p.reported, within: p.withinMinutes,
        median: duration(p.medianLateMinutes!), worst: duration(p.worstMinutes!),
      }));
    }
  },
};
