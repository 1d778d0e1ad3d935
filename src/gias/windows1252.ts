// Windows-1252 by hand: Node 20.18.3+ decodes `new TextDecoder('windows-1252')` as ISO-8859-1, so byte
// 0x92 comes out as the control character U+0092 instead of ’ (nodejs/node#56542, #60888).
// Windows-1252 is ISO-8859-1 except for 0x80–0x9F; this table (WHATWG index-windows-1252) fixes that range.

/** Unicode code points for bytes 0x80–0x9F (the five unassigned bytes map to themselves, as in WHATWG). */
export const WINDOWS_1252_HIGH_CONTROL: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

const HIGH_CONTROL = /[\x80-\x9f]/g;
const NON_ASCII = /[\x80-\xff]/;

/**
 * Turns a "byte string" (one char per byte, as `buffer.toString('latin1')` gives) into text, read as
 * Windows-1252 or UTF-8. ASCII-only strings come back unchanged without any work.
 */
export function decodeByteString(bytes: string, encoding: 'windows-1252' | 'utf-8'): string {
  if (!NON_ASCII.test(bytes)) return bytes;
  if (encoding === 'utf-8') return Buffer.from(bytes, 'latin1').toString('utf8');
  return bytes.replace(HIGH_CONTROL, (c) => String.fromCharCode(WINDOWS_1252_HIGH_CONTROL[c.charCodeAt(0) - 0x80]));
}

/** Decodes Windows-1252 bytes correctly on every Node version. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return decodeByteString(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
    'windows-1252',
  );
}
