// Figures in messages and documents are grouped in thousands as en-GB writes them. thousands() does it
// without ICU (whose first use costs a check 12-18 ms); it must give exactly what toLocaleString('en-GB') gives.
import { describe, expect, it } from 'vitest';
import { thousands } from '../../src/model/wording.js';

describe('thousands', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [12345, '12,345'],
    [200000, '200,000'],
    [1234567, '1,234,567'],
    [-1500, '-1,500'],
    [-999, '-999'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
    // toLocaleString writes "-0" (Math.round(-0.2) is -0): nothing in a document or message should.
    [-0, '0'],
  ])('%d reads %s', (n, text) => {
    expect(thousands(n)).toBe(text);
  });

  it('gives what toLocaleString("en-GB") gives, for every length of number', () => {
    const values: number[] = [];
    for (let digits = 1; digits <= 16; digits++) {
      const top = 10 ** digits - 1;
      values.push(top, -top, 10 ** (digits - 1), Math.floor(top / 7));
    }
    for (const n of values.filter(Number.isSafeInteger)) expect(thousands(n)).toBe(n.toLocaleString('en-GB'));
  });

  it('leaves what is not a safe integer to toLocaleString', () => {
    for (const n of [1.5, 1234.5678, 2 ** 60, Infinity, NaN]) expect(thousands(n)).toBe(n.toLocaleString('en-GB'));
  });
});
