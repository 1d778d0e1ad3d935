// Marks matched to placements, and what they add up to: the one place attendance is counted (the rules
// and, later, the attendance and planning-call documents read it). Counting follows the DfE's: present
// = / \ L B K P V W (D, dual registration, is not a possible session), authorised absence = C C1 C2 E I J1 M R S T, unauthorised = G N O U, and X Y1-Y7
// Q Z are not possible sessions; attendance % = present / possible.
import { basename, extname } from 'node:path';
import type { PlacementFile, PlacementRecord } from '../load/placement-file.js';
import type { Config } from '../model/config.js';
import { dayNumber, fromDayNumber, minutesOf } from '../model/dates.js';
import { pupilKey } from '../model/placement.js';
import { Calendar } from '../model/calendar.js';
import { CATEGORY, UNEXPLAINED } from './codes.js';
import { AM, NO_TIME, PM } from './marks.js';
import type { AttendanceRecords } from './read.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7; // 0 = Monday
/** A mark's time is a morning one before noon. */
const halfOf = (minutes: number) => (minutes < 720 ? 0 : 1);
/**
 * Registers are taken each morning and each afternoon: a timetabled session is a morning session when it
 * starts before noon and an afternoon one when it ends after 13:00 (09:00-14:00 is both; 13:00 is when the
 * afternoon part of a session that spans lunch is taken to start).
 */
const NOON = 720,
  AFTERNOON = 780;

export interface Counted {
  /** Sessions that count: every mark except X, Y1-Y7, Q, Z. */
  possible: number;
  present: number;
  authorised: number;
  unauthorised: number;
  /** N, O or absent. */
  unexplained: number;
  /** Unexplained absences with no follow-up that day. */
  notFollowedUp: number;
  /** present / possible × 100, undefined without a possible session. */
  percent?: number;
}

export interface PlacementAttendance {
  file: PlacementFile;
  record: PlacementRecord;
  /** Every mark of this placement dated before the as-of date. */
  all: Counted;
  /** The last `attendance_window_weeks` school weeks. */
  window: Counted;
  /** Week by week over the window, oldest first: the Monday, and the counts. */
  weeks: { monday: string; counted: Counted }[];
  /** Timetabled sessions (school days, since the later of start and attendance.since, before as-of) with no mark: ISO date and am/pm. */
  missing: { date: string; half: 'am' | 'pm' }[];
}

export interface ProviderReporting {
  file: PlacementFile;
  /** Marks with a reported_at and a known session start. */
  reported: number;
  late: number;
  withinMinutes: number;
  /** Delays in minutes of the late marks. */
  medianLateMinutes?: number;
  worstMinutes?: number;
  /** The mark with the worst delay. */
  worstMark?: number;
}

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
}

/** UTF-8 text as the byte string the CSV reader keeps (so a name with ’ or é compares alike). */
const bytes = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

const empty = (): Counted => ({
  possible: 0,
  present: 0,
  authorised: 0,
  unauthorised: 0,
  unexplained: 0,
  notFollowedUp: 0,
});

function count(c: Counted, records: AttendanceRecords, i: number): void {
  const m = records.marks.mark[i],
    cat = CATEGORY[m];
  if (cat === 'not-possible') return;
  c.possible++;
  if (cat === 'present') c.present++;
  else if (cat === 'authorised') c.authorised++;
  else c.unauthorised++;
  if (UNEXPLAINED[m]) {
    c.unexplained++;
    if (!followedUpSameDay(records, i)) c.notFollowedUp++;
  }
}

export function followedUpSameDay(records: AttendanceRecords, i: number): boolean {
  const t = records.marks.followedUpAt[i];
  return t !== NO_TIME && Math.floor(t / 1440) === records.marks.day[i];
}

/**
 * An attendance figure as every output shows it: present ÷ possible as a percentage, rounded down to one
 * decimal place (89.96% shows as 89.9%, never as 90%, the line attendance-low draws); null with no possible session.
 */
export function shownPercent(c: Pick<Counted, 'present' | 'possible'>): number | null {
  return c.possible > 0 ? Math.floor((1000 * c.present) / c.possible) / 10 : null;
}

/**
 * Whether a placement's marks count in the school's figure for "attendance of pupils in AP": active on the
 * as-of date, so the figure covers the same pupils as "pupils in AP" (a placement that ended keeps its own row
 * in the attendance document, but its pupil is no longer in AP).
 */
export function inAttendanceFigures(pa: PlacementAttendance, asOf: string): boolean {
  const p = pa.record.placement;
  return p.start_date <= asOf && (!p.end_date || p.end_date >= asOf);
}

