// The whole week of one pupil: school sessions plus the sessions at every active provider, laid out on
// the school days of the as-of week, morning and afternoon, with the week's hours of education.
// Pure: it takes plain values and returns plain values (the rules, and later the whereabouts document
// and the planning call, read the same result).
import { addDays, minutesOf, weekday } from './dates.js';
import type { Placement } from './schema.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type HalfDay = 'am' | 'pm';

/**
 * The morning ends and the afternoon starts at 12:00. Schools set their own session times and the
 * registration regulations (SI 2024/208 reg 10) speak only of a morning and an afternoon session, so
 * noon is the neutral split. A session counts for a half-day it covers for at least MIN_HALF_MINUTES,
 * so a 09:30–12:30 session is a morning and does not hide an empty afternoon.
 */
export const NOON = 12 * 60;
export const MIN_HALF_MINUTES = 60;

/** A weekly session: the day and HH:MM times (as the placement and register files write them). */
export interface WeekSessionInput {
  day: string;
  start: string;
  end: string;
  online?: boolean | null;
}

/** One active placement, as the week needs it. */
export interface WeekPlacementInput {
  /** Who to show: the provider's name. */
  provider: string;
  placement: Pick<Placement, 'start_date' | 'end_date' | 'hours_per_week' | 'sessions'>;
  /** The provider delivers online (every session then counts as online). */
  online?: boolean;
  /** Caller's own handle (e.g. the placement's file and index), passed through untouched. */
  id?: unknown;
}

export type Place =
  | { kind: 'school'; start: string; end: string }
  | { kind: 'provider'; provider: string; start: string; end: string; online: boolean; id?: unknown };

export interface HalfDayView {
  /** Everything timetabled in this half-day (school, providers), in start order; empty = nowhere recorded. */
  places: Place[];
}

export interface DayView {
  date: string;
  day: Weekday;
  /** A school day (a weekday, in term when term dates are given). Other days carry no places. */
  schoolDay: boolean;
  am: HalfDayView;
  pm: HalfDayView;
}

export interface PupilWeek {
  /** Monday of the as-of week. */
  monday: string;
  days: DayView[];
  /** Whether the pupil's school sessions are recorded (`school_sessions` given, even as []). */
  schoolKnown: boolean;
  /** Weekly hours in school (each school session once a week). */
  schoolHours: number;
  /** Weekly hours at providers active on the as-of date (hours_per_week, else the sessions' sum). */
  apHours: number;
  /** schoolHours + apHours: the week's hours of education as timetabled (an overlap counted twice). */
  hours: number;
  /** Hours counted twice because sessions overlap (school and AP, or two providers) on the same weekday. */
  overlapHours: number;
  /** Half-days of school days with nothing recorded, e.g. ["tue pm"] (only meaningful when schoolKnown). */
  gaps: string[];
}

export interface PupilWeekInput {
  asOf: string;
  /** undefined or null: the school sessions are not recorded. [] : no time in school. */
  schoolSessions: readonly WeekSessionInput[] | null | undefined;
  placements: readonly WeekPlacementInput[];
  /** Whether a date is a school day (weekday, term dates). */
  isSchoolDay: (iso: string) => boolean;
  /** The as-of week, when the caller has it (a run works it out once for all its pupils); else made here. */
  frame?: WeekFrame;
}

/** The as-of week: its Monday, the dates Monday to Friday, and which of them are school days. */
export interface WeekFrame {
  asOf: string;
  monday: string;
  dates: string[];
  schoolDay: boolean[];
}

const hoursOf = (s: WeekSessionInput) => {
  const a = minutesOf(s.start),
    b = minutesOf(s.end);
  return a === undefined || b === undefined || b <= a ? 0 : (b - a) / 60;
};

/** The half-days a session counts for. */
export function halvesOf(s: { start: string; end: string }): HalfDay[] {
  const bits = halfBits(s);
  return bits === 3 ? ['am', 'pm'] : bits === 1 ? ['am'] : bits === 2 ? ['pm'] : [];
}

