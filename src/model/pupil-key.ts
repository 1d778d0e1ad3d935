// The key pupil references are compared by. Kept apart from placement.ts because it keeps a cache between calls
// (a pure function of its argument, the same for every run), which test/architecture/per-run-state.test.ts
// allows here by name.

/** Keys already made, by the reference as written (cleared when it grows past KEYS_KEPT: a cache, never a store). */
const keys = new Map<string, string>();
const KEYS_KEPT = 100_000;
/** The longest reference kept (pseudonymous references such as P-0042 are far shorter). */
const SHORT = 12;

/**
 * Pupil references compare trimmed and case-insensitively. Rules and the area overview's tables ask this of the
 * same references over and over, to put pupils in maps and sets: the same key string each time, instead of a new
 * one whose hash the map works out again. With the area's keys made once too (areaPupilKey) and the tables' own
 * repeated work gone, the first build of the area overview of 300 schools' 6,000 files went from 1.45-1.56 s to
 * 0.97-1.06 s (bench/README.md).
 */
export function pupilKey(ref: string): string {
  // Only short references are kept: V8 makes a string of 13 characters or more cut from a file's text a view into
  // that text, and a cache that lives between runs must not hold a whole file's text alive for one reference.
  if (ref.length > SHORT) return ref.trim().toLowerCase();
  let key = keys.get(ref);
  if (key === undefined) {
    if (keys.size >= KEYS_KEPT) keys.clear();
    keys.set(ref, (key = ref.trim().toLowerCase()));
  }
  return key;
}
