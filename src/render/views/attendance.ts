// The view of the attendance document (templates/attendance.hbs): per provider, per pupil, the marks the
// providers sent over the last school weeks, counted as the DfE counts them, a week-by-week grid, and how
// promptly each provider reported. Everything comes from the run's attendance analysis; a mark's note is
// never read here, and a pupil appears only by the reference in the placement file (never the CSV's text).
import type { CheckResult } from '../../check.js';
import { attendanceSummary, type Counted, type PlacementAttendance } from '../../attendance/index.js';
import { inAttendanceFigures, shownPercent } from '../../attendance/summary.js';
import { duration } from '../../attendance/describe.js';
import { addDays } from '../../model/dates.js';
import { placementState } from '../../model/placement.js';
import { DOCUMENT_INFO, type AttendanceView, type ViewOptions } from './types.js';
import type { AttendancePupilView, AttendanceProviderView, CountsView, Level } from './week-types.js';
import { base } from './base.js';
import { byText, providerName, pupilReference, yearGroup } from './view-helpers.js';

const ZERO: Counted = { possible: 0, present: 0, authorised: 0, unauthorised: 0, unexplained: 0, notFollowedUp: 0 };

function sum(list: Counted[]): Counted {
  const c = { ...ZERO };
  for (const x of list) {
    c.possible += x.possible;
    c.present += x.present;
    c.authorised += x.authorised;
    c.unauthorised += x.unauthorised;
    c.unexplained += x.unexplained;
    c.notFollowedUp += x.notFollowedUp;
  }
  return c;
}

export function attendanceView(result: CheckResult, options: ViewOptions): AttendanceView {
  const run = result.run;
  const t = run.thresholds;
  const level = (percent: number | null): Level =>
    percent === null
      ? 'none'
      : percent < t.attendance_severe_percent
        ? 'severe'
        : percent < t.attendance_persistent_percent
          ? 'low'
          : 'ok';
  // One rounding for every figure (shownPercent: down, to one decimal): 89.96% is below 90% and never prints as 90%.
  const pct = (c: Counted) => shownPercent(c);
  const counts = (c: Counted): CountsView => {
    const percent = pct(c);
    return {
      possible: c.possible,
      present: c.present,
      authorised: c.authorised,
      unauthorised: c.unauthorised,
      unexplained: c.unexplained,
      notFollowedUp: c.notFollowedUp,
      percent,
      level: level(percent),
    };
  };
  const folder = result.config.attendance?.folder ?? 'attendance';
  const analysis = run.attendance;
  const common = {
    ...base(DOCUMENT_INFO.attendance, result, options),
    folder,
    windowWeeks: t.attendance_window_weeks,
    persistentPercent: t.attendance_persistent_percent,
    severePercent: t.attendance_severe_percent,
  };
  const empty: AttendanceView = {
    ...common,
    hasRecords: false,
    windowFrom: null,
    windowTo: null,
    weeks: [],
    providers: [],
    overall: counts(ZERO),
    pupilsBelowPersistent: 0,
    pupilsBelowSevere: 0,
    pupilsCounted: 0,
    notFollowedUp: 0,
    providersLate: 0,
  };
  if (!analysis || analysis.records.marks.length === 0) return empty;

  const summary = attendanceSummary(analysis);
  const asOf = result.asOf;
  // The grid shows school weeks only: a half-term week inside the window has no column.
  const allWeeks = summary.providers[0]?.placements[0]?.weeks.map((w) => w.monday) ?? [];
  const schoolWeek = (monday: string) => [0, 1, 2, 3, 4].some((d) => run.calendar.isSchoolDay(addDays(monday, d)));
  const weekIndexes = allWeeks
    .map((m, i) => [m, i] as const)
    .filter(([m]) => schoolWeek(m))
    .map(([, i]) => i);
  const weeks = weekIndexes.map((i) => ({
    monday: allWeeks[i],
    friday: addDays(allWeeks[i], 4),
    label: shortDate(allWeeks[i]),
  }));

  const pupilRow = (pa: PlacementAttendance): AttendancePupilView => {
    const p = pa.record.placement;
    const inWindow = pa.missing.filter((m) => m.date >= summary.windowFrom && m.date <= summary.windowTo);
    return {
      ...pupilReference(pa.record),
      yearGroup: yearGroup(p),
      startDate: p.start_date,
      endDate: p.end_date ?? null,
      ended: placementState(p, asOf) === 'ended',
      counts: counts(pa.window),
      missing: inWindow.length,
      weeks: weekIndexes.map((i) => {
        const w = pa.weeks[i],
          monday = w.monday,
          friday = addDays(monday, 4);
        const percent = pct(w.counted);
        return {
          text: w.counted.possible > 0 ? `${w.counted.present} of ${w.counted.possible}` : null,
          percent,
          level: level(percent),
          missing: inWindow.filter((m) => m.date >= monday && m.date <= friday).length,
          notPlaced: p.start_date > friday || (!!p.end_date && p.end_date < monday),
        };
      }),
    };
  };

  const providers: AttendanceProviderView[] = [];
  for (const pr of summary.providers) {
    // A provider's pupils: those placed there now, and those whose placement ended with marks in the window.
    // A provider's pupils: those placed there now, and those whose placement ended with marks in the window.
    const shown = pr.placements.filter((pa) => {
      const state = placementState(pa.record.placement, asOf);
      return state === 'active' || (state === 'ended' && pa.window.possible > 0);
    });
    const rows = shown
      .map(pupilRow)
      .sort(
        (a, b) =>
          Number(a.hidden) - Number(b.hidden) ||
          byText(a.reference, b.reference) ||
          (a.startDate < b.startDate ? -1 : 1),
      );
    if (rows.length === 0) continue;
    const total = sum(shown.map((pa) => pa.window));
    const r = pr.reporting;
    providers.push({
      position: 0,
      name: providerName(pr.file),
      phone: pr.file.provider?.contact?.phone?.trim() || null,
      pupils: rows,
      total: counts(total),
      reporting: r
        ? {
            reported: r.reported,
            late: r.late,
            withinMinutes: r.withinMinutes,
            median: r.medianLateMinutes === undefined ? null : duration(r.medianLateMinutes),
            worst: r.worstMinutes === undefined ? null : duration(r.worstMinutes),
          }
        : null,
      noMarks: total.possible === 0,
    });
  }
  providers.sort((a, b) => byText(a.name, b.name));
  providers.forEach((p, i) => {
    p.position = i + 1;
  });

  const rows = providers.flatMap((p) => p.pupils);
  const counted = rows.filter((r) => r.counts.percent !== null);
  return {
    ...common,
    hasRecords: true,
    windowFrom: summary.windowFrom,
    windowTo: summary.windowTo,
    weeks,
    providers,
    // The same placements and rounding as the planning call's figure (attendanceOverall): those active now.
    overall: counts(
      sum(
        summary.providers.flatMap((pr) =>
          pr.placements.filter((pa) => inAttendanceFigures(pa, asOf)).map((pa) => pa.window),
        ),
      ),
    ),
    pupilsCounted: counted.length,
    pupilsBelowPersistent: counted.filter((r) => r.counts.level === 'low' || r.counts.level === 'severe').length,
    pupilsBelowSevere: counted.filter((r) => r.counts.level === 'severe').length,
    notFollowedUp: rows.reduce((n, r) => n + r.counts.notFollowedUp, 0),
    providersLate: providers.filter((p) => p.reporting && p.reporting.late > 0).length,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "28 Sep": a week's Monday in a narrow column heading (the window's full dates are written above the tables). */
const shortDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
