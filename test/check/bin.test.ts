// The bin itself (`node dist/cli.js`, a few lines around execute()): what only a real process shows. Its exit
// code, a reader that goes away (`| head -1`), a standard output that cannot be written (`> /dev/full`),
// and the help with no arguments. Everything else about the command line runs in-process (test/support/cli.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AS_OF, GOOD, repo } from '../robustness/support.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const env = { ...process.env, NO_COLOR: '1' };

const PROVIDER = GOOD.slice(0, GOOD.indexOf('placements:'));
const PLACEMENT = GOOD.slice(GOOD.indexOf('placements:') + 'placements:\n'.length).replace(/ {2}# .*$/gm, '');

/** The good file's placement and `n` aliased copies of it: a finding each, so a report of thousands of lines. */
function aliased(n: number): string {
  return `${PROVIDER}placements:\n${PLACEMENT.replace(/^ {2}- pupil:/m, '  - &p\n    pupil:')}${'  - *p\n'.repeat(n)}`;
}

describe('the bin', () => {
  it('exits with the code execute() gives: 1 for findings, 2 for a mistake, 0 for the version', () => {
    const { dir } = repo({ 'copies.yaml': aliased(3) });
    expect(
      spawnSync(process.execPath, [CLI, 'check', 'placements', '--as-of', AS_OF], { cwd: dir, env, encoding: 'utf8' })
        .status,
    ).toBe(1);
    const bad = spawnSync(process.execPath, [CLI, 'check', '--nope'], { cwd: dir, env, encoding: 'utf8' });
    expect([bad.status, bad.stdout, bad.stderr]).toEqual([
      2,
      '',
      "ap-ready: unknown option '--nope'\n(run ap-ready --help for usage)\n",
    ]);
    expect(spawnSync(process.execPath, [CLI, '--version'], { cwd: dir, env, encoding: 'utf8' }).status).toBe(0);
  });

  it('with no arguments: the help on standard output, exit 0 (as eslint --help)', () => {
    const r = spawnSync(process.execPath, [CLI], { cwd: ROOT, env, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: ap-ready \[options\] \[command\]\n/);
    expect(r.stdout).toMatch(/\n {2}check \[options\] \[paths\.\.\.\]/);
    expect(r.stderr).toBe('');
  });

  it("check … | head -1: the reader going away ends the run quietly, with the findings' exit code", async () => {
    const { dir } = repo({ 'copies.yaml': aliased(3000) });
    const child = spawn(process.execPath, [CLI, 'check', 'placements', '--as-of', AS_OF], { cwd: dir, env });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy()); // the reader goes away after its first chunk
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(stderr).not.toMatch(/EPIPE|^\s+at /m);
    expect(stderr).toBe('');
    expect(code).toBe(1); // the findings' exit code, not a crash
  });

  it.runIf(existsSync('/dev/full'))(
    'check … > /dev/full: one line saying the disk is full, exit 2, no stack trace',
    () => {
      const { dir } = repo({ 'copies.yaml': aliased(3) });
      for (const format of ['stylish', 'json']) {
        const full = openSync('/dev/full', 'w');
        try {
          const r = spawnSync(process.execPath, [CLI, 'check', 'placements', '--as-of', AS_OF, '-f', format], {
            cwd: dir,
            env,
            encoding: 'utf8',
            stdio: ['ignore', full, 'pipe'],
          });
          expect(r.stderr, format).toBe(
            'ap-ready: could not write to standard output: the disk is full. Write the report to a file with -o instead, or free some space.\n',
          );
          expect(r.status, format).toBe(2);
        } finally {
          closeSync(full);
        }
      }
      const full = openSync('/dev/full', 'w');
      try {
        const help = spawnSync(process.execPath, [CLI, '--help'], {
          cwd: dir,
          env,
          encoding: 'utf8',
          stdio: ['ignore', full, 'pipe'],
        });
        expect([help.status, help.stderr]).toEqual([
          2,
          'ap-ready: could not write to standard output: the disk is full. Write the report to a file with -o instead, or free some space.\n',
        ]);
      } finally {
        closeSync(full);
      }
    },
  );
});
