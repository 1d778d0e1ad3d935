// The overview's tables as data: the template lays out any of them the same way, and `area --tables`
// writes the same ones as JSON or CSV. Every count passes through safe.ts before it becomes text here.
import type { AreaResult } from '../../../area/index.js';
import type { AreaProvider } from '../../../area/providers.js';
import type { AreaSchool } from '../../../area/schools.js';
import type { PlacementFile } from '../../../load/placement-file.js';
import type { PlacementItem } from '../../../run.js';
import { safeTable, type CountFormat, type TotalKey } from './safe.js';

export interface Cell {
  text: string;
  sub?: string;
  tag?: string;
  tagClass?: string;
  num?: boolean;
  strong?: boolean;
}
export interface Column {
  text: string;
  num?: boolean;
  width?: string;
}

export interface ViewTable {
  /** A stable id (`area --tables` names each table by it). */
  id: string;
  title: string;
  head: Column[];
  rows: Cell[][];
  /** The totals row ("All schools"), when the table has column totals. */
  foot?: Cell[];
  note?: string;
}

/** What the blocks of the overview are made from. */
export interface OverviewInput {
  result: AreaResult;
  asOf: string;
  f: CountFormat;
  /** Each placement file's provider as the area matched it. */
  providerOf: Map<PlacementFile, AreaProvider>;
  /** The providers in use (an active or upcoming placement), in the order the overview lists them. */
  inUse: AreaProvider[];
  /** Each school's active placements at a readable provider. */
  active: (school: AreaSchool) => PlacementItem[];
  /** Those of one of its files, in the same order (tables by provider ask this of every file a provider is in). */
  activeIn: (school: AreaSchool, file: PlacementFile) => readonly PlacementItem[];
}

export const label = (text: string, sub?: string): Cell => ({ text, sub });

/**
 * A table of counts with labels in front: `labels` are the leading cells of each row, `counts` the
 * numbers. Totals one way only (safe.ts): each column's total in a last row, or each row's in a last column.
 */
export function countsTable(
  spec: {
    id: string;
    title: string;
    head: Column[];
    labels: Cell[][];
    counts: number[][];
    totals: 'columns' | 'rows' | 'none';
    totalLabel?: string;
    totalHead?: string;
    note?: string;
    parts?: [number, number][];
    /** Each total's name across the document, where another table prints the same total (safe.ts). */
    totalKeys?: TotalKey[];
  },
  f: CountFormat,
): ViewTable {
  const safe = safeTable({ cells: spec.counts, totals: spec.totals, parts: spec.parts, totalKeys: spec.totalKeys }, f);
  const rows = spec.labels.map((l, r) => [
    ...l,
    ...safe.cells[r].map((text) => ({ text, num: true })),
    ...(spec.totals === 'rows' ? [{ text: safe.totals[r], num: true, strong: true }] : []),
  ]);
  const head = [...spec.head, ...(spec.totals === 'rows' ? [{ text: spec.totalHead ?? 'Total', num: true }] : [])];
  const lead = spec.labels[0]?.length ?? spec.head.length - (spec.counts[0]?.length ?? 0);
  const foot =
    spec.totals === 'columns' && spec.labels.length
      ? [
          { text: spec.totalLabel ?? 'All schools' },
          ...Array.from({ length: lead - 1 }, () => ({ text: '' })),
          ...safe.totals.map((text) => ({ text, num: true })),
        ]
      : undefined;
  return { id: spec.id, title: spec.title, head, rows, foot, note: spec.note };
}

/** Distinct values counted by key: a small helper for "pupils" (sets of `URN/ref`). */
export class Tally<K> {
  private readonly m = new Map<K, Set<string>>();
  add(k: K, who: string): void {
    let s = this.m.get(k);
    if (!s) this.m.set(k, (s = new Set()));
    s.add(who);
  }
  n(k: K): number {
    return this.m.get(k)?.size ?? 0;
  }
}
