// The documents' typeface, Source Sans 3 (SIL Open Font License), as its npm package holds it: the faces the
// stylesheet uses and the package's file of each. The document embeds them (fonts.ts); the printer gives
// Chromium the same faces as system fonts (printer/local-fonts.ts).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A file of the font package (fontsource's naming), as a path; throws when the package is missing. */
export function fontFile(
  subset: 'latin' | 'latin-ext',
  weight: number,
  style: string,
  format: 'woff' | 'woff2',
): string {
  return require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-${style}.${format}`);
}

/** The faces the stylesheet uses, by weight and style, with each one's PostScript name (what local() names). */
export const FACES = [
  { weight: 400, style: 'normal', postscript: 'SourceSans3-Regular' },
  { weight: 400, style: 'italic', postscript: 'SourceSans3-Italic' },
  { weight: 600, style: 'normal', postscript: 'SourceSans3-SemiBold' },
  { weight: 700, style: 'normal', postscript: 'SourceSans3-Bold' },
] as const;
