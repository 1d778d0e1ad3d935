// What attendance is counted in, and how one mark adds to a count: present = / \\ L B K P V W (D, dual
// registration, is not a possible session), authorised absence = C C1 C2 E I J1 M R S T, unauthorised = G N O U,
// and X Y1-Y7 Q Z are not possible sessions; attendance % = present / possible. Also the week's shape the
// counting and the reporting share: weekdays, and the morning and afternoon registers.
import type { PlacementFile, PlacementRecord } from '../load/placement-file.js';
import { CATEGORY, UNEXPLAINED } from './codes.js';
import { NO_TIME } from './marks.js';
import type { AttendanceRecords } from './read.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7; // 0 = Monday
/** A mark's time is a morning one before noon. */
export const halfOf = (minutes: number) => (minutes < 720 ? 0 : 1);
/**
 * Registers are taken each morning and each afternoon: a timetabled session is a morning session when it
 * starts before noon and an afternoon one when it ends after 13:00 (09:00-14:00 is both; 13:00 is when the
 * afternoon part of a session that spans lunch is taken to start).
 */
export const NOON = 720,
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

export const empty = (): Counted => ({
  possible: 0,
  present: 0,
  authorised: 0,
  unauthorised: 0,
  unexplained: 0,
  notFollowedUp: 0,
});

export function count(c: Counted, records: AttendanceRecords, i: number): void {
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

export const finish = (c: Counted): Counted => (c.possible > 0 ? { ...c, percent: (100 * c.present) / c.possible } : c);