/** halvesOf as bits, 1 the morning and 2 the afternoon, 0 for a session whose times are not valid. */
function halfBits(s: { start: string; end: string }): number {
  const a = minutesOf(s.start),
    b = minutesOf(s.end);
  if (a === undefined || b === undefined || b <= a) return 0;
  let bits = 0;
  if (Math.min(b, NOON) - a >= MIN_HALF_MINUTES) bits |= 1;
  if (b - Math.max(a, NOON) >= MIN_HALF_MINUTES) bits |= 2;
  // A short session (under an hour) still places the pupil: it counts where it starts.
  return bits || (a < NOON ? 1 : 2);
}

const activeOn = (p: WeekPlacementInput['placement'], iso: string) =>
  p.start_date <= iso && (!p.end_date || p.end_date >= iso);

/** The as-of week's dates and which are school days: the same for every pupil of a run (the Run holds it). */
export function weekFrame(asOf: string, isSchoolDay: (iso: string) => boolean): WeekFrame {
  const monday = addDays(asOf, -Math.min(weekday(asOf), 6));
  const dates = WEEKDAYS.map((_, i) => addDays(monday, i));
  return { asOf, monday, dates, schoolDay: dates.map((d) => isSchoolDay(d)) };
}

const frameOf = (input: { asOf: string; isSchoolDay: (iso: string) => boolean; frame?: WeekFrame }) =>
  input.frame?.asOf === input.asOf ? input.frame : weekFrame(input.asOf, input.isSchoolDay);

/**
 * Each session of each placement that falls on a school day of the week while the placement is active there,
 * with the weekday's index (0 = Monday), in the order the placements and their sessions are listed.
 */
function eachActiveSession(
  placements: readonly WeekPlacementInput[],
  frame: { dates: string[]; schoolDay: boolean[] },
  fn: (i: number, s: WeekSessionInput, p: WeekPlacementInput) => void,
): void {
  for (const p of placements) {
    for (const s of p.placement.sessions ?? []) {
      const i = (WEEKDAYS as readonly string[]).indexOf(s.day);
      if (i >= 0 && frame.schoolDay[i] && activeOn(p.placement, frame.dates[i])) fn(i, s, p);
    }
  }
}

/** The pupil's week as of `asOf` (Monday to Friday of the week holding it). */
export function pupilWeek(input: PupilWeekInput): PupilWeek {
  const frame = frameOf(input);
  const { monday, dates, schoolDay } = frame;
  const school = input.schoolSessions ?? [];
  const days: DayView[] = WEEKDAYS.map((day, i) => ({
    date: dates[i],
    day,
    schoolDay: schoolDay[i],
    am: { places: [] },
    pm: { places: [] },
  }));
  // Each session goes to its own weekday: school sessions first, then each provider's in order, as listed.
  const put = (i: number, s: WeekSessionInput, place: () => Place) => {
    const halves = halvesOf(s);
    if (!halves.length) return;
    const made = place();
    for (const h of halves) days[i][h].places.push(made);
  };
  for (const s of school) {
    const i = (WEEKDAYS as readonly string[]).indexOf(s.day);
    if (i >= 0 && schoolDay[i]) put(i, s, () => ({ kind: 'school', start: s.start, end: s.end }));
  }
  eachActiveSession(input.placements, frame, (i, s, p) =>
    put(i, s, () => ({
      kind: 'provider',
      provider: p.provider,
      start: s.start,
      end: s.end,
      online: !!(p.online || s.online),
      id: p.id,
    })),
  );
  const gaps: string[] = [];
  for (const view of days) {
    if (!view.schoolDay) continue;
    for (const h of ['am', 'pm'] as const) {
      const places = view[h].places;
      if (places.length > 1) places.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
      if (!places.length) gaps.push(`${view.day} ${h}`);
    }
  }
  const schoolHours = school.reduce((sum, s) => sum + hoursOf(s), 0);
  const apHours = input.placements
    .filter((p) => activeOn(p.placement, input.asOf))
    .reduce(
      (sum, p) =>
        sum + (p.placement.hours_per_week ?? (p.placement.sessions ?? []).reduce((t, s) => t + hoursOf(s), 0)),
      0,
    );
  const activeSessions = input.placements
    .filter((p) => activeOn(p.placement, input.asOf))
    .flatMap((p) => p.placement.sessions ?? []);
  return {
    monday,
    days,
    schoolKnown: input.schoolSessions !== undefined && input.schoolSessions !== null,
    schoolHours,
    apHours,
    hours: schoolHours + apHours,
    overlapHours: overlapHours([...school, ...activeSessions]),
    gaps,
  };
}

