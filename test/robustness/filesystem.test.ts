// The placements folder as a file system can leave it: symlink loops, files that vanish between listing and
// reading, folders named like YAML files (unreadable files and folders, which need a run as another user, are
// in process.test.ts).
import { mkdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlacementFiles } from '../../src/load/files.js';
import { loadPlacementFiles } from '../../src/load/placement-file.js';
import {
  AS_OF,
  GOOD,
  GOOD_FINDING,
  checkJson,
  cli,
  expectBounded,
  expectGoodChecked,
  onlyFinding,
  repo,
} from './support.js';

const goodCopy = GOOD.replace('pupil: P-0042', 'pupil: P-0043');

describe('symlink loops in the placements folder', () => {
  it('a folder link back up the tree is followed once: every file is checked exactly once', async () => {
    const { dir, placements } = repo();
    mkdirSync(join(placements, 'sub'));
    writeFileSync(join(placements, 'sub', 'other.yaml'), goodCopy);
    symlinkSync('..', join(placements, 'sub', 'up')); // placements/sub/up -> placements
    symlinkSync(placements, join(placements, 'again')); // placements/again -> placements
    const { run, report } = await checkJson(dir);
    expect(run.status).toBe(1);
    expect(report.map((f) => f.filePath.slice(dir.length)).sort()).toEqual([
      '/placements/good.yaml',
      '/placements/sub/other.yaml',
    ]);
    expectGoodChecked(report);
  });

  it('a .yaml link to itself is one finding that says it is a link that loops', async () => {
    const { dir, placements } = repo();
    symlinkSync('self.yaml', join(placements, 'self.yaml'));
    const { report, file } = await checkJson(dir);
    const m = onlyFinding(file('self.yaml'));
    expect(m.message).toMatch(/^The file cannot be read/);
    // "the system said ELOOP" does not tell a data manager what to do.
    expect(m.message).toMatch(/link/i);
    expect(m.message).not.toMatch(/\bELOOP\b/);
    expectGoodChecked(report);
  });

  it('two .yaml links to each other: one finding each', async () => {
    const { dir, placements } = repo();
    symlinkSync('b.yaml', join(placements, 'a.yaml'));
    symlinkSync('a.yaml', join(placements, 'b.yaml'));
    const { report, file } = await checkJson(dir);
    expect(onlyFinding(file('a.yaml')).message).toMatch(/^The file cannot be read/);
    expect(onlyFinding(file('b.yaml')).message).toMatch(/^The file cannot be read/);
    expectGoodChecked(report);
  });
});

describe('files that vanish', () => {
  it('a dangling .yaml link (its target deleted) is one finding that says the link points nowhere', async () => {
    const { dir, placements } = repo();
    symlinkSync('moved-away.yaml', join(placements, 'gone.yaml'));
    const { report, file } = await checkJson(dir);
    const m = onlyFinding(file('gone.yaml'));
    expect(m.message).toMatch(/^The file cannot be read/);
    // Running again (the "disappeared while being checked" advice) cannot help a link whose target is gone.
    expect(m.message).toMatch(/link/i);
    expectGoodChecked(report);
  });

  it('a file deleted between listing and reading is one finding, and the rest are loaded', () => {
    const { placements } = repo({ 'soon-gone.yaml': goodCopy });
    const paths = findPlacementFiles([placements]);
    expect(paths.map((p) => p.slice(placements.length))).toEqual(['/good.yaml', '/soon-gone.yaml']);
    unlinkSync(join(placements, 'soon-gone.yaml'));
    const [good, gone] = loadPlacementFiles(paths);
    expect(gone.fileFindings.map((f) => [f.ruleId, f.message, f.line])).toEqual([
      ['yaml-syntax', 'The file cannot be read: it disappeared while being checked: run the check again.', 1],
    ]);
    expect(good.fileFindings).toEqual([]);
    expect(good.placements).toHaveLength(1);
  });

  it('a file replaced by a folder between listing and reading is one finding', () => {
    const { placements } = repo({ 'swapped.yaml': goodCopy });
    const paths = findPlacementFiles([placements]);
    rmSync(join(placements, 'swapped.yaml'));
    mkdirSync(join(placements, 'swapped.yaml'));
    const [, swapped] = loadPlacementFiles(paths);
    expect(swapped.fileFindings.map((f) => f.message)).toEqual([
      'The file cannot be read: it is a folder, not a file.',
    ]);
  });
});

describe('names that look like placement files', () => {
  it('a folder named x.yaml inside placements is searched, not read as a file', async () => {
    const { dir, placements } = repo();
    mkdirSync(join(placements, 'archive.yaml'));
    writeFileSync(join(placements, 'archive.yaml', 'old.yaml'), goodCopy);
    const { report } = await checkJson(dir);
    expect(report.map((f) => f.filePath.slice(dir.length)).sort()).toEqual([
      '/placements/archive.yaml/old.yaml',
      '/placements/good.yaml',
    ]);
  });

  it('a named folder with no YAML in it is exit 2 with one line naming it', async () => {
    const { dir, placements } = repo();
    mkdirSync(join(placements, 'empty.yaml'));
    const run = await cli(['check', 'placements/empty.yaml', '--as-of', AS_OF], { cwd: dir });
    expectBounded(run);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^ap-ready: placements\/empty\.yaml: this folder holds no \.yaml or \.yml placement file/,
    );
  });

  it('a named file that does not exist is exit 2 with one line naming it', async () => {
    const { dir } = repo();
    const run = await cli(['check', 'placements/nope.yaml', '--as-of', AS_OF], { cwd: dir });
    expectBounded(run);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^ap-ready: placements\/nope\.yaml: no such file or folder/);
  });
});

describe('everything at once', () => {
  it('a folder of every kind of bad file: each is named with its finding, the good file is still checked, in bounded time', async () => {
    const { dir, placements } = repo({
      'a-truncated.yaml': goodCopy.slice(0, goodCopy.indexOf('start: "09:30"') + 10),
      'b-malformed.yaml': 'provider:\n  name: X\n   address: y\n',
      'c-bomb.yaml': `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`,
      'd-binary.yaml': Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0]),
      'e-tabs.yaml': 'provider:\n\tname: X\n',
      'f-deep.yaml': '['.repeat(10_000),
      'g-dup.yaml': 'provider:\n  name: A\n  name: B\n',
      'h-types.yaml': goodCopy
        .replace('pupil: P-0043', 'pupil: 0042')
        .replace('looked_after: false', 'looked_after: "no"'),
    });
    symlinkSync('i-loop.yaml', join(placements, 'i-loop.yaml'));
    symlinkSync('nowhere.yaml', join(placements, 'j-dangling.yaml'));
    const run = await cli(['check', 'placements', '--as-of', AS_OF], { cwd: dir });
    expectBounded(run);
    expect(run.status).toBe(1);
    for (const name of [
      'a-truncated',
      'b-malformed',
      'c-bomb',
      'd-binary',
      'e-tabs',
      'f-deep',
      'g-dup',
      'h-types',
      'i-loop',
      'j-dangling',
    ]) {
      expect(run.stdout, name).toMatch(new RegExp(`^placements/${name}\\.yaml\\n\\s+\\d+:\\d+\\s+error\\s+\\S`, 'm'));
    }
    expect(run.stdout).toMatch(
      new RegExp(
        `^placements/good\\.yaml\\n\\s+${GOOD_FINDING.line}:5\\s+error\\s+The placement of pupil P-0042 has no reason`,
        'm',
      ),
    );
  });
});
