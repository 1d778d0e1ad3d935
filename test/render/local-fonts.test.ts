// The documents' typeface as system fonts for printing (src/render/printer/local-fonts.ts): the WOFF files of the font
// package turned into TrueType fonts Chromium finds through fontconfig, the stylesheet asking for them by
// PostScript name before its data: URL, and a printed PDF embedding those faces. A real Chromium and poppler's
// pdffonts: this fails, never skips, without them.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFaces } from '../../src/render/fonts.js';
import { localFontEnv, woffToSfnt } from '../../src/render/printer/local-fonts.js';
import { FACES, fontFile } from '../../src/render/typeface.js';
import { render, type PdfPrinter } from '../../src/render/index.js';
import { usePrinter } from '../support/printer.js';
import { DATA_SETS } from './support.js';
import { tempDir } from '../support/temp-dir.js';

/** The PostScript name (name ID 6, Windows platform) in a TrueType font's name table. */
function postscriptName(font: Buffer): string {
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    if (font.toString('latin1', at, at + 4) !== 'name') continue;
    const table = font.readUInt32BE(at + 8);
    const records = font.readUInt16BE(table + 2),
      strings = table + font.readUInt16BE(table + 4);
    for (let r = 0; r < records; r++) {
      const rec = table + 6 + r * 12;
      if (font.readUInt16BE(rec) !== 3 || font.readUInt16BE(rec + 6) !== 6) continue;
      const bytes = font.subarray(
        strings + font.readUInt16BE(rec + 10),
        strings + font.readUInt16BE(rec + 10) + font.readUInt16BE(rec + 8),
      );
      let s = '';
      for (let j = 0; j < bytes.length; j += 2) s += String.fromCharCode(bytes.readUInt16BE(j));
      return s;
    }
  }
  return '';
}

describe('the typeface as system fonts', () => {
  it('each WOFF face becomes a TrueType font with the PostScript name the stylesheet asks for', () => {
    for (const { weight, style, postscript } of FACES) {
      const woff = readFileSync(fontFile('latin', weight, style, 'woff'));
      const font = woffToSfnt(woff);
      expect(font.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the wrapped font's own flavour (TrueType)
      expect(font.readUInt16BE(4)).toBe(woff.readUInt16BE(12)); // every table
      expect(font.length).toBe(woff.readUInt32BE(16)); // WOFF's totalSfntSize: the font exactly as it was
      expect(postscriptName(font)).toBe(postscript);
    }
    expect(() => woffToSfnt(Buffer.from('not a font at all, not even close to one: 44+ bytes long'))).toThrow(
      /not a WOFF font/,
    );
  });

  it("writes the faces and a fontconfig file into the browser's folder, and fontconfig lists them", () => {
    const dir = tempDir();
    const env = localFontEnv(dir)!;
    expect(env.FONTCONFIG_FILE).toBe(join(dir, 'fonts.conf'));
    expect(readdirSync(join(dir, 'fonts')).sort()).toHaveLength(FACES.length);
    const listed = execFileSync('fc-list', [':', 'postscriptname'], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    for (const { postscript } of FACES) expect(listed).toContain(postscript);
  });

  it('the stylesheet for print asks for the Latin faces by name first, keeping the data: URL; the HTML one does not', () => {
    const print = fontFaces({ forPrint: true }),
      html = fontFaces();
    for (const { postscript } of FACES)
      expect(print).toContain(`src:local('${postscript}'),url(data:font/woff2;base64,`);
    expect(html).not.toContain('local(');
    expect(print.match(/@font-face/g)).toHaveLength(html.match(/@font-face/g)!.length);
  });
});

describe('a printed PDF', () => {
  let printer: PdfPrinter;
  usePrinter((p) => {
    printer = p;
  });

  it("embeds the typeface's faces from the system fonts (their own names), with the text unchanged", async () => {
    const set = DATA_SETS[0];
    const r = await render('planning-call', [set.placements], {
      asOf: set.asOf,
      configPath: set.config,
      format: 'pdf',
      printer,
    });
    if (r.status !== 'rendered') throw new Error('refused');
    const dir = tempDir({ 'a.pdf': Buffer.from(r.content as Uint8Array) });
    const fonts = execFileSync('pdffonts', [join(dir, 'a.pdf')], { encoding: 'utf8' });
    for (const name of ['SourceSans3-Regular', 'SourceSans3-SemiBold', 'SourceSans3-Bold'])
      expect(fonts).toContain(name);
    // The web font's faces call themselves "Source Sans 3 ExtraLight": none of them was needed.
    expect(fonts).not.toContain('ExtraLight');
    expect(execFileSync('pdftotext', [join(dir, 'a.pdf'), '-'], { encoding: 'utf8' })).toContain(
      'Pupils in alternative provision',
    );
  }, 60_000);
});
