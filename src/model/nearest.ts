// "Did you mean": the closest word to a typo, for keys and rule ids.

/** Edit distance, for "did you mean". */
export function distance(a: string, b: string): number {
  const d: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** The closest of `choices` to `word`, when it is close enough to be a likely typo. */
export function nearest(word: string, choices: readonly string[]): string | undefined {
  if (word.length > 60) return undefined; // no key is that long: not a typo, and costly to compare
  let best: string | undefined,
    bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of choices) {
    const dd = distance(w, c.toLowerCase());
    if (dd < bestD) {
      best = c;
      bestD = dd;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
