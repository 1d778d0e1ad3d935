// The words for a placement that every rule, the counts and the documents share: its state on a date,
// its weekly hours, who the pupil is (and how messages may name them), and what counts as a registered school.
import { minutesOf } from './dates.js';
import type { Placement, Provider, Session } from './schema.js';
import { REGISTERED_SCHOOL_TYPES } from './vocabulary.js';
import type { Thresholds } from './config.js';

/** One valid placement of a file, with its index in the file's `placements` list (0-based). */
export interface PlacementRecord {
  index: number;
  placement: Placement;
}

export type PlacementState = 'active' | 'upcoming' | 'ended';

/** active: started and not ended; upcoming: starts after the as-of date; ended: end_date before it. */
export function placementState(p: Placement, asOf: string): PlacementState {
  if (p.start_date > asOf) return 'upcoming';
  if (p.end_date && p.end_date < asOf) return 'ended';
  return 'active';
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

/** How messages name a pupil inside a sentence: the reference, unless it looks like personal data. */
export function pupilLabel(record: PlacementRecord): string {
  return personalDataKind(record.placement.pupil) ? `the pupil of placement ${record.index + 1} (reference hidden)` : `pupil ${record.placement.pupil.trim()}`;
}
