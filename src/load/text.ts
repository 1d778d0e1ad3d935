// Bytes to text for the files ap-ready reads: UTF-8 only, with the position of the first thing that is not.
import { LineIndex } from './yaml.js';
import type { Position } from '../model/findings.js';

/** Offset of the first byte that does not start a valid UTF-8 character, or -1 (a sequence cut off by the end counts as invalid). */
export function firstInvalidUtf8(buf: Uint8Array): number {
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number, min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Where the first non-UTF-8 byte of `bytes` is, as a line and column of the text before it. */
function positionOf(bytes: Uint8Array, offset: number): Position {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  return new LineIndex(before).pos(before.length);
}

/** The file's text, or the one problem that stops it being read as UTF-8 text (a yaml-syntax finding). */
export function decodeText(bytes: Buffer): { text: string } | { problem: Position & { message: string } } {
  const at1 = { line: 1, column: 1 };
  const nul = bytes.indexOf(0);
  if (nul >= 8192) {
    // Text with a stray NUL far in: say where, so it can be found and deleted.
    return {
      problem: {
        ...positionOf(bytes, nul),
        message:
          'The file has a NUL character (a zero byte) here, which text files never hold: delete it, or save the file again as plain UTF-8 text.',
      },
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { ...at1, message: 'The file is saved as UTF-16: save it again as UTF-8.' } };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return {
      problem: {
        ...at1,
        message:
          'The file is binary, not YAML text: check it is the right file, or remove it from the placements folder.',
      },
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // Point at the first byte that is not UTF-8, so it can be found (often a Windows-1252 £ or ’).
    const at = firstInvalidUtf8(bytes);
    return {
      problem: {
        ...positionOf(bytes, at < 0 ? bytes.length : at),
        message:
          'The file is not UTF-8 text: save it again as UTF-8 (most editors offer this in "Save as"). This character was saved in another encoding (often Windows-1252, for £ or curly quotes).',
      },
    };
  }
}

/**
 * Whether every line is blank or a comment. Stops at the first other line (the first or second, in a
 * real file) without splitting the whole text into lines first.
 */
export function blankOrComments(src: string): boolean {
  for (let i = 0; ;) {
    const nl = src.indexOf('\n', i);
    if (!/^\s*(#.*)?$/.test(nl < 0 ? src.slice(i) : src.slice(i, nl))) return false;
    if (nl < 0) return true;
    i = nl + 1;
  }
}
