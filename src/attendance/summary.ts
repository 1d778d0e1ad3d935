// Marks matched to placements, and what they add up to: the one place attendance is counted (the rules
// and the attendance and planning-call documents read it), as counted.ts counts a mark.
import type { PlacementFile, PlacementRecord } from '../load/placement-file.js';
import type { Config } from '../model/config.js';
import { dayNumber, fromDayNumber, minutesOf } from '../model/dates.js';
import { pupilKey } from '../model/placement.js';
import { Calendar } from '../model/calendar.js';
import { AM, PM } from './marks.js';
import type { AttendanceRecords } from './read.js';
import {
  AFTERNOON,
  count,
  empty,
  finish,
  halfOf,
  NOON,
  WEEKDAYS,
  weekdayOf,
  type Counted,
  type PlacementAttendance,
  type ProviderReporting,
} from './counted.js';
import { reporting } from './reporting.js';
import { matchProviders, type ProviderMatches } from './providers.js';

export type { Counted, PlacementAttendance, ProviderReporting };
export { followedUpSameDay, inAttendanceFigures, shownPercent } from './counted.js';

export interface AttendanceAnalysis {
  records: AttendanceRecords;
  /** The placement files, as given (fileOf indexes this). */
  files: readonly PlacementFile[];
  /** Per mark: index into `placements`, or -1 when no placement runs for that pupil, provider and date. */
  placementOf: Int32Array;
  /** Per mark: index into `files`, or -1 for a provider no file names. */
  fileOf: Int32Array;
  placements: PlacementAttendance[];
  providers: ProviderReporting[];
  /** Whether the pupil (MarkStore pupil id) has any placement in `files[fileIndex]`. */
  hasPupilAt(pupil: number, fileIndex: number): boolean;
  /** First and last day of the window (ISO). */
  windowFrom: string;
  windowTo: string;
  /** Per provider text of the records: its provider file, how it was matched, or the closest when none. */
  providerMatches: ProviderMatches;
}

/** UTF-8 text as the byte string the CSV reader keeps (so a name with ’ or é compares alike). */
const bytes = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

/** The Monday of the oldest of the last `weeks` school weeks before `asOf`, and the day before `asOf`. */
export function attendanceWindow(asOf: string, weeks: number, calendar: Calendar): { from: number; to: number } {
  const to = dayNumber(asOf)! - 1;
  let monday = to - weekdayOf(to),
    found = 0,
    from = monday;
  for (let guard = 0; found < weeks && guard < 60; guard++, monday -= 7) {
    let school = false;
    for (let d = monday; d < monday + 5 && d <= to; d++)
      if (calendar.isSchoolDay(fromDayNumber(d))) {
        school = true;
        break;
      }
    if (school) {
      found++;
      from = monday;
    }
  }
  return { from, to };
}

