// The governors' report's counts, safe against differencing: no count of 1 or 2 is printed, nor can one be worked
// out by subtracting printed figures from each other. The protection is the area overview's secondary suppression
// (safeTable): a withheld cell's complement is withheld too where it would give the small count away. Cells
// withheld in a table that sums to a printed total print alike ("withheld"), so a reader cannot tell which was
// the small one; a count standing alone reads "fewer than 3".
import { countText, safeTable, WITHHELD, type CountFormat } from './area/safe.js';
import type { TermFigures } from './governors-figures.js';

/** What a withheld table cell prints in the governors' report (the area overview prints "c"). */
export const WITHHELD_WORD = 'withheld';
const word = (cell: string) => (cell === WITHHELD ? WITHHELD_WORD : cell);

const FACTS = ['pupils', 'send', 'ehcp', 'lookedAfter', 'partTime'] as const;

/**
 * The pupils in AP and those of them with SEND, an EHC plan, looked after, on a part-time timetable, for each
 * term: [term][fact]. Each fact is a part of the pupils (and an EHC plan a part of SEND), so where the rest would
 * be 1 or 2 ("19 of 20 with SEND" tells that one pupil has none) the part is withheld too. A part withheld for
 * itself being small reads "fewer than 3"; one withheld for its rest, "withheld" (it is 3 or more).
 */
export function safePupilFacts(terms: readonly TermFigures[], f: CountFormat): string[][] {
  const cells = terms.map((t) => FACTS.map((k) => t[k]));
  const safe = safeTable(
    {
      cells,
      totals: 'none',
      parts: [
        [1, 0],
        [2, 0],
        [3, 0],
        [4, 0],
        [2, 1],
      ],
    },
    f,
  );
  return safe.cells.map((row, r) =>
    row.map((cell, c) => (cell === WITHHELD && cells[r][c] < f.small ? countText(cells[r][c], f) : word(cell))),
  );
}

export interface SafeBreakdown {
  /** Each category (outcome or destination) with its text in each term; categories only of a withheld term are left out. */
  rows: { key: string; terms: string[] }[];
}

/**
 * How the placements that ended in each term ended, by category: each term's categories sum to its placements
 * ended, which the report prints. Each term's column is protected as a line with that total (secondary
 * suppression). The outcome and destination tables share the total, so a term whose line could only be
 * protected by withholding its total, or whose total is under 3, is withheld whole in both tables, zeros too,
 * and a category found only in such a term is not listed (its row would say it is at least 1).
 */
export function safeBreakdowns(
  tables: readonly (readonly ReadonlyMap<string, number>[])[],
  ended: readonly number[],
  f: CountFormat,
): SafeBreakdown[] {
  const prepared = tables.map((byTerm) => {
    const keys = [...new Set(byTerm.flatMap((m) => [...m.keys()]))].sort();
    const cells = keys.map((k) => byTerm.map((m) => m.get(k) ?? 0));
    return { keys, cells, safe: safeTable({ cells, totals: 'columns' }, f) };
  });
  const whole = ended.map(
    (n, t) => !f.exact && n > 0 && (n < f.small || prepared.some((p) => p.safe.totals[t] === WITHHELD)),
  );
  return prepared.map(({ keys, cells, safe }) => ({
    rows: keys
      .map((key, r) => ({
        key,
        terms: cells[r].map((_, t) => (whole[t] ? WITHHELD_WORD : word(safe.cells[r][t]))),
        listed: cells[r].some((n, t) => n > 0 && !whole[t]),
      }))
      .filter((row) => row.listed)
      .map(({ key, terms }) => ({ key, terms })),
  }));
}

/**
 * "a of b (p%)": a part and its whole (reviews on time of those due, objectives met of all). The part and the
 * rest are a line summing to the whole: where either is 1 or 2 both are withheld, and the percentage with them.
 */
export function safeShare(a: number, b: number, f: CountFormat): string {
  if (b === 0) return 'none due';
  const safe = safeTable({ cells: [[a], [b - a]], totals: 'columns' }, f);
  const whole = safe.totals[0] === WITHHELD ? countText(b, f) : safe.totals[0];
  if (safe.cells[0][0] === WITHHELD) return `${WITHHELD_WORD} (of ${whole})`;
  return b < f.small && !f.exact
    ? `${safe.cells[0][0]} of ${whole}`
    : `${safe.cells[0][0]} of ${whole} (${Math.round((100 * a) / b)}%)`;
}
