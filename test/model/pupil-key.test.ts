// Pupil references compare trimmed and case-insensitively; pupilKey keeps the keys it made (a cache of a pure
// function), so it must give the same answer however often, and in whatever order, it is asked.
import { describe, expect, it } from 'vitest';
import { pupilKey } from '../../src/model/placement.js';

describe('pupilKey', () => {
  it.each([
    ['P-0042', 'p-0042'],
    ['  p-0042 ', 'p-0042'],
    ['P-0042\t', 'p-0042'],
    ['AB12', 'ab12'],
    ['', ''],
    ['  SCHOOL-2025-P-0042  ', 'school-2025-p-0042'], // longer than the cache keeps: worked out each time
  ])('%j is keyed %j', (ref, key) => {
    expect(pupilKey(ref)).toBe(key);
    expect(pupilKey(ref)).toBe(key); // the second answer comes from the cache
  });

  it('answers alike past the point where its cache is emptied (100,000 references)', () => {
    for (let i = 0; i < 250_000; i++) {
      const ref = ` P-${i} `;
      if (pupilKey(ref) !== `p-${i}`) expect(pupilKey(ref)).toBe(`p-${i}`);
    }
    expect(pupilKey(' P-7 ')).toBe('p-7');
    expect(pupilKey('P-249999')).toBe('p-249999');
  });
});
