// The command line, as a school's data manager or CI runs it, in-process (execute(), test/support/cli.ts): exit
// codes (cli.md: 0 no errors, 1 lint errors, 2 could not run), one clear line for every mistake and never a
// stack trace, the json format's exact shape, and the examples passing.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPLIANT as C, GONE, edit } from '../support/check-in-memory.js';
import { PassThrough, Writable } from 'node:stream';
import { execute } from '../../src/execute.js';
import { collector, runCli, type Ran } from '../support/cli.js';
import { tempDir as makeDir } from '../support/temp-dir.js';

/**
 * A school folder with these files. It keeps no pupil register, so its config turns whereabouts-unknown off
 * (that rule's own tests cover it), unless the test writes a config of its own.
 */
const tempDir = (files: Record<string, string | Buffer> = {}, prefix?: string) =>
  makeDir({ 'ap-ready.config.yaml': 'rules: { whereabouts-unknown: off }\n', ...files }, prefix);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AS_OF = ['--as-of', '2025-12-01'];

const cli = (args: string[], cwd: string): Promise<Ran> => runCli(args, { cwd });

/** No stack trace anywhere, ever. */
function noStack(r: Ran): void {
  expect(r.stderr + r.stdout).not.toMatch(/^\s+at .*[(:]/m);
  expect(r.stderr + r.stdout).not.toMatch(/TypeError|ReferenceError|something unexpected went wrong/);
}

/** A lint run: exit 1, nothing on stderr, and the stylish line `line:col  error  message  rule-id`. */
function expectLintError(r: Ran, line: RegExp): void {
  noStack(r);
  expect(r.status).toBe(1);
  expect(r.stderr).toBe('');
  expect(
    r.stdout.split('\n').some((l) => line.test(l)),
    `${r.stdout}\nshould have a line matching ${line}`,
  ).toBe(true);
}

/** Could not run: exit 2, stdout empty, and one stderr line "ap-ready: …" that matches. */
function expectUsage(r: Ran, line: RegExp): void {
  noStack(r);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines[0]).toMatch(/^ap-ready: /);
  expect(
    lines.some((l) => line.test(l)),
    `${r.stderr}\nshould have a line matching ${line}`,
  ).toBe(true);
}

