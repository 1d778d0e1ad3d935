// Small numbers in the area overview, which is written to be published. A count under `small_count` (3) is
// never printed: in running text it reads "fewer than 3"; in a table it is withheld ("c"). Zero is 0.
//
// A table prints totals one way only (each column's total, or each row's), never both: then each line (a
// row or column with its total) is a sum of its own, sharing no cell with another, and secondary
// suppression within each line is provably enough. In a line that holds a withheld entry, the next smallest
// non-zero entry is withheld too until at least two are withheld and, where the total prints, the withheld
// cells' sum can be split among them more than one way (each is at least 1, since zeros print). Primary and
// secondary withholding print alike, so a reader cannot tell which cell was the small one. (With totals both
// ways, lines cross and a withheld cell can be pinned down by combining them: the overview never does that.)

export interface CountFormat {
  small: number;
  exact: boolean;
}

/** The mark a withheld table cell prints. */
export const WITHHELD = 'c';

/** A count in running text: "fewer than 3" under the small-count threshold (zero is 0), unless exact. */
export function countText(n: number, f: CountFormat): string {
  return !f.exact && n > 0 && n < f.small ? `fewer than ${f.small}` : n.toLocaleString('en-GB');
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
}

export interface SafeTable {
  cells: string[][];
  /** Each column's total (totals: columns) or each row's (totals: rows). */
  totals: string[];
  /** Whether anything was withheld. */
  withheld: boolean;
}

type Entry = { n: number; hidden: boolean };

/** Formats a table, withholding small counts and whatever would let them be worked out from the totals. */
export function safeTable(t: CountTable, f: CountFormat): SafeTable {
  const R = t.cells.length,
    C = R ? t.cells[0].length : t.totals === 'columns' ? 0 : 0;
  const grid: Entry[][] = t.cells.map((row) => row.map((n) => ({ n, hidden: !shown(n, f) })));
  const lines: Entry[][] = [];
  const totals: Entry[] = [];
  if (t.totals === 'rows') {
    for (const row of grid) {
      const total = { n: row.reduce((a, e) => a + e.n, 0), hidden: false };
      total.hidden = !shown(total.n, f);
      totals.push(total);
      lines.push([...row, total]);
    }
  } else if (t.totals === 'columns') {
    for (let c = 0; c < C; c++) {
      const col = grid.map((row) => row[c]);
      const total = { n: col.reduce((a, e) => a + e.n, 0), hidden: false };
      total.hidden = !shown(total.n, f);
      totals.push(total);
      lines.push([...col, total]);
    }
  }
  if (!f.exact) {
    const rest = (row: Entry[]) => {
      for (const [part, whole] of t.parts ?? []) if (!shown(row[whole].n - row[part].n, f)) row[part].hidden = true;
    };
    grid.forEach(rest);
    if (t.totals === 'columns') rest(totals);
    for (const line of lines) protectLine(line);
  }
  const text = (e: Entry) => (e.hidden ? WITHHELD : e.n.toLocaleString('en-GB'));
  return {
    cells: grid.map((row) => row.map(text)),
    totals: totals.map(text),
    withheld: [...grid.flat(), ...totals].some((e) => e.hidden),
  };
}

/** Withholds more of one line (cells, then its total last) until its withheld entries cannot be worked out. */
function protectLine(line: Entry[]): void {
  const total = line[line.length - 1];
  for (;;) {
    const withheld = line.filter((e) => e.hidden);
    if (!withheld.length) return;
    const sum = withheld.reduce((a, e) => a + e.n, 0);
    if (withheld.length >= 2 && (total.hidden || sum > withheld.length)) return;
    // The smallest non-zero entry still shown, a cell before the total.
    const next = line
      .filter((e) => !e.hidden && e.n > 0)
      .sort((a, b) => Number(a === total) - Number(b === total) || a.n - b.n)[0];
    if (!next) return;
    next.hidden = true;
  }
}
