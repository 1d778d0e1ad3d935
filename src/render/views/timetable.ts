// The pupil's week as the documents print it: the whole week from the pupil register against the
// full-time hours for the year group, a part-time timetable's dates, and the attendance of pupils in AP.
import type { CheckResult } from '../../check.js';
import type { RegisterPupil } from '../../run.js';
import type { Thresholds } from '../../model/config.js';
import { fullTimeWeek, fullTimeWeekHours } from '../../model/week.js';
import { isIsoDate } from '../../model/dates.js';
import { pupilKey } from '../../model/placement.js';
import { inAttendanceFigures, shownPercent } from '../../attendance/summary.js';
import { fmtHours } from '../../model/wording.js';

export const yearText = (y: 'R' | number) => (y === 'R' ? 'Reception' : `Year ${y}`);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "4 Dec 2026": short enough for a table cell. */
const shortDate = (iso: string | null | undefined) =>
  iso && isIsoDate(iso)
    ? `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`
    : null;

/** "Agreed with the parent 10 Sep 2026; review 4 Dec 2026; ends 29 Jan 2027", from what is recorded. */
export function partTimeDetails(
  pt: { agreed_with_parent?: string | null; review_date?: string | null; end_date?: string | null } | null | undefined,
): string | null {
  if (!pt) return null;
  const agreed = shortDate(pt.agreed_with_parent),
    review = shortDate(pt.review_date),
    ends = shortDate(pt.end_date);
  const parts = [
    agreed ? `agreed with the parent ${agreed}` : 'agreement with the parent not recorded',
    review && `review ${review}`,
    ends && `ends ${ends}`,
  ].filter(Boolean);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The pupil's whole week, when the register records their school sessions and they are in AP now: the
 * hours of education (school + AP) against the full-time hours for their year group. Null otherwise.
 */
export function wholeWeek(
  reg: RegisterPupil | undefined,
  thresholds: Thresholds,
): { hours: string; needed: string; year: string; fullTime: boolean; clash: boolean } | null {
  if (!reg || !reg.entry || !reg.active.length || !reg.week.schoolKnown) return null;
  const needed = fullTimeWeekHours(reg.yearGroup, thresholds.full_time_week_hours);
  // The same judgement as education-below-full-time (model/week.ts fullTimeWeek): overlaps count once, a clash is never full-time.
  const judged = fullTimeWeek(reg.week, needed);
  return {
    hours: fmtHours(judged.hours),
    needed: fmtHours(needed),
    year: reg.yearGroup === undefined ? 'a pupil whose year group is not recorded' : yearText(reg.yearGroup),
    fullTime: judged.fullTime,
    clash: judged.clash && !judged.below,
  };
}

/**
 * Attendance of the pupils in AP over the last attendance_window_weeks school weeks: present / possible summed
 * over the marks of every placement that counts (active, or ended with marks in the window), shown as every
 * output shows a figure (shownPercent), with how many pupils' marks it covers. The planning call's summary and
 * the attendance document's overall figure are this one computation. Null when no mark counts.
 */
export function attendanceOverall(
  result: CheckResult,
): { percent: number; present: number; possible: number; pupils: number } | null {
  const all = result.run.attendance?.placements;
  if (!all) return null;
  let present = 0,
    possible = 0;
  const pupils = new Set<string>();
  for (const a of all) {
    if (!inAttendanceFigures(a, result.asOf)) continue;
    present += a.window.present;
    possible += a.window.possible;
    if (a.window.possible > 0) pupils.add(pupilKey(a.record.placement.pupil));
  }
  const percent = shownPercent({ present, possible });
  return percent === null ? null : { percent, present, possible, pupils: pupils.size };
}
