// `ap-ready area --tables json|csv`: the overview's tables as data, safe to share: no pupil reference, no
// count of 1 or 2, the same figures as the published overview.
import { describe, expect, it } from 'vitest';
import { runArea } from '../../src/commands/area.js';
import { areaOverviewHtml } from '../../src/render/area.js';
import { checkArea } from '../../src/area/index.js';
import { AS_OF, secondArea } from './second.js';

describe('area --tables', () => {
  it('json: every table of the overview, with the same cells, and nothing about a pupil', async () => {
    const area = secondArea();
    const { stdout: text } = await runArea(area, { asOf: AS_OF, tables: 'json' });
    const data = JSON.parse(text);
    const { view } = areaOverviewHtml(await checkArea(area, { asOf: AS_OF }), { now: new Date() });
    expect(data.tables.map((t: { id: string }) => t.id)).toEqual(view.tables.map((t) => t.id));
    const pupils = data.tables.find((t: { id: string }) => t.id === 'pupils-by-school');
    expect(pupils.columns).toEqual([
      'School',
      'Pupils in AP',
      'With SEND',
      'With an EHC plan',
      'On a part-time timetable',
      'Looked after',
    ]);
    expect(pupils.totals).toEqual(['All schools', '20', '12', '7', 'c', 'c']);
    expect(text).not.toMatch(/P-0\d{3}/);
    const values = data.tables.flatMap((t: { rows: string[][] }) => t.rows.flat());
    expect(values).not.toContain('1');
    expect(values).not.toContain('2');
  });

  it('csv: one long table of table, row, column and value', async () => {
    const { stdout: text, exitCode } = await runArea(secondArea(), { asOf: AS_OF, tables: 'csv' });
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('table,table_title,row,column,value');
    expect(lines).toContain(
      'pupils-by-school,"Pupils in alternative provision, by school",All schools,Pupils in AP,20',
    );
    expect(text).not.toMatch(/P-0\d{3}/);
    expect(exitCode).toBe(1); // the area has errors: the exit code is the check's, whatever the output
  });

  it('an unknown tables format is a usage error', async () => {
    await expect(runArea(secondArea(), { asOf: AS_OF, tables: 'xlsx' })).rejects.toThrow(
      /--tables "xlsx" is not a tables format: use json or csv/,
    );
  });
});
