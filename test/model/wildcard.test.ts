import { describe, expect, it } from 'vitest';
import { wildcardMatch } from '../../src/model/wildcard.js';

describe('wildcardMatch: * any run, ? one character, case ignored', () => {
  it.each([
    ['inkwell-*.csv', 'inkwell-nov.csv', true],
    ['inkwell-*.csv', 'Inkwell-NOV.CSV', true],
    ['inkwell-*.csv', 'inkwell-.csv', true],
    ['inkwell-*.csv', 'tenter-lane.csv', false],
    ['inkwell-*.csv', 'inkwell-nov.csv.bak', false],
    ['Late*', 'Late - 10 min', true],
    ['Late*', 'Not late', false],
    ['Sick', 'sick', true],
    ['Sick', 'Sickness', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*', '', true],
    ['', 'x', false],
  ])('%s against %s: %s', (pattern, text, want) => {
    expect(wildcardMatch(pattern, text)).toBe(want);
  });

  it('a pattern of many stars against a long name that does not match ends at once (no exponential backtracking)', () => {
    const t = performance.now();
    expect(wildcardMatch('*a'.repeat(50) + 'b', 'a'.repeat(5000))).toBe(false);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