/** Hours a week that sessions on the same weekday share: the sum of their lengths less the length of their union. */
export function overlapHours(sessions: readonly WeekSessionInput[]): number {
  const byDay = new Map<string, [number, number][]>();
  for (const s of sessions) {
    const a = minutesOf(s.start),
      b = minutesOf(s.end);
    if (a === undefined || b === undefined || b <= a) continue;
    let list = byDay.get(s.day);
    if (!list) byDay.set(s.day, (list = []));
    list.push([a, b]);
  }
  let shared = 0;
  for (const list of byDay.values()) {
    list.sort((x, y) => x[0] - y[0]);
    let total = 0,
      union = 0,
      end = -1,
      start = -1;
    for (const [a, b] of list) {
      total += b - a;
      if (a >= end) {
        union += end - start;
        start = a;
        end = b;
      } else if (b > end) end = b;
    }
    union += end - start;
    shared += total - union;
  }
  return shared / 60;
}

/**
 * Whether a pupil's week is full-time: the one judgement behind education-below-full-time and every
 * document's "Full-time timetable". An overlap counts once (a week that double-counts a clash is never
 * called full-time on the strength of the double count).
 */
export function fullTimeWeek(
  week: Pick<PupilWeek, 'hours' | 'overlapHours'>,
  needed: number,
): { hours: number; below: boolean; clash: boolean; fullTime: boolean } {
  const hours = week.hours - week.overlapHours;
  const below = hours + 1e-9 < needed,
    clash = week.overlapHours > 1e-9;
  return { hours, below, clash, fullTime: !below && !clash };
}

/**
 * The school days of the as-of week with a half-day no active placement's session covers, as pupilWeek would
 * show them with the school's sessions not recorded: what whereabouts-unknown says for each pupil of a school
 * with no register, worked out without laying out the whole week (it runs for every pupil in AP).
 */
export function uncoveredDays(input: Omit<PupilWeekInput, 'schoolSessions'>): Weekday[] {
  const frame = frameOf(input);
  const covered = [0, 0, 0, 0, 0]; // per weekday: 1 = morning, 2 = afternoon
  eachActiveSession(input.placements, frame, (i, s) => {
    covered[i] |= halfBits(s);
  });
  return WEEKDAYS.filter((_, i) => frame.schoolDay[i] && covered[i] !== 3);
}

/** Full-time weekly hours for a year group, from the `full_time_week_hours` thresholds. */
export function fullTimeWeekHours(
  yearGroup: 'R' | number | null | undefined,
  t: { reception_to_y2: number; y3_to_y6: number; y7_to_y10: number; y11: number; unknown: number },
): number {
  if (yearGroup === 'R' || yearGroup === 1 || yearGroup === 2) return t.reception_to_y2;
  if (typeof yearGroup !== 'number') return t.unknown;
  if (yearGroup <= 6) return t.y3_to_y6;
  if (yearGroup <= 10) return t.y7_to_y10;
  if (yearGroup === 11) return t.y11;
  return t.unknown; // Years 12–13: past compulsory school age; no benchmark is published
}
