// The governors' report's counts against differencing: for each case, every small count is either printed as
// "fewer than 3"/"withheld" or cannot be worked out from what is printed. The check is by brute force: every
// assignment of values to the withheld cells that agrees with what is printed (each withheld cell at least 1,
// since zeros print) is enumerated, and a withheld cell that takes one value in all of them is a leak.
import { describe, expect, it } from 'vitest';
import { safeBreakdowns, safePupilFacts, safeShare } from '../../src/render/views/governors-safe.js';
import type { TermFigures } from '../../src/render/views/governors-figures.js';

const f = { small: 3, exact: false };
const term = (pupils: number, send: number, ehcp: number, lookedAfter: number, partTime: number) =>
  ({ pupils, send, ehcp, lookedAfter, partTime }) as TermFigures;

describe('pupil facts: each a part of the pupils, an EHC plan a part of SEND', () => {
  it.each([
    // [pupils, send, ehcp, lookedAfter, partTime] → printed
    [
      [20, 9, 4, 0, 5],
      ['20', '9', '4', '0', '5'],
    ],
    [
      [20, 19, 4, 0, 5],
      ['20', 'withheld', '4', '0', '5'],
    ], // 19 of 20: one pupil without SEND
    [
      [20, 9, 8, 1, 5],
      ['20', '9', 'withheld', 'fewer than 3', '5'],
    ], // 9 SEND − 8 EHCP = 1 on SEN support
    [
      [5, 2, 0, 0, 5],
      ['5', 'fewer than 3', '0', '0', '5'],
    ],
    [
      [2, 2, 1, 0, 0],
      ['fewer than 3', 'fewer than 3', 'fewer than 3', '0', '0'],
    ],
  ])('%j prints %j', (cells, printed) => {
    const [p, s, e, l, t] = cells;
    expect(safePupilFacts([term(p, s, e, l, t)], f)[0]).toEqual(printed);
  });

  it('exact (--exact-counts) prints every count', () => {
    expect(safePupilFacts([term(2, 1, 1, 1, 1)], { small: 3, exact: true })[0]).toEqual(['2', '1', '1', '1', '1']);
  });
});

/** Every way to fill the withheld cells of a line (each ≥ 1) that sums to `total`, with the shown cells as printed. */
function solutions(line: string[], total: number): number[][] {
  const shownSum = line.reduce((a, c) => a + (/^\d+$/.test(c) ? Number(c) : 0), 0);
  const hidden = line.filter((c) => !/^\d+$/.test(c)).length;
  const out: number[][] = [];
  const fill = (left: number, k: number, acc: number[]) => {
    if (k === 0) return void (left === 0 && out.push(acc));
    for (let v = 1; v <= left; v++) fill(left - v, k - 1, [...acc, v]);
  };
  fill(total - shownSum, hidden, []);
  return out;
}

describe('how placements ended: two tables (outcome, destination) summing to the placements ended', () => {
  const m = (o: Record<string, number>) => new Map(Object.entries(o));
  it.each([
    // one term: outcomes, destinations, ended
    [{ reintegrated: 5, 'another-ap': 1, 'post-16': 4 }, { 'school-mainstream': 10 }, 10],
    [{ reintegrated: 1, 'another-ap': 1, 'post-16': 1 }, { 'school-mainstream': 3 }, 3],
    [{ reintegrated: 2 }, { 'school-mainstream': 1, 'further-education': 1 }, 2],
    [{ reintegrated: 6, 'post-16': 2 }, { 'school-mainstream': 6, 'further-education': 2 }, 8],
    [{ reintegrated: 9 }, { 'school-mainstream': 9 }, 9],
  ])('outcomes %j, destinations %j of %i ended: no withheld cell can be worked out', (o, d, ended) => {
    const [outcomes, destinations] = safeBreakdowns([[m(o)], [m(d)]], [ended], f);
    for (const [table, source] of [
      [outcomes, o],
      [destinations, d],
    ] as const) {
      const line = table.rows.map((r) => r.terms[0]);
      for (const cell of line) expect(cell).toMatch(/^(\d+|withheld)$/);
      // Every printed number is true; every small count is withheld.
      table.rows.forEach((r) => {
        const n = (source as Record<string, number>)[r.key] ?? 0;
        if (r.terms[0] !== 'withheld') expect(Number(r.terms[0])).toBe(n);
        if (n > 0 && n < 3) expect(r.terms[0]).toBe('withheld');
      });
      // A category only of a term withheld whole is not listed; otherwise every category is.
      const whole = line.length > 0 && line.every((c) => c === 'withheld') && ended < 3;
      if (!whole && line.length) {
        const sols = solutions(line, ended);
        expect(sols.length).toBeGreaterThan(0);
        line.forEach((c, i) => {
          if (c === 'withheld')
            expect(
              new Set(sols.map((s) => s[line.slice(0, i).filter((x) => x === 'withheld').length])).size,
            ).toBeGreaterThan(1);
        });
      }
    }
  });

  it('a term whose total would have to be withheld is withheld whole in both tables, and its categories not listed', () => {
    const [outcomes, destinations] = safeBreakdowns(
      [
        [m({ reintegrated: 1, 'another-ap': 1, 'post-16': 1 }), m({ reintegrated: 7 })],
        [m({ 'school-mainstream': 3 }), m({ 'school-mainstream': 7 })],
      ],
      [3, 7],
      f,
    );
    // this term: 1 + 1 + 1 = 3 could only be protected by withholding the 3, which the report prints.
    expect(outcomes.rows).toEqual([{ key: 'reintegrated', terms: ['withheld', '7'] }]);
    expect(destinations.rows).toEqual([{ key: 'school-mainstream', terms: ['withheld', '7'] }]);
  });

  it('fewer than 3 ended: that term is withheld whole', () => {
    const [outcomes] = safeBreakdowns([[m({ reintegrated: 2 }), m({})]], [2, 0], f);
    expect(outcomes.rows).toEqual([]);
  });
});

describe('a share: part of a whole', () => {
  it.each([
    [7, 10, '7 of 10 (70%)'],
    [8, 10, 'withheld (of 10)'], // the two not on time would be 10 − 8,
    [10, 10, '10 of 10 (100%)'],
    [0, 10, '0 of 10 (0%)'],
    [9, 10, 'withheld (of 10)'], // the one not on time would be 10 − 9
    [2, 10, 'withheld (of 10)'], // 20% of 10 would say 2
    [0, 0, 'none due'],
    [2, 2, 'withheld (of fewer than 3)'],
    [0, 2, '0 of fewer than 3'],
  ])('%i of %i reads "%s"', (a, b, text) => {
    expect(safeShare(a, b, f)).toBe(text);
  });
});
