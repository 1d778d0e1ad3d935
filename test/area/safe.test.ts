// Small numbers in the published overview: never 1 or 2, zero as 0, and no withheld cell recoverable from the
// printed totals (checked by trying every value the withheld cells could take).
import { describe, expect, it } from 'vitest';
import { countText, safeTable, WITHHELD, type CountTable, type SafeTable } from '../../src/render/views/area/safe.js';

const F = { small: 3, exact: false };

describe('countText', () => {
  it('0 prints as 0, 1 and 2 as "fewer than 3", 3 and more exactly; exact prints all', () => {
    expect([0, 1, 2, 3, 1234].map((n) => countText(n, F))).toEqual(['0', 'fewer than 3', 'fewer than 3', '3', '1,234']);
    expect([0, 1, 2].map((n) => countText(n, { small: 3, exact: true }))).toEqual(['0', '1', '2']);
  });
});

/**
 * Every withheld cell's possible values to a reader who knows every line's total — printed here, or in
 * another table of the document — except a withheld total whose line shows nothing but withheld cells and
 * zeros (that one is withheld throughout the document). Each withheld cell is taken to be at least 1, since zeros print; when nothing
 * fits that, a zero was withheld, and cells may be 0.
 */
function possibleValues(
  cells: number[][],
  printed: SafeTable,
  totals: CountTable['totals'],
  max: number,
): Map<string, Set<number>> {
  const unknown: [number, number][] = [];
  cells.forEach((row, r) =>
    row.forEach((_, c) => {
      if (printed.cells[r][c] === WITHHELD) unknown.push([r, c]);
    }),
  );
  const lineOf = (i: number) => (totals === 'rows' ? printed.cells[i] : printed.cells.map((row) => row[i]));
  const trial = cells.map((row) => [...row]);
  const sums = (m: number[][]) =>
    totals === 'rows'
      ? m.map((row) => row.reduce((a, b) => a + b, 0))
      : totals === 'columns'
        ? m[0].map((_, c) => m.reduce((a, row) => a + row[c], 0))
        : [];
  const truth = sums(cells);
  const known = truth.map(
    (_, i) => printed.totals[i] !== WITHHELD || !lineOf(i).every((x) => x === WITHHELD || x === '0'),
  );
  const consistent = () => sums(trial).every((s, i) => !known[i] || truth[i] === s);
  const attempt = (min: number) => {
    const seen = new Map(unknown.map(([r, c]) => [`${r},${c}`, new Set<number>()]));
    const walk = (i: number) => {
      if (i === unknown.length) {
        if (consistent()) unknown.forEach(([r, c]) => seen.get(`${r},${c}`)!.add(trial[r][c]));
        return;
      }
      const [r, c] = unknown[i];
      for (let v = min; v <= max; v++) {
        trial[r][c] = v;
        walk(i + 1);
      }
    };
    walk(0);
    return seen;
  };
  const atLeastOne = attempt(1);
  return [...atLeastOne.values()].some((v) => v.size) ? atLeastOne : attempt(0);
}

