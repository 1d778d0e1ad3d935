// Small numbers in the area overview, which is written to be published. A count under `small_count` (3) is
// never printed: in running text it reads "fewer than 3"; in a table it is withheld ("c"). Zero is 0.
//
// A table prints totals one way only (each column's total, or each row's), never both: then each line (a
// row or column with its total) is a sum of its own, sharing no cell with another. In a line that holds a
// withheld entry, the next smallest non-zero entry is withheld too until at least two are withheld and their
// sum can be split among them more than one way, even by a reader who knows the line's total: a total
// withheld here may be printed in another table of the same document, or worked out from other totals
// there, so the protection never rests on withholding it. Each withheld cell is at least 1 unless a zero
// was withheld, and zeros print 0, so when no non-zero entry is left a zero of the line is withheld too
// (the reader can no longer tell which withheld cell holds nothing). Only a line whose every cell is
// withheld and holds 1, with no zero to withhold, withholds its total instead — and then that total is
// withheld in every table of the document that prints it (`totalKeys`, CountFormat.document), so no other
// table gives it away. Primary and secondary withholding print alike.
import { thousands } from '../../../model/wording.js';

export interface CountFormat {
  small: number;
  exact: boolean;
  /** The totals withheld across one document, by name (see the note above); absent outside a document. */
  document?: DocumentWithholding;
}

/** Totals one table had to withhold, which every table printing the same total withholds too. */
export interface DocumentWithholding {
  /** Withheld in every table that names it. */
  forced: Set<string>;
  /** Withheld by some table on this pass. */
  found: Set<string>;
}

/** The mark a withheld table cell prints. */
export const WITHHELD = 'c';

/** A count in running text: "fewer than 3" under the small-count threshold (zero is 0), unless exact. */
export function countText(n: number, f: CountFormat): string {
  return !f.exact && n > 0 && n < f.small ? `fewer than ${f.small}` : thousands(n);
}

/** Whether a count is printed as it is. */
export const shown = (n: number, f: CountFormat) => f.exact || n === 0 || n >= f.small;

/** A table of counts; `totals`: each column's total (a last row), each row's (a last column), or none. */
export interface CountTable {
  cells: number[][];
  totals: 'columns' | 'rows' | 'none';
  /**
   * Columns that count a part of another column's pupils ([part, whole]: "with an EHC plan" of "pupils in
   * AP"): where the rest (whole − part) would be a small number, the part is withheld too, so "19 of 20"
   * never tells that one pupil is not.
   */
  parts?: [part: number, whole: number][];
  /**
   * Each total's name across the document (for each column, or each row), where another table prints it; a
   * total that is the sum of others (all out-of-area pupils: those with an EHC plan and those without)
   * names each of them, and is withheld when any is, and withholds them all when it is.
   */
  totalKeys?: TotalKey[];
}

export interface SafeTable {
  cells: string[][];
  /** Each column's total (totals: columns) or each row's (totals: rows). */
  totals: string[];
  /** Whether anything was withheld. */
  withheld: boolean;
}

export type TotalKey = string | string[] | undefined;
const keysOf = (t: CountTable, i: number): string[] => [t.totalKeys?.[i] ?? []].flat();

type Entry = { n: number; hidden: boolean; room: number };

/** Formats a table, withholding small counts and whatever would let them be worked out from the totals. */
export function safeTable(t: CountTable, f: CountFormat): SafeTable {
  const grid: Entry[][] = t.cells.map((row) => row.map((n) => ({ n, hidden: !shown(n, f), room: 0 })));
  const C = grid[0]?.length ?? 0;
  const column = (c: number) => grid.map((row) => row[c]);
  // A cell's room, in a table totalled by column: the largest count in its row. A zero withheld where the
  // rest of its row is zero too would be plainly 0 (a school with no pupils, as its other tables show), so it
  // is not chosen; the first zero with room is, so the same column in two tables withholds the same zero.
  // Rows totalled by row are parts of one whole (a provider's placements by outcome): any zero will do.
  for (const row of grid) for (const e of row) e.room = t.totals === 'rows' ? 1 : Math.max(...row.map((x) => x.n));
  const lines =
    t.totals === 'rows' ? grid : t.totals === 'columns' ? Array.from({ length: C }, (_, c) => column(c)) : [];
  const totals: Entry[] = lines.map((line, i) => {
    const n = line.reduce((a, e) => a + e.n, 0);
    const forced = keysOf(t, i).some((k) => f.document?.forced.has(k));
    return { n, hidden: !shown(n, f) || (!f.exact && forced), room: 0 };
  });
  if (!f.exact) {
    const rest = (row: Entry[]) => {
      for (const [part, whole] of t.parts ?? []) if (!shown(row[whole].n - row[part].n, f)) row[part].hidden = true;
    };
    grid.forEach(rest);
    if (t.totals === 'columns') rest(totals);
    lines.forEach((line, i) => protectLine(line, totals[i]));
    totals.forEach((total, i) => {
      if (total.hidden) for (const k of keysOf(t, i)) f.document?.found.add(k);
    });
  }
  const text = (e: Entry) => (e.hidden ? WITHHELD : thousands(e.n));
  return {
    cells: grid.map((row) => row.map(text)),
    totals: totals.map(text),
    withheld: [...grid.flat(), ...totals].some((e) => e.hidden),
  };
}

/**
 * Withholds more of one line until no withheld cell can be worked out, even knowing the total: at least
 * two withheld, summing to more than their number (each is then not pinned) or holding a zero.
 */
function protectLine(cells: Entry[], total: Entry): void {
  for (;;) {
    const withheld = cells.filter((e) => e.hidden);
    if (!withheld.length && !total.hidden) return;
    const sum = withheld.reduce((a, e) => a + e.n, 0);
    if (withheld.length >= 2 && (sum > withheld.length || withheld.some((e) => e.n === 0))) return;
    const left = cells.filter((e) => !e.hidden);
    const next = left.filter((e) => e.n > 0).sort((a, b) => a.n - b.n)[0] ?? left.find((e) => e.room > 0);
    if (!next) {
      total.hidden = true;
      return;
    }
    next.hidden = true;
  }
}
