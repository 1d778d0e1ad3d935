// Checking some of a school's placement files (named files, standard input from an editor, the pre-commit
// hook's staged files) must not invent whole-school problems: the rest of placements/ is read as context for
// the register's week and the attendance matching, and only the files asked about are reported on (with the
// register and attendance files for named files; standard input alone for standard input).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';

const examples = resolve(import.meta.dirname, '../../examples');
const asOf = '2026-11-16';
const summary = (r: Awaited<ReturnType<typeof check>>) =>
  r.findings.map((f) => `${f.file.slice(examples.length + 1)} ${f.ruleId}`).sort();

describe('a partial check of the examples', () => {
  const whole = check(['placements'], { cwd: examples, asOf });

  it.each<[string, { paths: string[]; stdin?: Buffer; stdinFilename?: string }]>([
    ['one named file', { paths: ['placements/inkwell-lane-tuition-centre.yaml'] }],
    [
      'standard input',
      {
        paths: [],
        stdin: readFileSync(resolve(examples, 'placements/inkwell-lane-tuition-centre.yaml')),
        stdinFilename: 'placements/inkwell-lane-tuition-centre.yaml',
      },
    ],
    [
      'standard input under another name',
      {
        paths: [],
        stdin: readFileSync(resolve(examples, 'placements/inkwell-lane-tuition-centre.yaml')),
        stdinFilename: 'placements/editing.yaml',
      },
    ],
  ])('%s reports what the whole check reports about it, and nothing more', async (_name, o) => {
    const r = await check(o.paths, { cwd: examples, asOf, stdin: o.stdin, stdinFilename: o.stdinFilename });
    const all = summary(await whole);
    // The file on disk and a copy under another name are the same provider: the copy is not checked against the original.
    const mine = summary(r).map((s) =>
      s.replace('placements/editing.yaml', 'placements/inkwell-lane-tuition-centre.yaml'),
    );
    // No false whole-week errors for P-0107 (at two providers), no "unknown provider" rows for the others' CSVs.
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Named files are reported with the register and the attendance files; standard input (an editor's buffer)
    // is one result, its own, as ESLint gives.
    const own = (s: string) => s.startsWith('placements/inkwell-lane-tuition-centre.yaml');
    expect(mine).toEqual(all.filter((s) => (o.stdin ? own(s) : !s.startsWith('placements/') || own(s))));
    expect(mine).toContain('placements/inkwell-lane-tuition-centre.yaml multiple-providers');
    // The files and counts are the ones asked about.
    expect(r.files.map((f) => f.displayPath)).toEqual([
      o.stdinFilename ?? 'placements/inkwell-lane-tuition-centre.yaml',
    ]);
    expect(r.counts.pupils).toBe(3);
  });
});