const finish = (c: Counted): Counted => (c.possible > 0 ? { ...c, percent: (100 * c.present) / c.possible } : c);

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
  // Provider text → file: the file's name without .yaml, or the provider's exact name.
  const fileByText = new Map<string, number>();
  files.forEach((f, i) => {
    if (!f.provider) return;
    fileByText.set(bytes(basename(f.path, extname(f.path))), i);
    if (!fileByText.has(bytes(f.provider.name.trim()))) fileByText.set(bytes(f.provider.name.trim()), i);
  });
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

  const fileOfProvider = records.providers.values.map((text) => fileByText.get(text) ?? -1);
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

/** Per placement: its timetabled session's start in each half of each weekday (weekday × 2 + half), or -1; `cache` is the analysis's. */
function timetabledStarts(record: PlacementRecord, cache: Map<PlacementRecord, Int16Array>): Int16Array {
  let starts = cache.get(record);
  if (!starts) {
    starts = new Int16Array(14).fill(-1);
    for (let wd = 0; wd < 7; wd++) {
      for (const half of [AM, PM])
        starts[wd * 2 + (half === AM ? 0 : 1)] = timetabledStart(record, WEEKDAYS[wd], half) ?? -1;
    }
    cache.set(record, starts);
  }
  return starts;
}

/** The start of the session a mark is for: its own HH:MM, or the timetabled session in that half of that weekday. */
function sessionStart(
  records: AttendanceRecords,
  i: number,
  pa: PlacementAttendance,
  cache: Map<PlacementRecord, Int16Array>,
): number | undefined {
  const s = records.marks.session[i];
  if (s >= 0) return s;
  const start = timetabledStarts(pa.record, cache)[weekdayOf(records.marks.day[i]) * 2 + (s === AM ? 0 : 1)];
  return start < 0 ? undefined : start;
}

function timetabledStart(record: PlacementRecord, wd: string, s: number): number | undefined {
  const pa = { record };
  let best: number | undefined;
  for (const session of pa.record.placement.sessions ?? []) {
    let start = minutesOf(session.start);
    const end = minutesOf(session.end);
    if (session.day !== wd || start === undefined || end === undefined) continue;
    if (s === AM && start >= NOON) continue;
    if (s === PM) {
      if (start < NOON && end <= AFTERNOON) continue;
      if (start < NOON) start = AFTERNOON;
    }
    if (best === undefined || start < best) best = start;
  }
  return best;
}

function reporting(
  records: AttendanceRecords,
  files: readonly PlacementFile[],
  placements: PlacementAttendance[],
  placementOf: Int32Array,
  defaultMinutes: number,
  asOfDay: number,
): ProviderReporting[] {
  const byFile = new Map<PlacementFile, { delays: number[]; reported: number; worst: number; worstMark: number }>();
  const { marks } = records;
  const starts = new Map<PlacementRecord, Int16Array>();
  for (let i = 0; i < marks.length; i++) {
    const pi = placementOf[i];
    if (pi < 0 || marks.reportedAt[i] === NO_TIME || marks.day[i] >= asOfDay) continue;
    const pa = placements[pi];
    const start = sessionStart(records, i, pa, starts);
    if (start === undefined) continue;
    let r = byFile.get(pa.file);
    if (!r) byFile.set(pa.file, (r = { delays: [], reported: 0, worst: -Infinity, worstMark: -1 }));
    r.reported++;
    const within = pa.file.provider?.attendance_reporting?.within_minutes ?? defaultMinutes;
    const delay = marks.reportedAt[i] - (marks.day[i] * 1440 + start);
    if (delay > within) {
      r.delays.push(delay);
      if (delay > r.worst) {
        r.worst = delay;
        r.worstMark = i;
      }
    }
  }
  return files
    .filter((f) => byFile.has(f))
    .map((file) => {
      const r = byFile.get(file)!;
      const sorted = r.delays.sort((a, b) => a - b);
      const withinMinutes = file.provider?.attendance_reporting?.within_minutes ?? defaultMinutes;
      if (sorted.length === 0) return { file, reported: r.reported, late: 0, withinMinutes };
      const median =
        sorted.length % 2
          ? sorted[sorted.length >> 1]
          : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
      return {
        file,
        reported: r.reported,
        late: sorted.length,
        withinMinutes,
        medianLateMinutes: median,
        worstMinutes: r.worst,
        worstMark: r.worstMark,
      };
    });
}
