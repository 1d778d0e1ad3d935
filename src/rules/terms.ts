// The terms of rules.md, defined once: every rule and the counts use these.
import type { Config, Thresholds } from '../model/config.js';
import { addDays, dayNumber, minutesOf, weekday } from '../model/dates.js';
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

const isWeekday = (iso: string) => weekday(iso) < 5;
function inTerm(iso: string, config: Config): boolean {
  return (config.term_dates ?? []).some((t) => t.start <= iso && iso <= t.end);
}

/** Weekdays, and only those inside a term when the config gives term dates. */
export function isSchoolDay(iso: string, config: Config): boolean {
  return isWeekday(iso) && (!config.term_dates?.length || inTerm(iso, config));
}

/** School days from `from` (included) to `to` (excluded). */
export function schoolDaysBetween(from: string, to: string, config: Config): number {
  let n = 0;
  for (let d = from; d < to; d = addDays(d, 1)) if (isSchoolDay(d, config)) n++;
  return n;
}

/** Calendar days from `from` to `to`, skipping days outside terms when the config gives term dates. */
export function elapsedDays(from: string, to: string, config: Config): number {
  const a = dayNumber(from)!, b = dayNumber(to)!;
  if (!config.term_dates?.length || b <= a) return b - a;
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (inTerm(d, config)) n++;
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
  return personalDataKind(record.placement.pupil) ? `the pupil of placement ${record.index + 1} (reference hidden)` : `pupil ${record.placement.pupil.trim()}`;
}

export const fmtHours = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(2).replace(/0$/, ''));