describe('safeTable', () => {
  it('withholds 1 and 2, prints 0, and withholds a second cell so the first cannot be worked out from the totals', () => {
    const t = safeTable(
      {
        cells: [
          [1, 10, 7],
          [4, 0, 6],
        ],
        totals: 'rows',
      },
      F,
    );
    expect(t).toEqual({
      cells: [
        [WITHHELD, '10', WITHHELD],
        ['4', '0', '6'],
      ],
      totals: ['18', '10'],
      withheld: true,
    });
    // Down the columns: 1 and 4 are withheld together; the column of 10 and 0 is left alone.
    expect(
      safeTable(
        {
          cells: [
            [1, 10],
            [4, 0],
            [5, 3],
          ],
          totals: 'columns',
        },
        F,
      ),
    ).toEqual({
      cells: [
        [WITHHELD, '10'],
        [WITHHELD, '0'],
        ['5', '3'],
      ],
      totals: ['10', '13'],
      withheld: true,
    });
    // Two withheld ones that sum to 2 could only be 1 and 1: a third is withheld.
    expect(safeTable({ cells: [[1], [1], [4], [9]], totals: 'columns' }, F).cells.flat()).toEqual([
      WITHHELD,
      WITHHELD,
      WITHHELD,
      '9',
    ]);
  });

  it('a part whose rest would be small is withheld: "19 of 20" never tells that one pupil is not', () => {
    const t = safeTable(
      {
        cells: [
          [20, 19],
          [10, 5],
          [8, 4],
        ],
        totals: 'columns',
        parts: [[1, 0]],
      },
      F,
    );
    expect(t.cells.map((r) => r[1])).toEqual([WITHHELD, '5', WITHHELD]); // 19 withheld, then the next smallest (4) with it
    expect(t.totals).toEqual(['38', '28']);
    // and in the totals row: 38 of 39 would say one pupil is not
    expect(
      safeTable(
        {
          cells: [
            [20, 20],
            [19, 18],
          ],
          totals: 'columns',
          parts: [[1, 0]],
        },
        F,
      ).totals[1],
    ).toBe(WITHHELD);
  });

  it('three withheld ones whose total another table prints: a zero of the line is withheld, so they cannot be told', () => {
    // Three schools with one NEET leaver each and one with none (but other leavers): before, the total was
    // withheld here while the same total printed by provider gave each away as 1.
    const t = safeTable(
      {
        cells: [
          [1, 5],
          [1, 4],
          [1, 6],
          [0, 3],
        ],
        totals: 'columns',
      },
      F,
    );
    expect(t.cells.map((r) => r[0])).toEqual([WITHHELD, WITHHELD, WITHHELD, WITHHELD]);
    expect(t.totals).toEqual(['3', '18']);
    // A zero in a row of zeros (a school with nothing to count) would plainly be 0: never the one withheld.
    expect(
      safeTable(
        {
          cells: [
            [1, 5],
            [1, 4],
            [0, 0],
            [0, 3],
          ],
          totals: 'columns',
        },
        F,
      ).cells.map((r) => r[0]),
    ).toEqual([WITHHELD, WITHHELD, '0', WITHHELD]);
  });

  it('a total that must be withheld is withheld in every table that prints it, and one that names a sum with it', () => {
    const document = { forced: new Set<string>(), found: new Set<string>() };
    const f = { ...F, document };
    // Three ones and no zero: only the total is left to withhold; the document is told.
    const bySchool = safeTable({ cells: [[1], [1], [1]], totals: 'columns', totalKeys: ['leavers:neet'] }, f);
    expect(bySchool).toEqual({ cells: [[WITHHELD], [WITHHELD], [WITHHELD]], totals: [WITHHELD], withheld: true });
    expect([...document.found]).toEqual(['leavers:neet']);
    document.forced.add('leavers:neet');
    // The same total by provider (one provider with the three) is then withheld, and its one cell with it.
    expect(safeTable({ cells: [[3]], totals: 'columns', totalKeys: ['leavers:neet'] }, f).cells.flat()).toEqual([
      WITHHELD,
    ]);
    // A total named as a sum of it is withheld too; one naming neither prints.
    const sum = safeTable({ cells: [[4], [3]], totals: 'columns', totalKeys: [['leavers:neet', 'other']] }, f);
    expect(sum.totals).toEqual([WITHHELD]);
    expect(sum.cells.flat().filter((c) => c === WITHHELD)).toHaveLength(2);
    expect(safeTable({ cells: [[3]], totals: 'columns', totalKeys: ['other'] }, f).totals).toEqual(['3']);
    // Without a document (or exact), nothing is recorded.
    expect(safeTable({ cells: [[3]], totals: 'columns', totalKeys: ['leavers:neet'] }, F).totals).toEqual(['3']);
  });

  it('exact prints every number', () => {
    expect(safeTable({ cells: [[1, 2]], totals: 'rows' }, { small: 3, exact: true })).toEqual({
      cells: [['1', '2']],
      totals: ['3'],
      withheld: false,
    });
  });

  it('over 300 random tables, no withheld cell has only one possible value, even knowing the totals', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let checked = 0;
    for (let n = 0; n < 300; n++) {
      const R = 2 + Math.floor(rand() * 3),
        C = 2 + Math.floor(rand() * 2);
      const cells = Array.from({ length: R }, () => Array.from({ length: C }, () => Math.floor(rand() * 7)));
      const totals = rand() < 0.5 ? 'rows' : 'columns';
      const printed = safeTable({ cells, totals }, F);
      for (const v of [...printed.cells.flat(), ...printed.totals]) expect(['1', '2']).not.toContain(v);
      if (printed.cells.flat().filter((x) => x === WITHHELD).length > 5) continue; // too many to try every value
      for (const [cell, values] of possibleValues(cells, printed, totals, 9)) {
        checked++;
        expect(values.size, `${JSON.stringify(cells)} cell ${cell}: ${JSON.stringify(printed)}`).toBeGreaterThan(1);
      }
    }
    expect(checked).toBeGreaterThan(150);
  });
});
