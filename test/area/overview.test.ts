// The area-overview document over the second-step test area (test/fixtures/area-second) and the example:
// nothing a reader could take for a count of 1 or 2 in the published copy, the register's figures, leavers
// as pupils, online providers never out of area, every seed-000 question in its own words, and the PDF
// printed by a real browser (these tests fail, never skip, without one).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArea } from '../../src/area/index.js';
import { areaOverviewHtml, renderAreaOverview } from '../../src/render/area.js';
import type { AreaOverviewView } from '../../src/render/views/area-overview.js';
import type { ViewTable } from '../../src/render/views/area/tables.js';
import { PdfPrinter } from '../../src/render/printer/pdf.js';
import { runRender } from '../../src/commands/render.js';
import { usePrinter } from '../support/printer.js';
import { SEED_000 } from '../../src/render/views/area/questions.js';
import { AS_OF, checkSecond, secondArea } from './second.js';
import { makeArea } from './support.js';
import { tempDir } from '../support/temp-dir.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/area/area.yaml', import.meta.url));
const NOW = new Date(2026, 10, 16, 9, 0);

const table = (v: AreaOverviewView, id: string): ViewTable => v.tables.find((t) => t.id === id)!;
/** A table's rows as label → numbers, for tables whose first cell names the row. */
const rowsOf = (t: ViewTable) =>
  Object.fromEntries(
    [...t.rows, ...(t.foot ? [t.foot] : [])].map((r) => [r[0].text, r.filter((c) => c.num).map((c) => c.text)]),
  );
const texts = (v: AreaOverviewView) => [
  ...v.tables.flatMap((t) => [...t.rows.flat(), ...(t.foot ?? [])].flatMap((c) => [c.text, c.sub ?? ''])),
  ...v.summary.map((s) => s.value),
  ...v.areas.flatMap((a) =>
    a.questions.flatMap((q) => q.parts.flatMap((p) => [...p.text, ...p.list.map((l) => l.text)])),
  ),
];

describe('safe publication', () => {
  it('the published copy prints no 1 or 2 as a count anywhere: tables, totals, summary, findings, notes', async () => {
    const { view, html } = areaOverviewHtml(await checkSecond(), { now: NOW });
    for (const t of texts(view)) {
      expect(['1', '2']).not.toContain(t);
      expect(t).not.toMatch(/(^|[^\d-])[12] (pupil|school|provider|placement|file|open|error|warning)/);
    }
    expect(html).not.toMatch(/<td class="num">[12]<\/td>/);
    expect(html).not.toMatch(/P-0\d{3}/); // no pupil reference anywhere
    expect(html).toContain('Method: secondary suppression');
    // Zero is 0: Wren Academy has no leaver, printed as 0 in every category.
    expect(rowsOf(table(view, 'leavers-by-school'))['Wren Academy']).toEqual(Array(9).fill('0'));
  });

  it('the exact copy shows every number, and says internal on the page', async () => {
    const { view, html } = areaOverviewHtml(await checkSecond(), { now: NOW, exactCounts: true });
    expect(rowsOf(table(view, 'pupils-by-school'))['Lark High School']).toEqual(['4', '2', '2', '1', '1']);
    expect(html).toContain('Internal — not for publication');
  });
});

