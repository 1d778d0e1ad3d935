// Issue 23, attendance CSVs: one bad file is that file's finding and the others are still reported; memory
// and time stay bounded; a header problem never quotes the row's text; a CSV that is not an ordinary file
// is said to be what it is.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, cli, expectBounded, repo, AS_OF, GOOD_FINDING, type FileReport } from './support.js';
import { MAX_FINDINGS_PER_FILE } from '../../src/engine.js';

const HEADER = 'date,session,pupil,provider,mark\n';
const ROW = '2025-11-24,am,P-0042,good,/\n';

/** A repo with attendance/ holding the given CSVs (text, or a function that makes the file at a path). */
function withAttendance(files: Record<string, string | ((path: string) => void)>) {
  const r = repo();
  mkdirSync(join(r.dir, 'attendance'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(r.dir, 'attendance', name);
    if (typeof content === 'string') writeFileSync(path, content);
    else content(path);
  }
  return r;
}

/** A sparse file of `size` bytes that starts with `head` (the rest reads as zero bytes, costing no disk). */
const sparse = (head: string, size: number) => (path: string) => {
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  ftruncateSync(fd, size);
  closeSync(fd);
};

/** The good file is still checked: its finding is reported (with attendance, a missing-marks warning may join it). */
function expectGoodChecked(report: FileReport[]): void {
  const good = report.filter((f) => f.filePath.endsWith('/placements/good.yaml'));
  expect(good).toHaveLength(1);
  expect(good[0].messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column }))).toContainEqual(
    GOOD_FINDING,
  );
}

const csvReport = (report: FileReport[], name: string) => {
  const found = report.filter((f) => f.filePath.endsWith(`/attendance/${name}`));
  expect(found, `${name} in the report`).toHaveLength(1);
  return found[0];
};

describe('an attendance CSV too large to hold', () => {
  it("a field running on past 512 MB (a quote never closed): that file's finding, the others still reported", async () => {
    const { dir } = withAttendance({
      'ok.csv': HEADER + ROW,
      'runaway.csv': sparse(`${HEADER}2025-11-24,am,"P-0042${'x'.repeat(8192)}`, 600 * 2 ** 20),
    });
    const { run, report } = await checkJson(dir);
    expect(run.status).toBe(1);
    expectGoodChecked(report);
    const m = csvReport(report, 'runaway.csv').messages;
    expect(m).toHaveLength(1);
    expect(m[0].message).toMatch(/MB, far more than any attendance export/);
  });

  it('a 20 GB (sparse) CSV is refused by its size before a byte is read', async () => {
    const { dir } = withAttendance({ 'huge.csv': sparse(HEADER, 20 * 2 ** 30), 'ok.csv': HEADER + ROW });
    const { run, report } = await checkJson(dir);
    expect(run.status).toBe(1);
    expectGoodChecked(report);
    expect(csvReport(report, 'huge.csv').messages.map((m) => m.message)).toEqual([
      expect.stringMatching(/^This file is 20,480 MB/),
    ]);
  });

  it('more than 125,000 findings in one file: capped, with one finding saying so, in every format', async () => {
    // A mark a day, am and pm, from 1901: 130,000 marks before the placement starts, each a finding.
    const rows: string[] = [HEADER.trimEnd()];
    for (let day = 0; rows.length <= 130_000; day++) {
      const d = new Date(Date.UTC(1901, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      rows.push(`${d},am,P-0042,good,/`, `${d},pm,P-0042,good,/`);
    }
    const { dir } = withAttendance({ 'years.csv': `${rows.join('\n')}\n` });
    for (const format of ['stylish']) {
      const run = await cli(['check', 'placements', '--as-of', AS_OF, '--format', format], { cwd: dir });
      expectBounded(run);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/only the first 1,000 are listed/);
    }
    const { report } = await checkJson(dir);
    const m = csvReport(report, 'years.csv').messages;
    expect(m.length).toBeLessThanOrEqual(5 * (MAX_FINDINGS_PER_FILE + 1));
    expect(m.filter((x) => /only the first 1,000 are listed/.test(x.message)).length).toBeGreaterThanOrEqual(1);
    expectGoodChecked(report);
  });
});

describe('a CSV that is not an ordinary file is said to be what it is', () => {
  it('a FIFO (which would block open() for ever) and a dangling link: a finding each; a link to a CSV is read', async () => {
    const { dir } = withAttendance({
      'pipe.csv': (p) => expect(spawnSync('mkfifo', [p]).status).toBe(0),
      'gone.csv': (p) => symlinkSync('no-such-file.csv', p),
      'linked.csv': (p) => {
        writeFileSync(`${p}.real`, HEADER + ROW);
        symlinkSync(`${p}.real`, p);
      },
    });
    const { report } = await checkJson(dir);
    expectGoodChecked(report);
    expect(csvReport(report, 'pipe.csv').messages.map((m) => m.message)).toEqual([
      expect.stringMatching(/^This is a named pipe \(FIFO\), not a CSV file/),
    ]);
    expect(csvReport(report, 'gone.csv').messages.map((m) => m.message)).toEqual([
      expect.stringMatching(/^This is a link to a file that does not exist/),
    ]);
    expect(
      report
        .filter((f) => f.filePath.endsWith('/attendance/linked.csv'))
        .flatMap((f) => f.messages.filter((m) => m.ruleId === 'attendance-file')),
    ).toEqual([]);
  });
});

describe('a first row that is not a header is never quoted back', () => {
  const row = '2025-11-24,am,Jane Smyth-Example,"DOB 01/02/2012, lives with aunt",/\n';
  for (const [name, text] of [
    ['LF', row + ROW],
    ['CR-only line ends', (row + ROW).replaceAll('\n', '\r')],
  ] as const) {
    it(`${name}: said by position and kind`, async () => {
      const { dir } = withAttendance({ 'no-header.csv': text });
      const { run, report } = await checkJson(dir);
      expect(run.stdout).not.toMatch(/Jane|Smyth|DOB|aunt|01\/02\/2012/);
      const messages = csvReport(report, 'no-header.csv').messages.map((m) => m.message);
      expect(messages.join('\n')).toMatch(
        /The header's 1st, 2nd, 3rd, 4th and 5th columns are not ones ap-ready reads/,
      );
      expect(messages.join('\n')).toMatch(/The first row looks like a row of marks, not a header/);
      const fmt = await cli(['check', 'placements', '--as-of', AS_OF, '--format', 'stylish'], { cwd: dir });
      expect(fmt.stdout).not.toMatch(/Jane|Smyth|DOB|aunt/);
    });
  }

  it('CR-only line ends are read as line ends: the rows count, each on its own line', async () => {
    const { dir } = withAttendance({
      'mac.csv': (HEADER + ROW + '2025-11-24,pm,P-0042,good,nonsense\n').replaceAll('\n', '\r'),
    });
    const { report } = await checkJson(dir);
    const m = csvReport(report, 'mac.csv').messages;
    expect(m.map((x) => [x.ruleId, x.line, x.column])).toEqual([['attendance-file', 3, 27]]);
  });
});
