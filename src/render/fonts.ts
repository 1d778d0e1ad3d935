// The documents' typeface, Source Sans 3 (SIL Open Font License), from its npm package, inlined as
// data: URLs so the HTML loads nothing and the PDF looks the same on every computer.
import { readFileSync } from 'node:fs';
import { FACES, fontFile } from './typeface.js';

export const FONT_FAMILY = 'Source Sans 3';

const UNICODE = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

const cached = new Map<boolean, string>();

/**
 * @font-face rules for the weights the stylesheet uses, Latin and Latin Extended (names such as Łukasz or Şahin).
 * `forPrint`: the Latin faces are first asked for as fonts of the system (local(), by PostScript name), which
 * the PDF printer provides (render/printer/local-fonts.ts); the data: URL stays as the fallback.
 */
export function fontFaces(opts: { forPrint?: boolean } = {}): string {
  const forPrint = opts.forPrint === true;
  const made = cached.get(forPrint);
  if (made !== undefined) return made;
  const rules: string[] = [];
  for (const { weight, style, postscript } of FACES) {
    for (const [subset, range] of Object.entries(UNICODE) as [keyof typeof UNICODE, string][]) {
      let data: string;
      try {
        data = readFileSync(fontFile(subset, weight, style, 'woff2')).toString('base64');
      } catch {
        continue; // without the font package the documents fall back to the system's sans-serif
      }
      // The Latin faces are the system fonts the printer provides (printer/local-fonts.ts).
      const local = forPrint && subset === 'latin';
      rules.push(
        `@font-face{font-family:'${FONT_FAMILY}';font-style:${style};font-weight:${weight};font-display:block;` +
          `src:${local ? `local('${postscript}'),` : ''}url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range}}`,
      );
    }
  }
  const text = rules.join('\n');
  cached.set(forPrint, text);
  return text;
}
