// Every document, from every data set, to HTML and to PDF through a real Chromium; the PDF's text is read
// back with pdftotext and checked against the placement files. These tests never skip for want of a
// browser: without one they fail, saying how to install it.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type CheckResult } from '../../src/check.js';
import { englishDate } from '../../src/model/dates.js';
import { DOCUMENTS, PdfPrinter, render, type Rendered } from '../../src/render/index.js';
import { personalDataKind, placementState, pupilKey, weeklyHours } from '../../src/model/placement.js';
import type { Placement } from '../../src/model/schema.js';
import type { PlacementFile } from '../../src/load/placement-file.js';

const isActive = (p: Placement, asOf: string) => placementState(p, asOf) === 'active';
const inUse = (f: PlacementFile, asOf: string) =>
  f.placements.some((r) => placementState(r.placement, asOf) !== 'ended');
import { fmtHours } from '../../src/model/wording.js';
import { usePrinter } from '../support/printer.js';
import { cli, DATA_SETS, pdfInfo, pdfText, squash, tempDir } from './support.js';

let printer: PdfPrinter;
usePrinter((p) => {
  printer = p;
});

const now = new Date(2026, 10, 23, 9, 30);

describe.each(DATA_SETS)('documents from the $name', (set) => {
  const dir = tempDir();
  let result: CheckResult;
  const pdfs = new Map<string, { file: string; text: string; rendered: Rendered }>();
  const htmls = new Map<string, string>();

  beforeAll(async () => {
    result = await check([set.placements], { asOf: set.asOf, configPath: set.config });
    for (const document of DOCUMENTS) {
      const html = await render(document, [set.placements], {
        asOf: set.asOf,
        configPath: set.config,
        format: 'html',
        now,
        result,
      });
      if (html.status !== 'rendered')
        throw new Error(
          `${document} was refused: ${html.blocking.map((f) => `${f.displayPath}:${f.line} ${f.message}`).join('; ')}`,
        );
      htmls.set(document, html.content as string);
      const pdf = await render(document, [set.placements], {
        asOf: set.asOf,
        configPath: set.config,
        format: 'pdf',
        now,
        result,
        printer,
      });
      if (pdf.status !== 'rendered') throw new Error(`${document} was refused`);
      const file = join(dir, `${document}.pdf`);
      writeFileSync(file, pdf.content);
      pdfs.set(document, { file, text: pdfText(file), rendered: pdf });
    }
  }, 180_000);

  const activeFiles = () =>
    result.files.filter((f) => f.provider && f.placements.some((r) => isActive(r.placement, result.asOf)));

  it.each(DOCUMENTS)('%s: a tagged A4 PDF with pages, the school and the as-of date on it', (document) => {
    const { file, text, rendered } = pdfs.get(document)!;
    const info = pdfInfo(file);
    expect(info.Tagged).toBe('yes');
    expect(Number(info.Pages)).toBeGreaterThan(0);
    expect(rendered.pages).toBe(Number(info.Pages));
    expect(info['Page size']).toMatch(/A4/);
    expect(text).toContain(`as of ${englishDate(result.asOf)}`);
    expect(text).toContain(`Page 1 of ${info.Pages}`);
    const school = result.config.school?.name;
    if (school) expect(text).toContain(school);
    expect(rendered.blockedRequests).toEqual([]);
  });

  it.each(DOCUMENTS)('%s: the HTML is one self-contained, escaped file', (document) => {
    const html = htmls.get(document)!;
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("font-family:'Source Sans 3'");
    expect(html).toContain('data:font/woff2;base64,');
    // Nothing to fetch: no external stylesheet, script, image or font.
    expect(html).not.toMatch(/<(link|script|img|iframe|object)\b/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    // url(#…) names a pattern inside the page's own inline SVG (the charts' fills), never a file or a host.
    expect(html).not.toMatch(/url\((?!data:|#[a-z0-9-]+\))/i);
  });

  it('planning-call: every active provider with its address, registration, URN, pupils and hours', () => {
    const { text, file } = pdfs.get('planning-call')!;
    const flat = squash(text);
    expect(pdfInfo(file)['Page size']).toMatch(/841\.\d+ x 59[45]\.\d+/); // landscape
    const c = result.counts;
    expect(flat).toMatch(
      new RegExp(
        `${c.pupils} ${c.send} ${c.ehcp} ${c.partTime} ${c.lookedAfter} ${c.providersRegistered} ${c.providersUnregistered}`,
      ),
    );
    for (const f of activeFiles()) {
      const p = f.provider!;
      expect(flat).toContain(p.name.trim());
      expect(flat).toContain(p.address.postcode);
      expect(flat).toContain(p.address.line1);
      expect(flat).toContain(p.address.town);
      if (p.registration.status === 'registered' && p.registration.urn)
        expect(flat).toContain(String(p.registration.urn));
      const pupils = new Set(
        f.placements.filter((r) => isActive(r.placement, result.asOf)).map((r) => pupilKey(r.placement.pupil)),
      );
      expect(flat).toContain(`${p.name.trim()} ${pupils.size} ${pupils.size === 1 ? 'pupil' : 'pupils'}`);
      for (const r of f.placements.filter((x) => isActive(x.placement, result.asOf))) {
        const ref = personalDataKind(r.placement.pupil) ? 'Reference hidden' : r.placement.pupil.trim();
        const hours = weeklyHours(r.placement);
        const line = text.split('\n').find((l) => l.includes(ref) && l.includes(englishDate(r.placement.start_date)));
        expect(line, `a row for ${ref} at ${p.name}`).toBeDefined();
        expect(squash(line!)).toContain(` ${hours === undefined ? 'Not recorded' : fmtHours(hours)} `);
      }
    }
  });

  it('planning-call: the PDF outline has the headings, each once', () => {
    const raw = readFileSync(pdfs.get('planning-call')!.file).toString('latin1');
    const titles = [...raw.matchAll(/\/Title\s*\(((?:[^()\\]|\\.)*)\)/g)].map((m) => m[1].trim());
    expect(titles).toContain('Summary');
    expect(titles).toContain('Providers in use');
    for (const f of activeFiles())
      expect(titles.some((t) => t.endsWith(`. ${f.provider!.name.trim().replace(/[()\\]/g, '\\$&')}`))).toBe(true);
    for (const t of titles) expect(t.length >= 4 && t.slice(0, t.length / 2) === t.slice(t.length / 2), t).toBe(false);
  });

  it('planning-call: ended placements and providers not in use do not appear', () => {
    const { text } = pdfs.get('planning-call')!;
    // The open-issues box may quote any finding, and the pupils who left AP have their own section at the
    // end; the lists of providers and pupils in AP now must hold only active placements.
    const lists = squash(text)
      .replace(/Open issues:.*?Providers in use/, 'Providers in use')
      .replace(/Left AP in the last twelve months.*$/, '');
    const current = new Set(
      result.files.flatMap((f) =>
        f.placements
          .filter((r) => placementState(r.placement, result.asOf) !== 'ended')
          .map((r) => pupilKey(r.placement.pupil)),
      ),
    );
    let ended = 0;
    for (const f of result.files) {
      for (const r of f.placements) {
        if (placementState(r.placement, result.asOf) !== 'ended' || current.has(pupilKey(r.placement.pupil))) continue;
        if (personalDataKind(r.placement.pupil)) continue;
        ended++;
        expect(lists).not.toMatch(
          new RegExp(`\\b${r.placement.pupil.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
        );
      }
      if (f.provider && !inUse(f, result.asOf)) expect(lists).not.toContain(f.provider.name.trim());
    }
    expect(ended).toBeGreaterThan(0); // the data set has an ended placement to leave out
  });

  it('provider-qa: one section per provider with its QA history', () => {
    const flat = squash(pdfs.get('provider-qa')!.text);
    for (const f of result.files.filter((x) => x.provider)) {
      expect(flat).toContain(f.provider!.name.trim());
      for (const qa of f.provider!.quality_assurance ?? []) expect(flat).toContain(englishDate(qa.date));
    }
    expect(flat).toContain('Quality assurance by the school');
  });

  it('placement-records: one record per active placement, marked confidential', () => {
    const { text, rendered } = pdfs.get('placement-records')!;
    const flat = squash(text);
    const active = result.files.flatMap((f) => f.placements.filter((r) => isActive(r.placement, result.asOf)));
    expect(rendered.pages).toBeGreaterThanOrEqual(active.length + 1);
    expect(flat).toContain('Confidential — contains pupil information');
    for (const r of active)
      if (!personalDataKind(r.placement.pupil)) expect(flat).toContain(`${r.placement.pupil.trim()} at `);
  });

  it('findings: every finding that counts, by provider', () => {
    const flat = squash(pdfs.get('findings')!.text);
    const counted = result.findings.filter((f) => !f.suppression);
    expect(flat).toContain(
      `${counted.filter((f) => f.severity === 'error').length} ${counted.filter((f) => f.severity === 'warn').length}`,
    );
    for (const f of counted.slice(0, 20)) expect(flat).toContain(f.ruleId);
  });

  it('the HTML and the PDF say the same figures as check', () => {
    const html = htmls.get('planning-call')!;
    // render refuses files it cannot read in full, so a document never has unreadable records to count.
    const { unreadablePlacements, unreadableFiles, ...shown } = result.counts;
    expect(unreadablePlacements + unreadableFiles).toBe(0);
    for (const n of Object.values(shown)) expect(html).toContain(`<span class="value">${n}</span>`);
  });
});

describe('ap-ready render (the command)', () => {
  const set = DATA_SETS[DATA_SETS.length - 1];

  it('writes the planning call PDF and says what it wrote', async () => {
    const out = join(tempDir(), 'planning-call.pdf');
    const r = await cli([
      'render',
      'planning-call',
      set.placements,
      '--config',
      set.config,
      '--as-of',
      set.asOf,
      '-o',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Wrote .*planning-call\.pdf \(\d+ pages?, \d+ providers?, \d+ pupils? in AP/);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfInfo(out).Tagged).toBe('yes');
  }, 60_000);

  it('picks the format from the file name, or --format', async () => {
    const dir = tempDir();
    let r = await cli([
      'render',
      'findings',
      set.placements,
      '--config',
      set.config,
      '--as-of',
      set.asOf,
      '-o',
      join(dir, 'f.HTML'),
      '--quiet',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'f.HTML'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    r = await cli([
      'render',
      'findings',
      set.placements,
      '--config',
      set.config,
      '--as-of',
      set.asOf,
      '-o',
      join(dir, 'f.txt'),
      '--format',
      'html',
    ]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'f.txt'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  }, 60_000);
});