describe('bad input: one clear line, never a stack trace', () => {
  it('invalid YAML: exit 1, yaml-syntax at line:col, and the other files are still checked', async () => {
    const dir = tempDir({
      'placements/a.yaml': edit(C, { 42: '\tstart_date: 2025-10-06' }),
      'placements/b.yaml': edit(C, { 8: '    postcode: LS11 5A' }),
    });
    const r = await cli(['check', 'placements', ...AS_OF], dir);
    expectLintError(
      r,
      /^ {2}42:1 {2}error {4}This is not valid YAML: a tab is used for indentation: indent with spaces only\. {2}yaml-syntax$/,
    );
    expect(r.stdout).toMatch(
      /^ {2}8:15 +error +The postcode "LS11 5A" is not a valid UK postcode.* {2}postcode-format$/m,
    );
    expect(r.stdout).toMatch(/2 problems \(2 errors, 0 warnings\) in 2 of 2 files/);
  });

  it('a DD/MM/YYYY date: date-format naming the ISO form', async () => {
    const dir = tempDir({ 'placements/a.yaml': edit(C, { 42: '    start_date: 06/10/2025' }) });
    expectLintError(
      await cli(['check', 'placements', ...AS_OF], dir),
      /^ {2}42:17 {2}error {4}start_date is a date written day first \(DD\/MM\/YYYY\): write dates as YYYY-MM-DD, here 2025-10-06\. {2}date-format$/,
    );
  });

  it("a typo'd key: schema, did you mean", async () => {
    const dir = tempDir({ 'placements/a.yaml': edit(C, { 42: '    start_dte: 2025-10-06' }) });
    expectLintError(
      await cli(['check', 'placements', ...AS_OF], dir),
      /^ {2}42:5 +error +This key is not one ap-ready knows \(the finding points at it\): did you mean "start_date"\? {2}schema$/,
    );
  });

  it('pupil: 0042 — schema, says to quote it', async () => {
    const dir = tempDir({ 'placements/a.yaml': edit(C, { 40: '  - pupil: 0042' }) });
    expectLintError(
      await cli(['check', 'placements', ...AS_OF], dir),
      /^ {2}40:12 +error +The pupil reference was read as a number: put it in quotes.* {2}schema$/,
    );
  });

  it('an empty file: yaml-syntax at 1:1', async () => {
    const dir = tempDir({ 'placements/a.yaml': '', 'placements/b.yaml': C });
    const r = await cli(['check', 'placements', ...AS_OF], dir);
    expectLintError(r, /^ {2}1:1 {2}error {4}The file is empty: .* {2}yaml-syntax$/);
    expect(r.stdout).toMatch(/1 problem \(1 error, 0 warnings\) in 1 of 2 files/);
  });

  it('a folder with no YAML: exit 2', async () => {
    const dir = tempDir({ 'placements/readme.txt': 'nothing here' });
    expectUsage(
      await cli(['check', 'placements', ...AS_OF], dir),
      /^ap-ready: placements: this folder holds no \.yaml or \.yml placement file\./,
    );
  });

  it('a path that does not exist: exit 2', async () => {
    const dir = tempDir({ 'placements/a.yaml': C });
    expectUsage(await cli(['check', 'placemnts', ...AS_OF], dir), /^ap-ready: placemnts: no such file or folder\./);
  });

  it('no path given and no placements/ folder: exit 2', async () => {
    const dir = tempDir({ 'notes.txt': 'x' });
    expectUsage(await cli(['check', ...AS_OF], dir), /^ap-ready: placements: no such file or folder\./);
  });

  it('an unknown rule in config: exit 2, naming the file, line and the nearest rule', async () => {
    const dir = tempDir({ 'ap-ready.config.yaml': 'rules:\n  review-overdu: error\n', 'placements/a.yaml': C });
    expectUsage(
      await cli(['check', 'placements', ...AS_OF], dir),
      /ap-ready\.config\.yaml:2:3: unknown rule "review-overdu": did you mean "review-overdue"\?/,
    );
  });

  it('an unknown config key: exit 2, naming the nearest key', async () => {
    const dir = tempDir({ 'ap-ready.config.yaml': 'threshold:\n  review_interval_days: 10\n', 'placements/a.yaml': C });
    expectUsage(
      await cli(['check', 'placements', ...AS_OF], dir),
      /ap-ready\.config\.yaml:1:1: Unknown key "threshold": did you mean "thresholds"\?/,
    );
  });

  it('a bad --as-of: exit 2', async () => {
    const dir = tempDir({ 'placements/a.yaml': C });
    expectUsage(
      await cli(['check', 'placements', '--as-of', '01/12/2025'], dir),
      /^ap-ready: --as-of "01\/12\/2025" is not a date: write it as YYYY-MM-DD/,
    );
    expectUsage(
      await cli(['check', 'placements', '--as-of', '2025-02-30'], dir),
      /^ap-ready: --as-of "2025-02-30" is not a date/,
    );
  });

  it("--format naming an installed ESLint formatter package (as eslint -f unix): its text, the check's exit code", async () => {
    const r = await cli(
      ['check', 'examples/broken', '--config', 'examples/ap-ready.config.yaml', ...AS_OF, '--format', 'unix'],
      ROOT,
    );
    expect([r.status, r.stderr]).toEqual([1, '']);
    expect(r.stdout).toMatch(/examples\/broken\/[^:]+\.yaml:\d+:\d+: .* \[Error\/[a-z-]+\]$/m);
    expect(r.stdout).toMatch(/^\d+ problems?\n$/m);
  });

  it('an unknown --format: exit 2, listing the formats', async () => {
    const dir = tempDir({ 'placements/a.yaml': C });
    expectUsage(
      await cli(['check', 'placements', ...AS_OF, '--format', 'xml'], dir),
      /^ap-ready: --format "xml" is not a format: use one of stylish, json, json-with-metadata, sarif, github, junit, gitlab, or a formatter module/,
    );
  });

  it('a bad --max-warnings: exit 2', async () => {
    const dir = tempDir({ 'placements/a.yaml': C });
    expectUsage(
      await cli(['check', 'placements', ...AS_OF, '--max-warnings', 'lots'], dir),
      /^ap-ready: --max-warnings "lots" is not a number of warnings/,
    );
  });

  it('a --config file that does not exist: exit 2', async () => {
    const dir = tempDir({ 'placements/a.yaml': C });
    expectUsage(
      await cli(['check', 'placements', ...AS_OF, '--config', 'nope.yaml'], dir),
      /^ap-ready: nope\.yaml: the config file cannot be read/,
    );
  });
});

