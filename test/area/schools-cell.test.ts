import { describe, expect, it } from 'vitest';
import { schoolsCell } from '../../src/render/views/area/provider-blocks.js';

const schools = (n: number) => Array.from({ length: n }, (_, i) => `School ${i + 1}`);

describe("the overview's 'Schools using it' cell", () => {
  it.each<[number, string, string | undefined]>([
    [1, 'School 1', undefined],
    [8, schools(8).join('; '), undefined],
    [9, '9 schools', 'School 1; School 2; School 3; School 4; School 5 and 4 more'],
    [300, '300 schools', 'School 1; School 2; School 3; School 4; School 5 and 295 more'],
  ])('%i schools: %s', (n, text, sub) => {
    const cell = schoolsCell(schools(n));
    expect(cell.text).toBe(text);
    expect(cell.sub).toBe(sub);
  });
});
