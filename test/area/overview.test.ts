// The area-overview document: small counts print as "fewer than 3" unless --exact-counts, the questions it
// cannot answer say "not held in the placement records", and the PDF is printed by a real browser (these
// tests fail, never skip, without one).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArea } from '../../src/area/index.js';
import { areaOverviewHtml, renderAreaOverview } from '../../src/render/area.js';
import { countText, type AreaOverviewView } from '../../src/render/views/area-overview.js';
import { PdfPrinter } from '../../src/render/pdf.js';
import { runRender } from '../../src/commands/render.js';
import { usePrinter } from '../support/printer.js';
import { AS_OF, makeArea } from './support.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/area/area.yaml', import.meta.url));
const NOW = new Date(2026, 10, 16, 9, 0);

/** Every count string in the view (the figures a reader sees), with its place. */
function counts(view: AreaOverviewView): [string, string][] {
  const out: [string, string][] = [];
  const take = (where: string, o: Record<string, unknown>, keys: string[]) => keys.forEach((k) => out.push([`${where}.${k}`, String(o[k])]));
  take('total', view.total, ['pupils', 'send', 'ehcp', 'partTime', 'lookedAfter']);
  view.bySchool.forEach((s) => take(s.name, s, ['pupils', 'send', 'ehcp', 'partTime', 'lookedAfter']));
  view.providers.forEach((p) => take(p.name, p, ['pupils', 'fullTime']));
  view.settings.forEach((s) => { out.push([`${s.name}.multiple`, s.multiple]); s.bands.forEach((b, i) => out.push([`${s.name}.band${i}`, b])); });
  view.leavers.forEach((l) => take(`${l.name}.leavers`, l, ['total', 'withDestination', 'uncategorised']));
  view.attendance.bySchool.forEach((a) => take(`${a.name}.attendance`, a, ['pupils']));
  view.attendance.byProvider.forEach((a) => take(`${a.name}.attendance`, a, ['pupils']));
  (view.outOfArea ?? []).forEach((o) => take(o.name, o, ['ehcp', 'senSupport']));
  return out;
}

describe('small counts', () => {
  it('countText: 0, 1 and 2 print as "fewer than 3"; 3 and more exactly; --exact-counts prints all', () => {
    const f = { small: 3, exact: false };
    expect([0, 1, 2, 3, 1234].map((n) => countText(n, f))).toEqual(['fewer than 3', 'fewer than 3', 'fewer than 3', '3', '1,234']);
    expect([0, 1, 2].map((n) => countText(n, { small: 3, exact: true }))).toEqual(['0', '1', '2']);
  });

  it('in the example area, every count under 3 prints as "fewer than 3" by default, and exactly with exactCounts', async () => {
    const result = await checkArea(EXAMPLE, { asOf: AS_OF });
    const published = counts(areaOverviewHtml(result, { now: NOW }).view);
    const exact = counts(areaOverviewHtml(result, { now: NOW, exactCounts: true }).view);
    expect(published.length).toBeGreaterThan(40);
    expect(exact.map(([k]) => k)).toEqual(published.map(([k]) => k));
    let small = 0;
    exact.forEach(([where, value], i) => {
      const n = Number(value.replace(/,/g, ''));
      expect(Number.isInteger(n), where).toBe(true);
      if (n < 3) { small++; expect(published[i], where).toEqual([where, 'fewer than 3']); } else expect(published[i], where).toEqual([where, value]);
    });
    expect(small).toBeGreaterThan(10);
    // and no count cell about pupils prints a bare 0, 1 or 2 (numbers of schools, and the findings table, count no children)
    const { html } = areaOverviewHtml(result, { now: NOW });
    expect(html).toContain('Open findings by school');
    expect(html.split('Open findings by school')[0]).not.toMatch(/<td class="num">[0-2]<\/td>/);
  });

  it('an average attendance over fewer than 3 pupils is not shown', async () => {
    const area = makeArea([{ dir: 'a', files: { 'm.yaml': { pupils: [{ ref: 'A' }, { ref: 'B' }] }, 'n.yaml': { name: 'Other', pupils: [{ ref: 'C' }, { ref: 'D' }, { ref: 'E' }] } } }]);
    const { view } = areaOverviewHtml(await checkArea(area, { asOf: AS_OF }), { now: NOW });
    expect(view.attendance.byProvider.map((a) => a.percent)).toEqual(['not shown', '90%']);
    expect(view.attendance.bySchool.map((a) => a.percent)).toEqual(['90%']);
  });
});

