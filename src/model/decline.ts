// Whether attendance is falling: across a placement's last three reviews, or over the last school weeks
// of marks. One computation for the attendance-declining rule and the documents.

/** Percentages are shown to one decimal place at most, and compared as shown. */
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The last three reviews' attendance, when it fell at each step (never rose) and by more than `max` points
 * from the first to the last. `reviews` are oldest first.
 */
export function reviewDecline(reviews: readonly { date: string; percent: number }[], max: number) {
  if (reviews.length < 3) return undefined;
  const last3 = reviews.slice(-3);
  const [a, b, c] = last3.map((r) => r.percent);
  const fall = round1(a - c);
  if (!(b <= a && c <= b && fall > max)) return undefined;
  return { figures: [a, b, c].map(round1), dates: last3.map((r) => r.date), fall };
}

/**
 * The last three school weeks with marks against the three before them (weeks with no possible session,
 * such as a half-term, are skipped), when attendance fell by more than `max` points. `weeks` are oldest first.
 */
export function weeklyDecline(weeks: readonly { possible: number; present: number }[], max: number) {
  const marked = weeks.filter((w) => w.possible > 0);
  if (marked.length < 6) return undefined;
  const pct = (ws: typeof marked) => {
    const possible = ws.reduce((s, w) => s + w.possible, 0);
    return (100 * ws.reduce((s, w) => s + w.present, 0)) / possible;
  };
  const before = round1(pct(marked.slice(-6, -3))),
    after = round1(pct(marked.slice(-3)));
  const fall = round1(before - after);
  return fall > max ? { before, after, fall } : undefined;
}