describe('exit codes', () => {
  it('a file that opens with aligned comments is checked at once (no runaway pattern matching)', async () => {
    // A first comment line with a long run of spaces, as in a hand-aligned header; the check must take
    // well under the 20 s the CLI is given here (it took a second on a loaded 2-core machine).
    const header = '# Provider file for Bridge Learning Centre                              -> checked by ap-ready\n\n';
    const dir = tempDir({ 'placements/a.yaml': header + C });
    const r = await cli(['check', 'placements', ...AS_OF], dir);
    noStack(r);
    expect(r.status, 'the check did not finish').toBe(0);
    expect(r.stdout).toContain('No problems in 1 file.');
  });

  it('0 for a compliant file, with the counts', async () => {
    const dir = tempDir({ 'placements/a.yaml': C });
    const r = await cli(['check', 'placements', ...AS_OF], dir);
    noStack(r);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No problems in 1 file.');
    expect(r.stdout).toContain(
      'As of 1 December 2025: 1 pupil in AP (1 with SEND, 0 with an EHC plan, 1 on a part-time timetable, 0 looked after); providers in use: 0 registered, 1 unregistered.',
    );
  });

  it('0 with warnings only; 1 when they exceed --max-warnings', async () => {
    const dir = tempDir({ 'placements/a.yaml': edit(C, { 49: GONE }) });
    const ok = await cli(['check', 'placements', ...AS_OF], dir);
    noStack(ok);
    expect(ok.status).toBe(0);
    expect((await cli(['check', 'placements', ...AS_OF, '--max-warnings', '1'], dir)).status).toBe(0);
    const over = await cli(['check', 'placements', ...AS_OF, '--max-warnings', '0'], dir);
    noStack(over);
    expect(over.status).toBe(1);
    expect(over.stderr.trim()).toBe('ap-ready: 1 warning, more than --max-warnings 0 allows.');
  });

  it('--config FILE is used (not only the file found upward)', async () => {
    const dir = tempDir({
      'settings/school.yaml': 'rules:\n  la-notified: error\n',
      'placements/a.yaml': edit(C, { 49: GONE }),
    });
    const r = await cli(['check', 'placements', ...AS_OF, '--config', 'settings/school.yaml'], dir);
    noStack(r);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^ {2}40:5 +error +The local authority has not been told .* {2}la-notified$/m);
  });
});