describe('attendance: the records where a school keeps them, the latest review otherwise', () => {
  it('a school with attendance/*.csv gives present of possible over the window; one without, its reviews (90%); each row says which', async () => {
    const pupils = [{ ref: 'A' }, { ref: 'B' }, { ref: 'C' }];
    const area = makeArea([{ dir: 'a', files: { 'm.yaml': { pupils } } }, { dir: 'b', files: { 'm.yaml': { pupils } } }]);
    // Three marks present and one unexplained absence (followed up) each: 75%, where the reviews say 90%.
    const rows = pupils.flatMap(({ ref }) => ['09', '10', '11', '12'].map((d) => `2026-11-${d},am,${ref},m,${d === '12' ? 'N' : '/'},${d === '12' ? '10:00' : ''}`));
    mkdirSync(join(area, '..', 'a', 'attendance'));
    writeFileSync(join(area, '..', 'a', 'attendance', 'millstone.csv'), `date,session,pupil,provider,mark,followed_up_at\n${rows.join('\n')}\n`);
    const result = await checkArea(area, { asOf: AS_OF });
    const { html, view } = areaOverviewHtml(result, { now: NOW, exactCounts: true });
    expect(view.attendance.bySchool.map((a) => [a.name, a.source, a.pupils, a.percent])).toEqual([
      ['a', 'Attendance records, last 6 school weeks', '3', '75%'],
      ['b', 'Latest placement review', '3', '90%'],
    ]);
    // The provider's average is over the six placements, each from its school's own source.
    expect(view.attendance.byProvider.map((a) => [a.pupils, a.percent])).toEqual([['6', '83%']]);
    expect(html).toContain("the school's attendance records (the register marks providers send");
    expect(html).toContain("where the school keeps them, and otherwise from the percentage recorded at the placement's latest review");
  });

  it('with no records anywhere, the document says the figures come from the reviews only', async () => {
    const area = makeArea([{ dir: 'a', files: { 'm.yaml': { pupils: [{ ref: 'A' }, { ref: 'B' }, { ref: 'C' }] } } }]);
    const { html, view } = areaOverviewHtml(await checkArea(area, { asOf: AS_OF }), { now: NOW });
    expect(view.attendance.bySchool.map((a) => a.source)).toEqual(['Latest placement review']);
    expect(html).toContain("Each placement's attendance comes from the percentage recorded at the placement's latest review;");
    expect(html).not.toContain('attendance records (the register marks');
  });
});

describe('what the overview says', () => {
  it('answers from the example: the unregistered provider used by three schools first, the out-of-area EHC-plan placement, leavers', async () => {
    const result = await checkArea(EXAMPLE, { asOf: AS_OF });
    const { html, view } = areaOverviewHtml(result, { now: NOW, exactCounts: true });
    expect(view.providers[0].registered).toBe(false);
    const mill = view.providers.find((p) => p.name === 'Millstone Vocational Workshop')!;
    expect(mill.schools).toHaveLength(3);
    expect(mill.fullTime).toBe('6');
    expect(view.outOfArea!.map((o) => o.name)).toContain('Harrowdale Independent Special School');
    expect(view.outOfArea!.find((o) => o.name === 'Harrowdale Independent Special School')!.ehcp).toBe('1');
    // Every leaver of the example has a destination_category: the table by category, NEET among them.
    expect(view.categoriesHeld).toBe(true);
    const neet = view.destinationLabels.indexOf('Not in education, employment or training (NEET)');
    expect(Object.fromEntries(view.leavers.map((l) => [l.name, [l.total, l.categories[neet], l.uncategorised]]))).toEqual({
      'Northfield Academy': ['2', '0', '0'], 'Riverside High School': ['1', '0', '0'], 'Hillside Academy': ['2', '1', '0'], 'Moorcroft Church of England School': ['1', '0', '0'],
    });
    expect(html).not.toContain('Destinations by category (back to school');
    expect(html).toMatch(/not held in the placement records/i);
    expect(html).not.toMatch(/P-0\d{3}|R-\d{4}|H-\d{4}|M-\d{4}/); // no pupil reference anywhere
  });

  it('without home_postcode_areas, "out of area" says it cannot be told', async () => {
    const area = makeArea([{ dir: 'a', files: { 'm.yaml': {} } }], { areaYaml: 'area: { name: T }\nschools:\n  - path: a\n' });
    const { html } = areaOverviewHtml(await checkArea(area, { asOf: AS_OF }), { now: NOW });
    expect(html).toContain('does not list the area\'s postcodes (home_postcode_areas)');
  });

  it('destination_category, when the placement schema holds it, is counted by category', async () => {
    const result = await checkArea(makeArea([{ dir: 'a', files: { 'm.yaml': { pupils: [{ ref: 'A' }, { ref: 'B', end: '2026-07-17' }] } } }]), { asOf: AS_OF });
    const record = result.schools[0].result.files[0].placements[1].placement as unknown as Record<string, unknown>;
    record.destination_category = 'neet';
    const { view } = areaOverviewHtml(result, { now: NOW, exactCounts: true });
    expect(view.categoriesHeld).toBe(true);
    expect(view.leavers[0].categories[view.destinationLabels.indexOf('Not in education, employment or training (NEET)')]).toBe('1');
  });
});

describe('the PDF', () => {
  let printer: PdfPrinter;
  usePrinter((p) => { printer = p; });

  it('prints the example as an A4 landscape PDF with the headings and the area in the running header', async () => {
    const rendered = await renderAreaOverview(EXAMPLE, { format: 'pdf', asOf: AS_OF, printer, now: NOW });
    const dir = mkdtempSync(join(tmpdir(), 'ap-ready-area-pdf-'));
    const pdf = join(dir, 'overview.pdf');
    writeFileSync(pdf, rendered.content);
    expect(rendered.pages).toBeGreaterThanOrEqual(3);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const heading of ['Pupils in alternative provision', 'Providers in use across the area', 'Placements outside the area', 'Leavers in the last twelve months', 'Open findings by school', 'Not held in the placement records']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Calderfield Council');
    expect(text).toMatch(/Page 1 of \d/);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
  }, 120_000);

  it('render area-overview through the render command writes HTML atomically and needs one area file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ap-ready-area-html-'));
    const r = await runRender('area-overview', [EXAMPLE], { output: join(dir, 'o.html'), asOf: AS_OF, now: NOW });
    expect(r.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'o.html'), 'utf8')).toContain('<h1>Alternative provision across the area</h1>');
    await expect(runRender('area-overview', [], { output: join(dir, 'o.html') })).rejects.toThrow(/needs one area file/);
  });
});
