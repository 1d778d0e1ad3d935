// How providers' names are compared, across an area's schools and between attendance files and provider
// files: GIAS matching's normaliser ("&" as "and", punctuation, case, accents, "The"), then without a legal
// form at the end (Ltd, Limited, CIC, Community Interest Company, LLP, PLC, CIO), which people write or
// leave out as they please.
import { normaliseName } from './match.js';

const LEGAL_SUFFIXES = [
  ['community', 'interest', 'company'],
  ['charitable', 'incorporated', 'organisation'],
  ['ltd'],
  ['limited'],
  ['cic'],
  ['llp'],
  ['plc'],
  ['cio'],
  ['c', 'i', 'c'],
];

/** "Green Shoots Care Farm C.I.C." and "green shoots care farm" are the same: "green shoots care farm". */
export function providerName(name: string | null | undefined): string {
  const words = normaliseName(name).split(' ').filter(Boolean);
  let cut = true;
  while (cut && words.length > 1) {
    cut = false;
    for (const suffix of LEGAL_SUFFIXES) {
      if (words.length > suffix.length && suffix.every((w, i) => words[words.length - suffix.length + i] === w)) {
        words.length -= suffix.length;
        cut = true;
        break;
      }
    }
  }
  return words.join(' ');
}

/** Levenshtein distance, stopping once it passes `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/**
 * Whether two compared names (providerName's) look like one provider written two ways: a small typing
 * difference, or every word of one inside the other ("green shoots" and "green shoots care farm").
 */
export function closeNames(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if (distance(a, b, 2) <= (Math.min(a.length, b.length) >= 8 ? 2 : 1)) return true;
  const wa = new Set(a.split(' ')),
    wb = new Set(b.split(' '));
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  return [...small].every((w) => big.has(w)) && [...small].some((w) => w.length > 3);
}

/** Of `names` (providerName's), the index of the one closest to `name` by edit distance, or -1 when `names` is empty. */
export function closestName(name: string, names: readonly string[]): number {
  let best = -1,
    bestDistance = Infinity;
  names.forEach((n, i) => {
    const d = distance(name, n, Math.max(name.length, n.length));
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}
