import { describe, expect, it } from 'vitest';
import { decodeWindows1252, decodeByteString } from '../../src/gias/windows1252.js';

// The WHATWG index-windows-1252 for 0x80–0x9F; every other byte is its own code point.
const HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

describe('decodeWindows1252', () => {
  it('maps all 256 bytes as the WHATWG Encoding Standard does', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, b) => b);
    const expected = Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : String.fromCharCode(b))).join(
      '',
    );
    expect(decodeWindows1252(bytes)).toBe(expected);
  });

  it.each([
    [[0x53, 0x74, 0x20, 0x4d, 0x61, 0x72, 0x79, 0x92, 0x73], 'St Mary’s'],
    [[0xc9, 0x63, 0x6f, 0x6c, 0x65], 'École'],
    [[0x5a, 0x6f, 0xeb], 'Zoë'],
    [[0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35], '“A” – €5'],
  ])('%j → %s', (bytes, text) => {
    expect(decodeWindows1252(Uint8Array.from(bytes))).toBe(text);
  });

  it('works on a view into a larger buffer', () => {
    const buffer = Buffer.from([0x41, 0x92, 0x42, 0x43]);
    expect(decodeWindows1252(buffer.subarray(1, 3))).toBe('’B');
  });
});

describe('decodeByteString', () => {
  it.each([
    ['plain ASCII', 'Brookside', 'windows-1252', 'Brookside'],
    ['Windows-1252', 'St Mary\x92s \xc9cole', 'windows-1252', 'St Mary’s École'],
    ['UTF-8', Buffer.from('St Mary’s École', 'utf8').toString('latin1'), 'utf-8', 'St Mary’s École'],
  ] as const)('%s', (_label, bytes, encoding, text) => {
    expect(decodeByteString(bytes, encoding)).toBe(text);
  });
});
