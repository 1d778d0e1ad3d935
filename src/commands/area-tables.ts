// `ap-ready area --tables json|csv`: the overview's tables as data, for the LA's own spreadsheets and
// dashboards. The same tables as the published overview (views/area/), counts made safe the same way, and
// no pupil reference, no finding and no file path: only schools, providers and counts.
import type { AreaResult } from '../area/index.js';
import { UsageError } from '../model/findings.js';
import { VERSION } from '../version.js';
import { buildAreaOverview } from '../render/views/area-overview.js';
import { WITHHELD } from '../render/views/area/safe.js';
import type { Cell, ViewTable } from '../render/views/area/tables.js';

export const TABLE_FORMATS = ['json', 'csv'] as const;

const cellText = (c: Cell) => [c.tag, c.text, c.sub].filter((x) => x).join(' · ');

function rowsOf(t: ViewTable): string[][] {
  return [...t.rows, ...(t.foot ? [t.foot] : [])].map((r) => r.map(cellText));
}

/** RFC 4180: quoted when it holds a comma, quote or line break; a leading =+-@ is quoted with a ' so no spreadsheet runs it. */
function csvField(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function areaTablesText(result: AreaResult, format: string, now = new Date()): string {
  if (!(TABLE_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--tables "${format}" is not a tables format: use json or csv.`);
  const view = buildAreaOverview(result, { now, version: VERSION });
  if (format === 'json') {
    return `${JSON.stringify(
      {
        area: view.area,
        asOf: view.asOf,
        generatedBy: `ap-ready ${VERSION}`,
        smallCount: view.smallCount,
        withheld: `"${WITHHELD}": a count under ${view.smallCount}, or withheld so that one cannot be worked out from the totals of any table here (secondary suppression across the document: a zero may be withheld too, and a total withheld in one table is withheld in every table that gives it; totals one way only)`,
        tables: view.tables.map((t) => ({
          id: t.id,
          title: t.title,
          columns: t.head.map((h) => h.text),
          rows: t.rows.map((r) => r.map(cellText)),
          ...(t.foot ? { totals: t.foot.map(cellText) } : {}),
        })),
      },
      null,
      2,
    )}\n`;
  }
  // One long table: each value with its table, row (the row's first cell) and column.
  const lines = [['table', 'table_title', 'row', 'column', 'value'].join(',')];
  for (const t of view.tables) {
    for (const row of rowsOf(t)) {
      row.forEach((value, c) => {
        if (c > 0) lines.push([t.id, t.title, row[0], t.head[c]?.text ?? '', value].map(csvField).join(','));
      });
    }
  }
  return `${lines.join('\n')}\n`;
}