describe('what the overview counts', () => {
  it("the register's figures: Lark High's part-time and EHC-plan pupils come from pupils.yaml; its broken draft does not drop it", async () => {
    const r = await checkSecond();
    const { view } = areaOverviewHtml(r, { now: NOW, exactCounts: true });
    const lark = r.schools.find((s) => s.name === 'Lark High School')!;
    expect(lark.unreadable.length).toBeGreaterThan(0);
    // The same counts as the school's own check.
    expect(rowsOf(table(view, 'pupils-by-school'))['Lark High School']).toEqual(
      [
        lark.result.counts.pupils,
        lark.result.counts.send,
        lark.result.counts.ehcp,
        lark.result.counts.partTime,
        lark.result.counts.lookedAfter,
      ].map(String),
    );
    expect(rowsOf(table(view, 'pupils-by-school'))['All schools'][0]).toBe(String(r.counts.pupils));
  });

  it('leavers are pupils: a move from one AP to another is not leaving', async () => {
    const { view } = areaOverviewHtml(await checkSecond(), { now: NOW, exactCounts: true });
    const heron = rowsOf(table(view, 'leavers-by-school'))['Heron School'];
    expect(heron.reduce((a, b) => a + Number(b), 0)).toBe(1); // the NEET leaver, not the pupil who moved to Oakfield
    expect(heron[6]).toBe('1');
    expect(rowsOf(table(view, 'outcomes-by-provider'))['Green Shoots Care Farm']).toEqual([
      '0',
      '1',
      '0',
      '0',
      '0',
      '1',
    ]);
  });

  it("near the full-time line: each pupil's hours at the provider from their own school, summed over their placements there", async () => {
    const area = makeArea([
      {
        dir: 'alder',
        files: {
          'millstone.yaml': {
            pupils: [
              { ref: 'P-0001', hours: 16 }, // 15 to 18 hours: near
              { ref: 'P-0002', hours: 10 }, // with the next, 20 hours: over, and full-time
              { ref: 'p-0002 ', hours: 10 },
              { ref: 'P-0003', hours: 19, year: 12 }, // over, but past compulsory school age
              { ref: 'P-0004', hours: 9 }, // neither
              { ref: 'P-0005', hours: 18 }, // exactly 18 is not more than 18: near
            ],
          },
        },
      },
      // The same reference at another school is another pupil: not added to Alder's P-0001.
      { dir: 'birch', files: { 'millstone.yaml': { pupils: [{ ref: 'P-0001', hours: 20 }] } } },
    ]);
    const { view } = areaOverviewHtml(await checkArea(area, { asOf: AS_OF }), { now: NOW, exactCounts: true });
    // near (15 to 18 hours), over 18 hours, full-time of compulsory school age
    expect(rowsOf(table(view, 'near-full-time'))['Millstone Workshop']).toEqual(['2', '3', '2']);
  });

  it('online providers are never out of area; an in-person provider outside the postcodes is', async () => {
    const { view } = areaOverviewHtml(await checkSecond(), { now: NOW, exactCounts: true });
    expect(Object.keys(rowsOf(table(view, 'out-of-area')))).toEqual([
      'Dales Outdoor Centre',
      'All providers outside the area',
    ]);
  });

  it('every seed-000 question appears in its own words, answered or marked not held', async () => {
    const { view, html } = areaOverviewHtml(await checkSecond(), { now: NOW });
    const questions = view.areas.flatMap((a) => a.questions);
    expect(questions).toHaveLength(41);
    expect(SEED_000.flatMap((a) => a.questions)).toHaveLength(41);
    for (const q of questions) {
      expect(html).toContain(q.words.replace(/'/g, '&#x27;'));
      expect(
        q.parts.some((p) => p.tables.length || p.text.length || p.list.length || p.see || p.empty) || !!q.notHeld,
        q.words,
      ).toBe(true);
    }
    expect(questions.find((q) => q.words === 'Do you have a current commissioning strategy for AP?')?.notHeld).toBe(
      'Not held in the placement records',
    );
  });

  it("providers to confirm and the area's checks are listed with their headings", async () => {
    const { html } = areaOverviewHtml(await checkSecond(), { now: NOW });
    expect(html).toContain('<h3>Providers to confirm</h3>');
    expect(html).toMatch(/URN 149999 written for providers whose names and postcodes differ/);
    expect(html).toMatch(
      /&quot;Green Shoots Care Farm&quot; is unregistered but gives full-time education .* to 5 pupils/,
    );
    expect(html).toMatch(/&quot;Pathways Skills Hub&quot; .* to fewer than 3 pupils with an EHC plan/);
  });

  it('without home_postcode_areas, "out of area" says it cannot be told', async () => {
    const area = secondArea((root) =>
      writeFileSync(
        join(root, 'area.yaml'),
        readFileSync(join(root, 'area.yaml'), 'utf8').replace('home_postcode_areas: [LS]\n', ''),
      ),
    );
    const { html } = areaOverviewHtml(await checkArea(area, { asOf: AS_OF }), { now: NOW });
    expect(html).toContain('does not list the area&#x27;s postcodes (home_postcode_areas)');
  });

  it('with home_postcode_areas covering every provider, "outside the area" answers none, not "not answered"', async () => {
    const area = secondArea((root) =>
      writeFileSync(
        join(root, 'area.yaml'),
        readFileSync(join(root, 'area.yaml'), 'utf8').replace(
          'home_postcode_areas: [LS]\n',
          'home_postcode_areas: [LS, BD, M]\n',
        ),
      ),
    );
    const { html } = areaOverviewHtml(await checkArea(area, { asOf: AS_OF }), { now: NOW });
    expect(html).toContain('None: no pupil with SEND is placed at a provider outside LS, BD, M.');
    expect(html).not.toContain('postcodes (home_postcode_areas)');
  });
});

describe('the PDF and the command', () => {
  let printer: PdfPrinter;
  usePrinter((p) => {
    printer = p;
  });

  it('prints the example as an A4 landscape PDF with a summary first; the exact copy says internal on every page', async () => {
    const dir = tempDir({}, 'ap-ready-area-pdf-');
    const pdf = join(dir, 'overview.pdf');
    writeFileSync(pdf, (await renderAreaOverview(EXAMPLE, { format: 'pdf', asOf: AS_OF, printer, now: NOW })).content);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages[0]).toContain('Summary');
    for (const heading of [
      'Strategy and commissioning',
      'Pupils in settings',
      'Monitoring and oversight',
      'Providers in use across the area',
    ])
      expect(text).toContain(heading);
    expect(text).not.toContain('Internal — not for publication');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
      /Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/,
    );
    const exact = join(dir, 'exact.pdf');
    const rendered = await renderAreaOverview(EXAMPLE, {
      format: 'pdf',
      asOf: AS_OF,
      printer,
      now: NOW,
      exactCounts: true,
    });
    writeFileSync(exact, rendered.content);
    const exactPages = execFileSync('pdftotext', [exact, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim());
    expect(exactPages.length).toBe(rendered.pages);
    for (const page of exactPages) expect(page).toContain('Internal — not for publication');
  }, 120_000);

  it('render area-overview writes HTML atomically, needs one area file, honours --gias and refuses --config', async () => {
    const dir = tempDir({}, 'ap-ready-area-html-');
    const r = await runRender('area-overview', [EXAMPLE], { output: join(dir, 'o.html'), asOf: AS_OF, now: NOW });
    expect(r.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'o.html'), 'utf8')).toContain('<h1>Alternative provision across the area</h1>');
    await expect(runRender('area-overview', [], { output: join(dir, 'o.html') })).rejects.toThrow(
      /needs one area file/,
    );
    await expect(
      runRender('area-overview', [EXAMPLE], { output: join(dir, 'o.html'), configPath: 'x.yaml' }),
    ).rejects.toThrow(/--config cannot be used/);
    await expect(
      runRender('area-overview', [EXAMPLE], { output: join(dir, 'o.html'), giasPath: 'no-such.csv' }),
    ).rejects.toThrow(/--gias does not exist/);
    const area = secondArea();
    const withGias = await renderAreaOverview(area, {
      format: 'html',
      asOf: AS_OF,
      now: NOW,
      giasPath: join(area, '..', 'gias.csv'),
    });
    expect(
      withGias.result.providers.find((p) => p.urn === '149999' && p.name === 'Oakfield Academy')?.registration.source,
    ).toBe('gias');
    const without = await renderAreaOverview(area, { format: 'html', asOf: AS_OF, now: NOW });
    expect(without.result.providers.find((p) => p.urn === '149999' && p.uses.length > 1)?.registration.source).toBe(
      'schools',
    );
  });
});
