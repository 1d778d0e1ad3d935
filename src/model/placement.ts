// The words for a placement that every rule, the counts and the documents share: its state on a date,
// its weekly hours, who the pupil is (and how messages may name them), and what counts as a registered school.
import { minutesOf } from './dates.js';
import type { Placement, Provider, Session } from './schema.js';
import { REGISTERED_SCHOOL_TYPES } from './vocabulary.js';
import type { Thresholds } from './config.js';
import { DEFAULT_PUPIL_REFERENCE_PATTERN, referenceMatcher } from './reference-pattern.js';
import { capText } from './wording.js';

/** One valid placement of a file, with its index in the file's `placements` list (0-based). */
export interface PlacementRecord {
  index: number;
  placement: Placement;
  /**
   * Set when items of a list were left out because one of their values could not be read (a bad date in a
   * review, say: reported as date-format or schema, while the rest of the placement still counts): for each
   * such list, the index in the file of each item kept.
   */
  listIndex?: Partial<Record<SalvageList, number[]>>;
}

/** Lists of a placement whose unreadable items are left out rather than the whole placement. */
export const SALVAGE_LISTS = ['reviews', 'objectives', 'qualifications'] as const;
export type SalvageList = (typeof SALVAGE_LISTS)[number];

/** The index in the file of item `i` of a placement's list (they differ once an unreadable item was left out). */
export const fileIndex = (record: PlacementRecord, list: SalvageList, i: number): number =>
  record.listIndex?.[list]?.[i] ?? i;

export type PlacementState = 'active' | 'upcoming' | 'ended';

/** active: started and not ended; upcoming: starts after the as-of date; ended: end_date before it. */
export function placementState(p: Placement, asOf: string): PlacementState {
  if (p.start_date > asOf) return 'upcoming';
  if (p.end_date && p.end_date < asOf) return 'ended';
  return 'active';
}

/** Hours of one session, or undefined when its times are not valid HH:MM or it does not end after it starts. */
export function sessionHours(s: Session): number | undefined {
  const a = minutesOf(s.start),
    b = minutesOf(s.end);
  if (a === undefined || b === undefined || b <= a) return undefined;
  return (b - a) / 60;
}

/** Whether two sessions fall on the same day at overlapping times (bad times never overlap). */
export function sessionsOverlap(a: Session, b: Session): boolean {
  const a0 = minutesOf(a.start),
    a1 = minutesOf(a.end),
    b0 = minutesOf(b.start),
    b1 = minutesOf(b.end);
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

export { pupilKey } from './pupil-key.js';

/** Years 12 and 13 are past compulsory school age: not counted for registration. */
export const compulsoryAge = (p: Placement) => p.year_group !== 12 && p.year_group !== 13;

export const isFullTime = (hours: number | undefined, t: Thresholds) =>
  hours !== undefined && hours > t.full_time_hours;

export const isRegisteredSchool = (provider: Provider) =>
  provider.registration.status === 'registered' &&
  (REGISTERED_SCHOOL_TYPES as readonly string[]).includes(provider.registration.type ?? '');

/** A part-time timetable is current while its end_date has not passed (or it has none). */
export function hasCurrentPartTime(p: Placement, asOf: string): boolean {
  const pt = p.part_time_timetable;
  return !!pt && (!pt.end_date || pt.end_date >= asOf);
}

const UPN = /^[A-Z]\d{11}[A-Z0-9]$/;
const NI_NUMBER = /^[A-Z]{2}\d{6}[A-D]$/;
const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
const DATE_LIKE = /\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/;
const LETTER = /\p{L}/u;
const DIGIT = /\d/;

/** An 8-digit run that reads as a real date, ddmmyyyy or yyyymmdd (a date of birth written without separators). */
function compactDate(s: string): boolean {
  for (const m of s.matchAll(/(?<!\d)\d{8}(?!\d)/g)) {
    const d = m[0];
    const ok = (y: number, mo: number, da: number) =>
      y >= 1990 && y <= 2040 && mo >= 1 && mo <= 12 && da >= 1 && da <= 31;
    if (ok(+d.slice(4), +d.slice(2, 4), +d.slice(0, 2)) || ok(+d.slice(0, 4), +d.slice(4, 6), +d.slice(6))) return true;
  }
  return false;
}

/**
 * Why a pupil reference looks like personal data, or undefined. Never returns the value itself.
 * Anything with letters and no digit at all ("Jayden", "jsmith", "Smith, John", "Zoë Smith") is taken for a
 * name: a pseudonymous reference carries a number.
 */
export function personalDataKind(ref: string): string | undefined {
  const trimmed = ref.normalize('NFC').trim();
  const compact = trimmed.replace(/\s+/g, '').toUpperCase();
  if (trimmed.includes('@')) return 'an email address';
  if (UPN.test(compact)) return 'a unique pupil number (UPN)';
  if (NI_NUMBER.test(compact)) return 'a National Insurance number';
  if (DATE_LIKE.test(trimmed) || compactDate(trimmed) || (MONTH.test(trimmed) && DIGIT.test(trimmed))) return 'a date';
  if (LETTER.test(trimmed) && !DIGIT.test(trimmed)) return 'a name';
  return undefined;
}

/** References longer than this are never shown or matched against the school's pattern (bounded work). */
export const MAX_REFERENCE = 64;
/** What is wrong with a pupil reference, or undefined: personal-looking, or not in the school's pattern. */
export function referenceProblem(ref: string, patternSource: string): { kind: string } | { pattern: true } | undefined {
  const kind = personalDataKind(ref);
  if (kind) return { kind };
  const trimmed = ref.trim();
  if (trimmed.length > MAX_REFERENCE || !referenceMatcher(patternSource).test(trimmed)) return { pattern: true };
  return undefined;
}

/**
 * How messages name a pupil inside a sentence: the reference, unless it looks personal or is not in the
 * school's pattern (a run names its pupils with its config's pattern: Run.label; the default otherwise).
 */
export function pupilLabel(
  record: PlacementRecord,
  pattern = DEFAULT_PUPIL_REFERENCE_PATTERN,
  hidden = referenceProblem(record.placement.pupil, pattern) !== undefined,
): string {
  return hidden
    ? `the pupil of placement ${record.index + 1} (reference hidden)`
    : `pupil ${capText(record.placement.pupil.trim())}`;
}
