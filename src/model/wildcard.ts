// A file name or a provider's word against a pattern where * stands for any run of characters and ? for one:
// "inkwell-*.csv", "Late*". Case is ignored. Matched by the classic two-pointer walk (back to the last *), so a
// pattern such as *a*a*a…b takes time in proportion to the lengths multiplied, never exponential time.

/** Whether `text` matches `pattern` (* any run, ? one character, case ignored). */
export function wildcardMatch(pattern: string, text: string): boolean {
  const p = pattern.toLowerCase(),
    t = text.toLowerCase();
  let i = 0,
    j = 0,
    star = -1,
    mark = 0;
  while (j < t.length) {
    if (i < p.length && (p[i] === '?' || (p[i] === t[j] && p[i] !== '*'))) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      mark = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}
