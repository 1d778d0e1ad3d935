// Reading and mending the bytes of a PDF Chromium wrote: its page count, and its bookmarks' titles. A tagged
// 400-page PDF is some 15 MB, most of it the structure tree: both walk the bytes with Buffer.indexOf and decode
// only the few bytes they look at (as one 15 MB latin1 string searched with regular expressions, the two took
// 0.3-0.6 s of a print on the 2-core machine).

const isSpace = (b: number | undefined) =>
  b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0;
const isWordByte = (b: number | undefined) =>
  b !== undefined && ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f);
const bytesOf = (pdf: Uint8Array) => Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);

/** Where the next byte that is not PDF white space is, from `i`. */
function skipSpace(buf: Buffer, i: number): number {
  while (i < buf.length && isSpace(buf[i])) i++;
  return i;
}

const halfOf = (s: string): string | undefined =>
  s.length >= 4 && s.length % 2 === 0 && s.slice(0, s.length / 2) === s.slice(s.length / 2)
    ? s.slice(0, s.length / 2)
    : undefined;

/** A title's string from `open` (its `(` or `<`): where its text starts and ends, and the mended text, if doubled. */
function mendTitle(buf: Buffer, open: number): { from: number; text: string } | undefined {
  if (buf[open] === 0x28 /* ( */) {
    let end = open + 1;
    while (end < buf.length && buf[end] !== 0x29 && buf[end] !== 0x28) end += buf[end] === 0x5c /* \ */ ? 2 : 1;
    if (buf[end] !== 0x29) return undefined;
    const title = buf.toString('latin1', open + 1, end);
    const half = halfOf(title);
    return half === undefined ? undefined : { from: open + 1, text: half.padEnd(title.length, ' ') };
  }
  if (buf[open] === 0x3c /* < */) {
    const end = buf.indexOf(0x3e /* > */, open);
    if (end === -1) return undefined;
    const hex = buf.toString('latin1', open + 1, end);
    // UTF-16BE with a byte-order mark: FEFF, then four hex digits a character.
    if (!/^feff(?:[0-9a-f]{4})+$/i.test(hex)) return undefined;
    const half = halfOf(hex.slice(4));
    if (half === undefined || half.length % 4 !== 0) return undefined;
    return { from: open + 1, text: `${hex.slice(0, 4)}${half}${'0020'.repeat(half.length / 4)}` };
  }
  return undefined;
}

/**
 * Chromium sometimes writes a bookmark's title twice over ("Pupils attending each providerPupils attending each
 * provider") when its heading starts a page. The titles are plain (uncompressed) strings, so each is mended in
 * place, padded with spaces to its old length so that every byte offset in the file stays right.
 */
export function tidyOutline(pdf: Uint8Array): Uint8Array {
  const buf = bytesOf(pdf);
  let mended: Buffer | undefined;
  for (let at = buf.indexOf('/Title'); at !== -1; at = buf.indexOf('/Title', at + 6)) {
    const fix = mendTitle(buf, skipSpace(buf, at + 6));
    if (!fix) continue;
    mended ??= Buffer.from(buf);
    mended.write(fix.text, fix.from, 'latin1');
  }
  return mended ? new Uint8Array(mended.buffer, mended.byteOffset, mended.byteLength) : pdf;
}

/** Pages in a PDF Chromium wrote (its page objects are not compressed): each `/Type /Page`, not `/Pages`. */
export function pageCount(pdf: Uint8Array): number {
  const buf = bytesOf(pdf);
  let pages = 0;
  for (let at = buf.indexOf('/Page'); at !== -1; at = buf.indexOf('/Page', at + 5)) {
    if (isWordByte(buf[at + 5])) continue;
    let k = at;
    while (k > 0 && isSpace(buf[k - 1])) k--;
    if (k >= 5 && buf.toString('latin1', k - 5, k) === '/Type') pages++;
  }
  return pages;
}