describe('--format json', () => {
  it("is exactly the shape cli.md gives (ESLint's)", async () => {
    const dir = tempDir({
      'placements/a.yaml': edit(C, { 49: GONE, 8: '    postcode: LS11 5A' }),
      'placements/b.yaml': edit(C, { 40: '  - pupil: P-0043' }),
      'placements/c.yaml': 'provider: [\n',
    });
    const r = await cli(['check', 'placements', ...AS_OF, '--format', 'json'], dir);
    noStack(r);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(Array.isArray(out)).toBe(true);
    expect(out).toHaveLength(3); // one entry per checked file, findings or not
    for (const entry of out) {
      expect(Object.keys(entry).sort()).toEqual([
        'errorCount',
        'fatalErrorCount',
        'filePath',
        'fixableErrorCount',
        'fixableWarningCount',
        'messages',
        'suppressedMessages',
        'usedDeprecatedRules',
        'warningCount',
      ]);
      expect(isAbsolute(entry.filePath as string)).toBe(true);
      expect(entry.fixableErrorCount).toBe(0);
      expect(entry.fixableWarningCount).toBe(0);
      expect(entry.suppressedMessages).toEqual([]);
      const messages = entry.messages as Record<string, unknown>[];
      for (const m of messages) {
        const allowed = [
          'ruleId',
          'severity',
          'message',
          'line',
          'column',
          'endLine',
          'endColumn',
          ...(m.ruleId === 'yaml-syntax' ? ['fatal'] : []),
        ];
        for (const k of Object.keys(m)) expect(allowed, `message key ${k}`).toContain(k);
        for (const k of ['ruleId', 'severity', 'message', 'line', 'column']) expect(m, k).toHaveProperty(k);
        expect([1, 2]).toContain(m.severity);
        expect(typeof m.line).toBe('number');
        expect(typeof m.column).toBe('number');
      }
      expect(entry.errorCount).toBe(messages.filter((m) => m.severity === 2).length);
      expect(entry.warningCount).toBe(messages.filter((m) => m.severity === 1).length);
    }
    const [a, b, c] = out as {
      filePath: string;
      messages: { ruleId: string; severity: number; line: number; column: number; message: string }[];
      fatalErrorCount: number;
    }[];
    expect(a.filePath).toBe(join(dir, 'placements', 'a.yaml'));
    expect(a.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([
      ['postcode-format', 2, 8, 15],
      ['la-notified', 1, 40, 5],
    ]);
    expect(b.messages).toEqual([]);
    expect(c.messages.map((m) => [m.ruleId, m.severity])).toEqual([['yaml-syntax', 2]]);
    expect(c.fatalErrorCount).toBe(1);
    expect(a.fatalErrorCount).toBe(0);
  });

  it('reports a cross-file finding in every file involved', async () => {
    const second = edit(C, {
      3: '  name: Second Centre',
      60: '      - { day: tue, start: "09:30", end: "12:30" }',
      61: '      - { day: thu, start: "09:30", end: "12:30" }',
      62: '      - { day: thu, start: "13:00", end: "16:00" }',
    });
    const dir = tempDir({ 'placements/a.yaml': C, 'placements/b.yaml': second });
    const r = await cli(['check', 'placements', ...AS_OF, '-f', 'json'], dir);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { messages: { ruleId: string; severity: number }[] }[];
    expect(out.map((e) => e.messages.map((m) => `${m.ruleId} ${m.severity}`))).toEqual([
      ['multiple-providers 1'],
      ['multiple-providers 1'],
    ]);
  });
});

describe('the examples', () => {
  const examples = join(ROOT, 'examples');
  const have = existsSync(join(examples, 'placements')) && existsSync(join(examples, 'ap-ready.config.yaml'));

  it.runIf(have)('pass with no errors as of 2026-11-16, with --config examples/ap-ready.config.yaml', async () => {
    const r = await cli(
      [
        'check',
        'examples/placements',
        '--config',
        'examples/ap-ready.config.yaml',
        '--as-of',
        '2026-11-16',
        '--format',
        'json',
      ],
      ROOT,
    );
    noStack(r);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as {
      filePath: string;
      errorCount: number;
      messages: { ruleId: string; severity: number; message: string }[];
    }[];
    expect(out.length).toBeGreaterThanOrEqual(5);
    expect(
      out.flatMap((e) =>
        e.messages.filter((m) => m.severity === 2).map((m) => `${e.filePath}: ${m.ruleId} ${m.message}`),
      ),
    ).toEqual([]);
    expect(r.status).toBe(0);
  });

  it.runIf(have)('pass with the config found upward from examples/placements', async () => {
    const r = await cli(['check', 'examples/placements', '--as-of', '2026-11-16'], ROOT);
    noStack(r);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\berror\b {2}/);
  });

  it.runIf(existsSync(join(examples, 'broken')))(
    'examples/broken shows errors (exit 1) without a stack trace',
    async () => {
      const r = await cli(['check', 'examples/broken', '--as-of', '2026-11-16'], ROOT);
      noStack(r);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('');
    },
  );
});

describe('standard output that cannot be written', () => {
  /** A stream whose every write fails with this system error code. */
  const failing = (code: string) =>
    Object.assign(
      new Writable({
        write(_chunk, _enc, done) {
          done(Object.assign(new Error(code), { code }));
        },
      }),
      { isTTY: false },
    );
  const run = async (args: string[], code: string) => {
    const stderr = collector();
    const stdin = new PassThrough();
    stdin.end();
    const status = await execute(args, {
      stdin,
      stdout: failing(code),
      stderr,
      cwd: tempDir({ 'placements/a.yaml': edit(C, { 49: GONE }) }),
      env: { NO_COLOR: '1' },
    });
    return { status, stderr: stderr.text() };
  };

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EIO', 'the device reported an input/output error'],
    ['EACCES', 'permission denied'],
  ])('%s: one line saying why, exit 2', async (code, why) => {
    for (const args of [['check', ...AS_OF], ['check', ...AS_OF, '-f', 'json'], ['--help'], ['rules']]) {
      expect(await run(args, code), args.join(' ')).toEqual({
        status: 2,
        stderr: `ap-ready: could not write to standard output: ${why}. Write the report to a file with -o instead, or free some space.\n`,
      });
    }
  });

  it('EPIPE (the reader went away): nothing said, and the exit code the run had', async () => {
    expect(await run(['check', ...AS_OF], 'EPIPE')).toEqual({ status: 0, stderr: '' });
    expect(await run(['check', ...AS_OF, '--max-warnings', '0'], 'EPIPE')).toEqual({
      status: 1,
      stderr: 'ap-ready: 1 warning, more than --max-warnings 0 allows.\n',
    });
  });
});

describe('no arguments', () => {
  it('prints the help on standard output and exits 0', async () => {
    const r = await cli([], ROOT);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: ap-ready \[options\] \[command\]\n/);
    expect(r.stderr).toBe('');
  });
});
