// A valid placement file written with the `yaml` package (as a program or `ap-ready init` would write
// one) and read back by ap-ready's loader (js-yaml, core schema, then the zod schema) gives the same
// values: no text turns into a number, a date, a boolean or null on the way, and nothing is lost.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { PlacementFile } from '../../src/load/placement-file.js';
import { placementArb, providerArb, dateBetween } from './arbitraries.js';

const dir = mkdtempSync(join(tmpdir(), 'ap-ready-prop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** JSON-like copy without undefined (zod drops absent keys; the generator never makes undefined values). */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('a valid record survives YAML', () => {
  it('stringify (yaml) then load (ap-ready) gives the same provider and placements, with no finding of the loader', () => {
    const file = fc.record({
      provider: providerArb('2025-09-01', '2025-12-01'),
      placements: fc.array(placementArb(dateBetween('2024-01-01', '2026-12-31')), { minLength: 1, maxLength: 3 }),
    });
    let n = 0;
    fc.assert(
      fc.property(file, (value) => {
        const path = join(dir, `f${n++}.yaml`);
        const text = stringify(value);
        writeFileSync(path, text);
        const loaded = new PlacementFile(path, dir).load();
        expect(loaded.fileFindings, text).toEqual([]);
        expect(plain(loaded.provider), text).toEqual(plain(value.provider));
        expect(
          loaded.placements.map((r) => plain(r.placement)),
          text,
        ).toEqual(plain(value.placements));
      }),
      { numRuns: 300 },
    );
  });

  it('the same with CRLF line ends and a byte order mark', () => {
    const file = fc.record({
      provider: providerArb('2025-09-01', '2025-12-01'),
      placements: fc.array(placementArb(dateBetween('2024-01-01', '2026-12-31')), { minLength: 1, maxLength: 2 }),
    });
    let n = 0;
    fc.assert(
      fc.property(file, (value) => {
        const path = join(dir, `crlf${n++}.yaml`);
        const text = `\ufeff${stringify(value).replace(/\n/g, '\r\n')}`;
        writeFileSync(path, text);
        const loaded = new PlacementFile(path, dir).load();
        expect(loaded.fileFindings, text).toEqual([]);
        // Text values written over several lines read back with \n, as YAML defines: compare without the \r.
        expect(plain(loaded.provider)).toEqual(plain(value.provider));
        expect(loaded.placements.map((r) => plain(r.placement))).toEqual(plain(value.placements));
      }),
      { numRuns: 100 },
    );
  });
});
