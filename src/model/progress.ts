// A placement's journey, worked out one way for every rule, the due list and the documents: which
// objective a review's progress line means, the reviews held by a date, each objective's latest status,
// the objectives met, and when the next review falls due (half-termly from the term dates).
import type { Calendar } from './calendar.js';
import { addDays, daysBetween } from './dates.js';
import type { Objective, Placement, Review } from './schema.js';
import type { ProgressStatus } from './vocabulary.js';

/** `met`, `not-met` and `dropped` close an objective: nothing more is owed on it. */
export const CLOSED_STATUSES: readonly ProgressStatus[] = ['met', 'not-met', 'dropped'];

/**
 * The index of the objective a progress line or `objectives_met` entry names: by id (trimmed, any case),
 * else a whole number is its position counting from 1. Undefined when it names none.
 */
export function objectiveIndex(
  objectives: readonly Objective[] | null | undefined,
  ref: string | number,
): number | undefined {
  const list = objectives ?? [];
  if (typeof ref === 'string') {
    const key = ref.trim().toLowerCase();
    const i = list.findIndex((o) => o.id != null && o.id.trim().toLowerCase() === key);
    return i >= 0 ? i : undefined;
  }
  return Number.isInteger(ref) && ref >= 1 && ref <= list.length ? ref - 1 : undefined;
}

/** How a message or document names objective `i`: its id, else its position ("objective 2"). */
export const objectiveName = (objectives: readonly Objective[] | null | undefined, i: number): string => {
  const id = objectives?.[i]?.id;
  return id ? `objective "${id}"` : `objective ${i + 1}`;
};

export interface HeldReview {
  review: Review;
  index: number;
}

const NO_REVIEWS: readonly HeldReview[] = Object.freeze([]);

/**
 * The reviews held on or before `asOf`, oldest first (a review dated later is a plan, not a meeting). Most
 * files list them in date order, so they are sorted only when they are not (several rules ask this of
 * every placement).
 */
export function heldReviews(p: Placement, asOf: string): readonly HeldReview[] {
  const reviews = p.reviews;
  if (!reviews?.length) return NO_REVIEWS;
  const out: HeldReview[] = [];
  let ordered = true;
  for (let index = 0; index < reviews.length; index++) {
    const review = reviews[index];
    if (review.date > asOf) continue;
    if (out.length && out[out.length - 1].review.date > review.date) ordered = false;
    out.push({ review, index });
  }
  if (!ordered)
    out.sort((a, b) => (a.review.date < b.review.date ? -1 : a.review.date > b.review.date ? 1 : a.index - b.index));
  return out;
}

/** The latest review held on or before `asOf` (the last of heldReviews: the later in the file of two on one date), listing none. */
export function lastHeldReview(p: Placement, asOf: string): HeldReview | undefined {
  const reviews = p.reviews ?? [];
  let last = -1;
  for (let i = 0; i < reviews.length; i++)
    if (reviews[i].date <= asOf && (last < 0 || reviews[i].date >= reviews[last].date)) last = i;
  return last < 0 ? undefined : { review: reviews[last], index: last };
}

export interface ProgressPoint {
  date: string;
  reviewIndex: number;
  status: ProgressStatus;
  value?: number;
}

/** Each objective's progress at each review held by `asOf`, oldest first (one list per objective). */
export function progressByObjective(p: Placement, asOf: string): ProgressPoint[][] {
  const out: ProgressPoint[][] = (p.objectives ?? []).map(() => []);
  for (const { review, index } of heldReviews(p, asOf)) {
    for (const line of review.progress ?? []) {
      const i = objectiveIndex(p.objectives, line.objective);
      if (i === undefined) continue;
      out[i].push({ date: review.date, reviewIndex: index, status: line.status, value: line.value ?? undefined });
    }
  }
  return out;
}

/** Whether any review held by `asOf` records progress against an objective. */
export const recordsProgress = (p: Placement, asOf: string): boolean =>
  progressByObjective(p, asOf).some((points) => points.length > 0);

/**
 * The objectives met (indexes): the outcome's `objectives_met` when it gives them, else those whose latest
 * recorded status is `met`.
 */
export function objectivesMet(p: Placement, asOf: string): number[] {
  const listed = p.outcome?.objectives_met;
  if (listed && listed.length) {
    return [
      ...new Set(listed.map((ref) => objectiveIndex(p.objectives, ref)).filter((i): i is number => i !== undefined)),
    ].sort((a, b) => a - b);
  }
  return progressByObjective(p, asOf).flatMap((points, i) => (points.at(-1)?.status === 'met' ? [i] : []));
}

/** The share of objectives on track (on-track or met) at the placement's latest review that records progress. */
export function onTrackAtLastReview(
  p: Placement,
  asOf: string,
): { onTrack: number; of: number; date: string } | undefined {
  const held = heldReviews(p, asOf).filter((r) => (r.review.progress ?? []).length > 0);
  const last = held.at(-1);
  if (!last) return undefined;
  const lines = (last.review.progress ?? []).filter((l) => objectiveIndex(p.objectives, l.objective) !== undefined);
  if (!lines.length) return undefined;
  return {
    onTrack: lines.filter((l) => l.status === 'on-track' || l.status === 'met').length,
    of: lines.length,
    date: last.review.date,
  };
}

/** Whether the pupil's own view was heard at a review. */
export const pupilTookPart = (r: Review): boolean => (r.took_part ?? []).includes('pupil');

/**
 * When a placement's next review falls due if reviews are at least half-termly: the last day of the
 * half-term after the one holding `since` (the last review, or the start). A date in a holiday belongs to
 * the half-term just ended (a review in half-term week reviews it). Without term dates, or past the last
 * term the config lists, it is `intervalDays` after `since`.
 */
export function halfTermlyDue(
  calendar: Calendar,
  since: string,
  intervalDays: number,
): { due: string; halfTerm?: { start: string; end: string } } {
  const halves = calendar.halfTerms();
  let k = -1;
  for (let i = 0; i < halves.length && halves[i].start <= since; i++) k = i;
  const next = halves[k + 1];
  if (!halves.length || !next) return { due: addDays(since, intervalDays) };
  return { due: next.end, halfTerm: next };
}

/** Whole weeks a placement has run: from its start to its end, or to the as-of date while it runs (0 before it starts). */
export function weeksInPlacement(p: Placement, asOf: string): number {
  const until = p.end_date && p.end_date < asOf ? p.end_date : asOf;
  return until <= p.start_date ? 0 : Math.floor(daysBetween(p.start_date, until) / 7);
}
