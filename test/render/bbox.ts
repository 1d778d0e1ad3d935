// Word boxes of a PDF, read with `pdftotext -bbox-layout`, and the layout faults an inspector would see on
// the printed page: text printed over other text (a cell running into its neighbour), a page left half empty.
import { execFileSync } from 'node:child_process';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface Page {
  number: number;
  width: number;
  height: number;
  words: Word[];
}

const num = (s: string, name: string) => Number(new RegExp(`${name}="([0-9.]+)"`).exec(s)![1]);
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function parseBbox(xml: string): Page[] {
  const pages: Page[] = [];
  for (const m of xml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const words = [...m[2].matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
      text: unescape(w[2]),
      xMin: num(w[1], 'xMin'),
      yMin: num(w[1], 'yMin'),
      xMax: num(w[1], 'xMax'),
      yMax: num(w[1], 'yMax'),
    }));
    pages.push({ number: pages.length + 1, width: num(m[1], 'width'), height: num(m[1], 'height'), words });
  }
  return pages;
}

export const pdfPages = (file: string): Page[] =>
  parseBbox(execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));

/**
 * Pairs of words whose boxes intersect: by more than half a point across, and by more than a quarter of the
 * shorter word's height down. Lines of one paragraph touch by about a point (a box is taller than the line
 * pitch), which stays under that; a word run into the next column's text overlaps it by most of a line.
 */
export function overlaps(page: Page): [Word, Word][] {
  const found: [Word, Word][] = [];
  const words = [...page.words].sort((a, b) => a.xMin - b.xMin);
  for (let i = 0; i < words.length; i++) {
    const a = words[i];
    for (let j = i + 1; j < words.length && words[j].xMin < a.xMax; j++) {
      const b = words[j];
      const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (w > 0.5 && h > 0.25 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin)) found.push([a, b]);
    }
  }
  return found;
}

export const describeOverlap = (page: Page, [a, b]: [Word, Word]) =>
  `page ${page.number}: "${a.text}" (${a.xMin.toFixed(1)}–${a.xMax.toFixed(1)}, ${a.yMin.toFixed(1)}) overlaps "${b.text}" (${b.xMin.toFixed(1)}–${b.xMax.toFixed(1)}, ${b.yMin.toFixed(1)})`;

/** The words of the page between the running header and footer (Chromium draws them in the margins). */
export function bodyWords(page: Page, margin = 40): Word[] {
  return page.words.filter((w) => w.yMin > margin && w.yMax < page.height - margin);
}
