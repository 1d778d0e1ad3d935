// The figures of the governors' termly report, for one term: who was in AP, placements started and ended,
// how they ended, reviews on time, objectives met, and spend. Counted from the run; nothing here names a pupil.
import type { Run, PlacementItem } from '../../run.js';
import type { Term } from '../../model/terms.js';
import { daysAWeek, pupilKey } from '../../model/placement.js';
import { lookedAfterOf, sendOf } from '../../model/pupil-facts.js';
import { heldReviews, objectivesMet } from '../../model/progress.js';
import { Calendar } from '../../model/calendar.js';

const WEEKDAYS = new Calendar(null);

export interface TermFigures {
  pupils: number;
  send: number;
  ehcp: number;
  lookedAfter: number;
  partTime: number;
  started: number;
  ended: number;
  /** Outcome result → placements ended in the term. */
  outcomes: Map<string, number>;
  destinations: Map<string, number>;
  /** Half-terms in which a placement running through it had a review, of those it should have. */
  reviewsOnTime: number;
  reviewsDue: number;
  /** Objectives of placements ended in the term that were met, of all their objectives. */
  objectivesMet: number;
  objectivesOf: number;
  /** Provider name → estimated spend in pounds over the term (placements with a cost). */
  spend: Map<string, number>;
}

const overlaps = (i: PlacementItem, t: Term) =>
  i.placement.start_date <= t.end && (!i.placement.end_date || i.placement.end_date >= t.start);

export function termFigures(run: Run, term: Term): TermFigures {
  const inTerm = run.placements.filter((i) => overlaps(i, term));
  const byPupil = new Map<string, PlacementItem[]>();
  for (const i of inTerm) {
    const k = pupilKey(i.placement.pupil);
    byPupil.set(k, [...(byPupil.get(k) ?? []), i]);
  }
  const register = (k: string) => run.register?.byRef.get(k)?.pupil;
  let send = 0,
    ehcp = 0,
    lookedAfter = 0,
    partTime = 0;
  for (const [k, items] of byPupil) {
    const e = register(k);
    const s = sendOf(
      e?.send,
      items.map((i) => i.placement.send),
    );
    if (s && s !== 'none') send++;
    if (s === 'ehcp') ehcp++;
    if (
      lookedAfterOf(
        e?.looked_after,
        items.map((i) => i.placement.looked_after),
      )
    )
      lookedAfter++;
    const pt = [e?.part_time_timetable, ...items.map((i) => i.placement.part_time_timetable)].some(
      (p) =>
        p && (!p.end_date || p.end_date >= term.start) && (!p.agreed_with_parent || p.agreed_with_parent <= term.end),
    );
    if (pt) partTime++;
  }
  const endedIn = inTerm.filter(
    (i) =>
      i.placement.end_date &&
      i.placement.end_date >= term.start &&
      i.placement.end_date <= term.end &&
      i.placement.end_date < run.asOf,
  );
  const outcomes = new Map<string, number>(),
    destinations = new Map<string, number>();
  let met = 0,
    of = 0;
  for (const i of endedIn) {
    const r = i.placement.outcome?.result ?? 'not-recorded';
    outcomes.set(r, (outcomes.get(r) ?? 0) + 1);
    const d = i.placement.destination_category ?? 'not-recorded';
    destinations.set(d, (destinations.get(d) ?? 0) + 1);
    met += objectivesMet(i.placement, run.asOf).length;
    of += (i.placement.objectives ?? []).length;
  }
  // A placement running for the whole of a half-term of this term that has ended by the as-of date should
  // have had a review in it (or in the holiday just after, before the next half-term began).
  const halves = run.calendar.halfTerms().filter((h) => h.start >= term.start && h.end <= term.end && h.end < run.asOf);
  const all = run.calendar.halfTerms();
  let onTime = 0,
    due = 0;
  for (const i of inTerm) {
    const p = i.placement;
    for (const h of halves) {
      if (p.start_date > h.start || (p.end_date && p.end_date < h.end)) continue;
      due++;
      const next = all[all.indexOf(h) + 1];
      const until = next ? next.start : h.end;
      if (heldReviews(p, run.asOf).some((r) => r.review.date >= h.start && r.review.date < until)) onTime++;
    }
  }
  const spend = new Map<string, number>();
  const termCovered =
    halves.length > 0 || run.calendar.halfTerms().some((h) => h.start <= term.end && h.end >= term.start);
  for (const i of inTerm) {
    const cost = i.placement.cost;
    if (!cost) continue;
    const from = i.placement.start_date > term.start ? i.placement.start_date : term.start;
    const endLimit = [term.end, i.placement.end_date ?? term.end].sort()[0];
    const to = new Date(Date.parse(`${endLimit}T00:00:00Z`) + 864e5).toISOString().slice(0, 10);
    // Term time when the config's term dates cover this term; otherwise (a past year's term) weekdays.
    const weeks = (termCovered ? run.calendar : WEEKDAYS).schoolDaysBetween(from, to) / 5;
    const perWeek =
      cost.per === 'week' ? 1 : cost.per === 'day' ? daysAWeek(i.placement) : (i.placement.sessions ?? []).length;
    const name = i.provider?.name.trim() ?? i.file.displayPath;
    spend.set(name, (spend.get(name) ?? 0) + cost.amount * perWeek * weeks);
  }
  return {
    pupils: byPupil.size,
    send,
    ehcp,
    lookedAfter,
    partTime,
    started: inTerm.filter(
      (i) =>
        i.placement.start_date >= term.start &&
        i.placement.start_date <= term.end &&
        i.placement.start_date <= run.asOf,
    ).length,
    ended: endedIn.length,
    outcomes,
    destinations,
    reviewsOnTime: onTime,
    reviewsDue: due,
    objectivesMet: met,
    objectivesOf: of,
    spend,
  };
}
