// The terms of rules.md, defined once: every rule and the counts use these.
import type { Config, Thresholds } from '../model/config.js';
import { dayNumber, minutesOf } from '../model/dates.js';
import type { Placement, Provider, Session } from '../model/schema.js';
import { REGISTERED_SCHOOL_TYPES } from '../model/schema.js';
import type { PlacementFile, PlacementRecord } from '../load/placement-file.js';

export type PlacementState = 'active' | 'upcoming' | 'ended';

/** active: started and not ended; upcoming: starts after the as-of date; ended: end_date before it. */
export function placementState(p: Placement, asOf: string): PlacementState {
  if (p.start_date > asOf) return 'upcoming';
  if (p.end_date && p.end_date < asOf) return 'ended';
  return 'active';
}
export const isActive = (p: Placement, asOf: string) => placementState(p, asOf) === 'active';
export const isActiveOrUpcoming = (p: Placement, asOf: string) => placementState(p, asOf) !== 'ended';

/** A provider is in use when it has an active or upcoming placement. */
export function inUse(file: PlacementFile, asOf: string): boolean {
  return file.placements.some((r) => isActiveOrUpcoming(r.placement, asOf));
}

/** Hours of one session, or undefined when its times are not valid HH:MM or it does not end after it starts. */
export function sessionHours(s: Session): number | undefined {
  const a = minutesOf(s.start), b = minutesOf(s.end);
  if (a === undefined || b === undefined || b <= a) return undefined;
  return (b - a) / 60;
}

/** Whether two sessions fall on the same day at overlapping times (bad times never overlap). */
export function sessionsOverlap(a: Session, b: Session): boolean {
  const a0 = minutesOf(a.start), a1 = minutesOf(a.end), b0 = minutesOf(b.start), b1 = minutesOf(b.end);
  if (a.day !== b.day || a0 === undefined || a1 === undefined || b0 === undefined || b1 === undefined) return false;
  return a0 < b1 && b0 < a1;
}

/** Sum of the sessions' hours (each session once a week); undefined without sessions. */
export function sessionsTotal(p: Placement): number | undefined {
  if (!p.sessions || p.sessions.length === 0) return undefined;
  return p.sessions.reduce((sum, s) => sum + (sessionHours(s) ?? 0), 0);
}

/** hours_per_week when given, else the sessions' sum; undefined when there is neither. */
export function weeklyHours(p: Placement): number | undefined {
  return p.hours_per_week ?? sessionsTotal(p);
}

/** Distinct days among the sessions. */
export function daysAWeek(p: Placement): number {
  return new Set((p.sessions ?? []).map((s) => s.day)).size;
}

/** Pupil references compare trimmed and case-insensitively. */
export const pupilKey = (ref: string) => ref.trim().toLowerCase();

/** Years 12 and 13 are past compulsory school age: not counted for registration. */
export const compulsoryAge = (p: Placement) => p.year_group !== 12 && p.year_group !== 13;

export const isFullTime = (hours: number | undefined, t: Thresholds) => hours !== undefined && hours > t.full_time_hours;

export const isRegisteredSchool = (provider: Provider) =>
  provider.registration.status === 'registered' && (REGISTERED_SCHOOL_TYPES as readonly string[]).includes(provider.registration.type ?? '');

/** A part-time timetable is current while its end_date has not passed (or it has none). */
export function hasCurrentPartTime(p: Placement, asOf: string): boolean {
  const pt = p.part_time_timetable;
  return !!pt && (!pt.end_date || pt.end_date >= asOf);
}

// Terms as whole-day numbers, sorted and merged into disjoint ranges once per config: every count below is
// arithmetic over these ranges (no day-by-day loops), so 0000-01-01 → 9999-12-30 costs what a week does.
const termCache = new WeakMap<Config, [number, number][]>();
function terms(config: Config): [number, number][] {
  let t = termCache.get(config);
  if (!t) {
    const sorted = (config.term_dates ?? []).map((term) => [dayNumber(term.start)!, dayNumber(term.end)!] as [number, number])
      .filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0]);
    t = [];
    for (const [a, b] of sorted) {
      const last = t[t.length - 1];
      if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
      else t.push([a, b]);
    }
    termCache.set(config, t);
  }
  return t;
}
const inTerm = (day: number, t: readonly [number, number][]) => {
  let lo = 0, hi = t.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (day < t[mid][0]) hi = mid - 1; else if (day > t[mid][1]) lo = mid + 1; else return true;
  }
  return false;
};
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7; // 0 = Monday; 1970-01-01 was a Thursday
/** Weekdays among the days before `day` (counted from a Monday far back; only differences are used). */
const weekdaysBefore = (day: number) => {
  const x = day + 3; // day -3 was a Monday
  const weeks = Math.floor(x / 7);
  return weeks * 5 + Math.min(x - weeks * 7, 5);
};
/** Weekdays in [a, b). */
const weekdaysIn = (a: number, b: number) => (b > a ? weekdaysBefore(b) - weekdaysBefore(a) : 0);

/** Weekdays, and only those inside a term when the config gives term dates. */
export function isSchoolDay(iso: string, config: Config): boolean {
  const day = dayNumber(iso)!, t = terms(config);
  return weekdayOf(day) < 5 && (!t.length || inTerm(day, t));
}

/** School days from `from` (included) to `to` (excluded). */
export function schoolDaysBetween(from: string, to: string, config: Config): number {
  const t = terms(config);
  const a = dayNumber(from)!, b = dayNumber(to)!;
  if (!t.length) return weekdaysIn(a, b);
  let n = 0;
  for (const [s, e] of t) {
    if (s >= b) break;
    n += weekdaysIn(Math.max(a, s), Math.min(b, e + 1));
  }
  return n;
}

/** Calendar days from `from` to `to`, skipping days outside terms when the config gives term dates. */
export function elapsedDays(from: string, to: string, config: Config): number {
  const a = dayNumber(from)!, b = dayNumber(to)!, t = terms(config);
  if (!t.length || b <= a) return b - a;
  let n = 0; // days d with a < d <= b inside a term
  for (const [s, e] of t) {
    if (s > b) break;
    n += Math.max(0, Math.min(b, e) - Math.max(a + 1, s) + 1);
  }
  return n;
}

const WORD = /^[A-Z][a-z'’-]+$/;
const UPN = /^[A-Z]\d{11}[A-Z0-9]$/;
const DATE_LIKE = /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

/** Why a pupil reference looks like personal data, or undefined. Never returns the value itself. */
export function personalDataKind(ref: string): string | undefined {
  const trimmed = ref.trim();
  if (trimmed.split(/\s+/).filter((w) => WORD.test(w)).length >= 2) return 'a name';
  if (DATE_LIKE.test(trimmed)) return 'a date';
  if (trimmed.includes('@')) return 'an email address';
  if (UPN.test(trimmed.toUpperCase())) return 'a unique pupil number (UPN)';
  return undefined;
}

/** How messages name a pupil: the reference, unless it looks like personal data. */
export function pupilLabel(record: PlacementRecord): string {
  return personalDataKind(record.placement.pupil) ? `the pupil of placement ${record.index + 1} (reference hidden)` : `pupil ${shortRef(record.placement.pupil.trim())}`;
}

const shortRef = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

export const fmtHours = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(2).replace(/0$/, ''));
