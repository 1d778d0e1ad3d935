// The case pack of every pupil from the examples as one PDF through a real Chromium: tagged, a bookmark per
// pupil, the charts' figures in its text. The HTML of the journey's documents is test/journey/documents-html.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type CheckResult } from '../../src/check.js';
import { PdfPrinter, render } from '../../src/render/index.js';
import { usePrinter } from '../support/printer.js';
import { DATA_SETS, pdfInfo, pdfText, squash, tempDir } from './support.js';

const examples = DATA_SETS.find((s) => s.name === 'examples')!;
const now = new Date(2026, 10, 23, 9, 30);
let printer: PdfPrinter;
usePrinter((p) => {
  printer = p;
});
let result: CheckResult;
beforeAll(async () => {
  result = await check([examples.placements], { asOf: examples.asOf, configPath: examples.config });
});

describe('the case pack of every pupil', () => {
  it('--all: one tagged PDF with a bookmark for each pupil, charts and their figures in the text', async () => {
    const r = await render('pupil', [examples.placements], {
      format: 'pdf',
      asOf: examples.asOf,
      configPath: examples.config,
      now,
      result,
      printer,
      allPupils: true,
    });
    if (r.status !== 'rendered') throw new Error('refused');
    const file = join(tempDir(), 'all.pdf');
    writeFileSync(file, r.content);
    expect(pdfInfo(file).Tagged).toBe('yes');
    const raw = Buffer.from(r.content as Uint8Array).toString('latin1');
    const titles = [...raw.matchAll(/\/Title\s*\(((?:[^()\\]|\\.)*)\)/g)].map((m) => m[1].trim());
    const refs = [...new Set(result.run.placements.map((i) => i.placement.pupil))];
    expect(refs.length).toBe(14);
    for (const ref of refs)
      expect(
        titles.filter((t) => t === ref),
        ref,
      ).toHaveLength(1);
    const text = squash(pdfText(file));
    expect(text).toContain('Attendance by week');
    expect(text).toMatch(/9 November 2026 2 0 2 4 50%/); // P-0109's last week: 2 of 4 present, 2 unauthorised
  }, 120_000);
});
