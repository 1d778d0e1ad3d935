// The documents' typeface as fonts of the system for Chromium's printing, on Linux. Chromium writes a web font
// (an @font-face with a data: URL) into every page it prints, and a system font once: measured on the
// 391-page planning call of 300 providers, printing took 17.5 s with the web font and 10.7 s with the same faces
// as system fonts, the PDF's text and fonts otherwise the same. So before Chromium starts, the Latin faces of
// Source Sans 3 are written as TrueType files (from the fontsource package's WOFF files: each table inflated, the
// font itself unchanged) into the browser's own profile folder, with a fontconfig file that adds that folder to
// the system's fonts; the stylesheet for a PDF asks for them with local() before its data: URL, so a browser
// without them (macOS, Windows, or no font package) prints with the web font as before.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { FACES, fontFile } from '../typeface.js';

/** A WOFF 1.0 font as the TrueType (or OpenType) font it wraps: the tables inflated, the directory rebuilt. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < 44 || woff.readUInt32BE(0) !== 0x774f4646 /* wOFF */) throw new Error('not a WOFF font');
  const flavor = woff.readUInt32BE(4),
    count = woff.readUInt16BE(12);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4),
      compressed = woff.readUInt32BE(at + 8),
      length = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compressed);
    const data = compressed < length ? inflateSync(raw) : raw;
    if (data.length !== length) throw new Error('a WOFF table does not inflate to its stated length');
    tables.push({ tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data });
  }
  let selector = 0;
  while (2 << selector <= count) selector++;
  const range = (1 << selector) * 16;
  let size = 12 + count * 16;
  for (const t of tables) size += (t.data.length + 3) & ~3;
  const out = Buffer.alloc(size);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(range, 6);
  out.writeUInt16BE(selector, 8);
  out.writeUInt16BE(count * 16 - range, 10);
  let offset = 12 + count * 16;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}

/**
 * Writes the faces and a fontconfig file into `dir` (the browser's profile folder) and returns the environment
 * Chromium is to start with; undefined where fontconfig is not how Chromium finds fonts, or the font package
 * is missing (the web font is used then, as before).
 */
export function localFontEnv(dir: string): { FONTCONFIG_FILE: string } | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const fonts = join(dir, 'fonts');
    mkdirSync(fonts, { recursive: true });
    for (const { weight, style } of FACES) {
      const woff = readFileSync(fontFile('latin', weight, style, 'woff'));
      writeFileSync(join(fonts, `source-sans-3-latin-${weight}-${style}.ttf`), woffToSfnt(woff));
    }
    const config = join(dir, 'fonts.conf');
    const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    writeFileSync(
      config,
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${xml(fonts)}</dir>\n  <cachedir>${xml(join(dir, 'fontconfig-cache'))}</cachedir>\n</fontconfig>\n`,
    );
    return { FONTCONFIG_FILE: config };
  } catch {
    return undefined;
  }
}
