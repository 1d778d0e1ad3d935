// `check -`: standard input is checked in memory, under the name --stdin-filename gives, exactly as a file on
// disk would be (encoding checks and the size limit included), and nothing is written to disk.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { memoryFs } from '../../src/load/fs.js';
import { MAX_FILE_BYTES } from '../../src/load/placement-file.js';
import { readStdin, stdinPlacementFile } from '../../src/load/stdin.js';
import { UsageError } from '../../src/model/findings.js';
import { COMPLIANT } from '../support/check-in-memory.js';

const messages = (bytes: Uint8Array) =>
  stdinPlacementFile(bytes, 'placements/editing.yaml', '/school').fileFindings.map((f) => f.message);

describe('standard input as a placement file', () => {
  it.each([
    ['empty', Buffer.from(''), /The file is empty/],
    ['UTF-16', Buffer.from([0xff, 0xfe, 0x70, 0x00]), /saved as UTF-16/],
    ['binary', Buffer.from([0x70, 0x00, 0x01, 0x02]), /binary, not YAML/],
    ['not UTF-8', Buffer.from([0x70, 0x3a, 0x20, 0xc3, 0x28]), /not UTF-8/],
    ['over the size limit', Buffer.alloc(MAX_FILE_BYTES + 1, 0x61), /5\.0 MB; a placement file is a few KB/],
  ])('%s input is a finding', (_name, bytes, expected) => {
    const found = messages(bytes);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(expected);
  });

  it('is named by --stdin-filename (relative to cwd), or stdin.yaml', () => {
    expect(stdinPlacementFile(Buffer.from(COMPLIANT), 'placements/editing.yaml', '/school').displayPath).toBe(
      'placements/editing.yaml',
    );
    expect(stdinPlacementFile(Buffer.from(COMPLIANT), undefined, '/school').path).toBe('/school/stdin.yaml');
    expect(() => stdinPlacementFile(Buffer.from(COMPLIANT), '  ', '/school')).toThrow(UsageError);
  });

  it('reads at most one byte past the limit', async () => {
    const big = Readable.from([Buffer.alloc(MAX_FILE_BYTES), Buffer.alloc(10)]);
    expect((await readStdin(big)).length).toBe(MAX_FILE_BYTES + 1);
    expect((await readStdin(Readable.from([Buffer.from('a: 1\n')]))).toString()).toBe('a: 1\n');
  });

  it('is checked beside the named files, all in memory', async () => {
    const bad = COMPLIANT.replace(/postcode: .*/, 'postcode: NOT A CODE');
    const fs = memoryFs({ '/school/placements/other.yaml': COMPLIANT });
    const result = await check(['placements'], {
      cwd: '/school',
      fs,
      asOf: '2026-11-16',
      stdin: Buffer.from(bad),
      stdinFilename: 'placements/editing.yaml',
    });
    expect(result.checked.map((f) => f.displayPath).sort()).toEqual([
      'placements/editing.yaml',
      'placements/other.yaml',
    ]);
    expect(result.findings.filter((f) => f.ruleId === 'postcode-format').map((f) => f.file)).toEqual([
      '/school/placements/editing.yaml',
    ]);
  });
});

describe('standard input in a school that keeps a register and attendance records', () => {
  it('gives exactly one result, the file read (as ESLint), with the folder still read for context', async () => {
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const { format } = await import('../../src/index.js');
    const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
    const text = readFileSync(`${examples}placements/inkwell-lane-tuition-centre.yaml`);
    const asFolder = await check(['placements'], { cwd: examples, asOf: '2026-11-16' });
    // The folder's run reports on the register and the attendance files too: there is something to leave out.
    expect(asFolder.checked.map((c) => c.displayPath)).toEqual(
      expect.arrayContaining(['pupils.yaml', 'attendance/inkwell-lane-export.csv']),
    );
    const result = await check([], {
      cwd: examples,
      asOf: '2026-11-16',
      stdin: text,
      stdinFilename: 'placements/inkwell-lane-tuition-centre.yaml',
    });
    const json = JSON.parse(format(result, 'json')) as { filePath: string; messages: unknown[] }[];
    expect(json.map((r) => r.filePath)).toEqual([`${examples}placements/inkwell-lane-tuition-centre.yaml`]);
    expect(result.findings.every((f) => f.file === json[0].filePath)).toBe(true);
    // Its own findings are the same as when the folder is checked.
    const own = (r: typeof result) =>
      r.findings.filter((f) => f.file.endsWith('inkwell-lane-tuition-centre.yaml')).map((f) => `${f.ruleId}@${f.line}`);
    expect(own(result)).toEqual(own(asFolder));
  });
});