/** Matches every mark to a placement and counts attendance per placement and reporting per provider. */
export function analyseAttendance(
  records: AttendanceRecords,
  files: readonly PlacementFile[],
  config: Config,
  asOf: string,
  calendar = new Calendar(config.term_dates),
): AttendanceAnalysis {
  const { marks } = records;
  const t = config.thresholds;
  const placements: PlacementAttendance[] = [];
  const spans: { start: number; end: number }[] = [];
  const byPupilAndFile = new Map<string, number[]>();
  files.forEach((file, fi) => {
    if (!file.provider) return;
    for (const record of file.placements) {
      const key = `${fi}\0${bytes(pupilKey(record.placement.pupil))}`;
      let list = byPupilAndFile.get(key);
      if (!list) byPupilAndFile.set(key, (list = []));
      list.push(placements.length);
      const p = record.placement;
      spans.push({
        start: dayNumber(p.start_date) ?? Infinity,
        end: p.end_date ? (dayNumber(p.end_date) ?? Infinity) : Infinity,
      });
      placements.push({ file, record, all: empty(), window: empty(), weeks: [], missing: [] });
    }
  });

  const providerMatches = matchProviders(records.providers.values, files);
  const fileOfProvider = providerMatches.fileOf;
  const candidates = new Map<number, number[]>();
  const placementOf = new Int32Array(marks.length).fill(-1);
  const fileOf = new Int32Array(marks.length);
  const asOfDay = dayNumber(asOf)!;
  const { from, to } = attendanceWindow(asOf, t.attendance_window_weeks, calendar);
  const nWeeks = Math.ceil((to - from + 1) / 7);
  const weekCounts = placements.map(() => Array.from({ length: nWeeks }, empty));
  // Sessions marked, per placement: a bit per half-day from its first day (or attendance.since) to the as-of date.
  const since = config.attendance?.since ? dayNumber(config.attendance.since)! : -Infinity;
  const firstDay = spans.map((s) => Math.max(s.start, since));
  const marked = spans.map((s, pi) =>
    Number.isFinite(firstDay[pi]) && firstDay[pi] < asOfDay
      ? new Uint8Array(Math.max(0, Math.min(asOfDay, s.end + 1) - firstDay[pi]) * 2)
      : new Uint8Array(0),
  );

  for (let i = 0; i < marks.length; i++) {
    const fi = fileOfProvider[marks.provider[i]];
    fileOf[i] = fi;
    if (fi < 0) continue;
    const pairKey = marks.pupil[i] * 1_048_576 + marks.provider[i];
    let list = candidates.get(pairKey);
    if (list === undefined)
      candidates.set(pairKey, (list = byPupilAndFile.get(`${fi}\0${records.pupils.values[marks.pupil[i]]}`) ?? []));
    const day = marks.day[i];
    let pi = -1;
    for (const c of list)
      if (spans[c].start <= day && day <= spans[c].end) {
        pi = c;
        break;
      }
    placementOf[i] = pi;
    if (pi < 0 || day >= asOfDay) continue;
    const pa = placements[pi];
    count(pa.all, records, i);
    if (day >= from && day <= to) {
      count(pa.window, records, i);
      count(weekCounts[pi][Math.floor((day - from) / 7)], records, i);
    }
    const s = marks.session[i],
      bit = (day - firstDay[pi]) * 2 + (s === AM ? 0 : s === PM ? 1 : halfOf(s));
    if (bit >= 0) marked[pi][bit] = 1;
  }

  placements.forEach((pa, pi) => {
    pa.all = finish(pa.all);
    pa.window = finish(pa.window);
    pa.weeks = weekCounts[pi].map((c, w) => ({ monday: fromDayNumber(from + 7 * w), counted: finish(c) }));
    const halves = timetabledHalves(pa.record);
    if (halves.size === 0) return;
    for (let d = firstDay[pi]; d < asOfDay && d <= spans[pi].end; d++) {
      const wanted = halves.get(weekdayOf(d));
      if (!wanted || !calendar.isSchoolDay(fromDayNumber(d))) continue;
      for (const h of wanted)
        if (!marked[pi][(d - firstDay[pi]) * 2 + h]) pa.missing.push({ date: fromDayNumber(d), half: h ? 'pm' : 'am' });
    }
  });

  const hasPupilAt = (pupil: number, fi: number) => byPupilAndFile.has(`${fi}\0${records.pupils.values[pupil]}`);
  return {
    records,
    files,
    hasPupilAt,
    providerMatches,
    placementOf,
    fileOf,
    placements,
    providers: reporting(records, files, placements, placementOf, t.attendance_report_minutes, asOfDay),
    windowFrom: fromDayNumber(from),
    windowTo: fromDayNumber(to),
  };
}

/** Weekday (0 = Monday) → the halves (0 am, 1 pm) the placement's timetable has a session in. */
function timetabledHalves(record: PlacementRecord): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const s of record.placement.sessions ?? []) {
    const start = minutesOf(s.start),
      end = minutesOf(s.end);
    if (start === undefined || end === undefined) continue;
    const wd = WEEKDAYS.indexOf(s.day);
    let set = out.get(wd);
    if (!set) out.set(wd, (set = new Set()));
    if (start < NOON) set.add(0);
    if (end > AFTERNOON || start >= NOON) set.add(1);
  }
  return out;
}
