// The printed pages as an inspector sees them, read back from the PDF with `pdftotext -bbox-layout`: no
// text printed over other text (a cell running into the next column), the closing note never alone on a
// page, and no page left half empty before a provider's table in the planning call.
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/check.js';
import { DOCUMENTS, PdfPrinter, render } from '../../src/render/index.js';
import { bodyWords, describeOverlap, overlaps, parseBbox, pdfPages, type Page } from './bbox.js';
import { usePrinter } from '../support/printer.js';
import { DATA_SETS, LARGE, tempDir } from './support.js';

let printer: PdfPrinter;
usePrinter((p) => {
  printer = p;
});

describe('finding overlapping words', () => {
  const page = (words: [string, number, number, number, number][]) =>
    parseBbox(
      `<doc><page width="595" height="842">${words.map(([t, a, b, c, d]) => `<word xMin="${a}" yMin="${b}" xMax="${c}" yMax="${d}">${t}</word>`).join('')}</page></doc>`,
    )[0];

  it('a word run into the next column is found; neighbours on a line and lines of a paragraph are not', () => {
    // Measured from provider-qa before the fix: "meets" ran into the Notes column's "Induction".
    expect(
      overlaps(
        page([
          ['meets', 449.9, 475.0, 472.3, 487.1],
          ['Induction', 462.1, 477.8, 500.3, 491.3],
        ]),
      ),
    ).toHaveLength(1);
    expect(
      overlaps(
        page([
          ['Admissions', 337.0, 475.0, 377.4, 487.1],
          ['and', 379.1, 475.0, 392.8, 487.1],
        ]),
      ),
    ).toHaveLength(0);
    expect(
      overlaps(
        page([
          ['Safeguarding', 337.0, 452.5, 384.1, 464.6],
          ['Health', 337.0, 463.8, 360.5, 475.9],
        ]),
      ),
    ).toHaveLength(0);
  });
});

describe.each([...DATA_SETS, LARGE])('the pages of every document from the $name', (set) => {
  const pages = new Map<string, Page[]>();

  beforeAll(async () => {
    const dir = tempDir();
    const result = await check([set.placements], { asOf: set.asOf, configPath: set.config });
    for (const document of DOCUMENTS) {
      for (const includeFindings of [false, true]) {
        const r = await render(document, [set.placements], {
          asOf: set.asOf,
          configPath: set.config,
          format: 'pdf',
          result,
          printer,
          includeFindings,
        });
        if (r.status !== 'rendered') throw new Error(`${document} was refused`);
        const file = join(dir, `${document}-${includeFindings}.pdf`);
        writeFileSync(file, r.content);
        pages.set(`${document}${includeFindings ? ' --include-findings' : ''}`, pdfPages(file));
      }
    }
  }, 240_000);

  const names = DOCUMENTS.flatMap((d) => [d, `${d} --include-findings`]);

  it.each(names)('%s: no text is printed over other text', (name) => {
    const found = pages.get(name)!.flatMap((p) => overlaps(p).map((o) => describeOverlap(p, o)));
    expect(found).toEqual([]);
  });

  it.each(names)('%s: the closing note is never alone on a page', (name) => {
    for (const p of pages.get(name)!.slice(1)) {
      const text = bodyWords(p)
        .map((w) => w.text)
        .join(' ');
      expect(text.startsWith('Made by ap-ready'), `page ${p.number} holds only the closing note`).toBe(false);
    }
  });

  it.each(names)('%s: no page ends with a heading or the words that open a section', (name) => {
    const all = pages.get(name)!;
    for (const p of all.slice(0, -1)) {
      const body = bodyWords(p);
      const bottom = Math.max(...body.map((w) => w.yMax));
      const last = body
        .filter((w) => bottom - w.yMax < 2)
        .sort((a, b) => a.xMin - b.xMin)
        .map((w) => w.text)
        .join(' ');
      expect(last, `page ${p.number} ends with "${last}"`).not.toMatch(
        /^(Summary|Providers in use|Pupils attending each provider|Each row is one placement.*|Left AP in the last twelve months|Placements arranged to start.*|Placements|Overview|\d+\. .*\d+ pupils?( · .*)?)$/,
      );
    }
  });

  it("planning-call: no page is left half empty before a provider's table", () => {
    const all = pages.get('planning-call')!;
    for (const p of all.slice(1)) {
      const body = bodyWords(p).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
      const first = body
        .filter((w) => Math.abs(w.yMin - body[0].yMin) < 2)
        .map((w) => w.text)
        .join(' ');
      if (!/^(\d+\. |Pupils attending each provider)/.test(first)) continue;
      const before = bodyWords(all[p.number - 2]);
      const lowest = Math.max(...before.map((w) => w.yMax));
      // Half empty: the text ends above the middle of the page. (A provider's heading, the table's header and
      // its first row move together, so up to a third of a page may stay empty before them.)
      expect(
        lowest / p.height,
        `page ${p.number - 1} ends at ${Math.round((100 * lowest) / p.height)}% of its height before "${first}"`,
      ).toBeGreaterThan(0.55);
    }
  });
});
