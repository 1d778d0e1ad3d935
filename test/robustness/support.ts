// Shared by the robustness suite: a temporary placements folder holding the good file and one hostile
// file, and a run of the command line bounded in time and measured in CPU time and memory: in-process
// (execute(), test/support/cli.ts: the CPU time and the growth of the peak resident memory around the run),
// or, where the run must be another user's, the built CLI (`node dist/cli.js`), a hang killed (the child's
// peak RSS written at exit by a preloaded script); or, where a run might never end, the built execute() in a
// worker thread, ended if it hangs.
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli.js');
const RSS_PRELOAD = fileURLToPath(new URL('./fixtures/report-rss.cjs', import.meta.url));
const EXECUTE_WORKER = new URL('./fixtures/execute-worker.mjs', import.meta.url);

/** Every case must finish within this (the brief: a clear answer in bounded time). */
export const TIME_LIMIT_MS = 5_000;
/** A hung run is killed after this, so the test fails instead of hanging the suite. */
export const KILL_AFTER_MS = 10_000;
/** Peak resident memory allowed for one run (a normal check of a few files uses ~70 MB). */
export const MEMORY_LIMIT_MB = 300;
export const AS_OF = '2025-12-01';

export const GOOD = readFileSync(new URL('./fixtures/good.yaml', import.meta.url), 'utf8');
/** Where the good file's one finding (reason-required) is reported: its placement's "- pupil:" entry. */
export const GOOD_FINDING = { ruleId: 'reason-required', line: lineOf(GOOD, '  - pupil: P-0042'), column: 5 };

/** 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not in text: ${needle}`);
  return text.slice(0, i).split('\n').length;
}

/** A temporary repo: a config file, placements/good.yaml, and the given files under placements/. */
export function repo(files: Record<string, string | Buffer> = {}): { dir: string; placements: string } {
  const dir = tempDir({}, 'ap-ready-robust-');
  chmodSync(dir, 0o755); // mkdtemp makes it 0700; the unreadable-file case runs the CLI as another user
  // No pupil register here: whereabouts-unknown (which would then warn for every pupil in AP) is off.
  writeFileSync(
    join(dir, 'ap-ready.config.yaml'),
    'school: { name: Robustness Test School }\nrules: { whereabouts-unknown: off }\n',
  );
  const placements = join(dir, 'placements');
  mkdirSync(placements, { recursive: true });
  writeFileSync(join(placements, 'good.yaml'), GOOD);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(placements, name), content);
  return { dir, placements };
}

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /**
   * Memory the run took: in-process, how far the process's peak resident size rose above its resident size
   * before the run; spawned, the peak resident size of the CLI process, when it exited by itself.
   */
  maxRssMB: number | undefined;
  /** CPU time (user + system) of the run (spawned: of the CLI process, start included, from the preload). */
  cpuMs: number | undefined;
}

export interface CliOptions {
  cwd: string;
  uid?: number;
  gid?: number;
  env?: NodeJS.ProcessEnv;
  killAfterMs?: number;
  input?: string;
}

/** Runs the command line in-process; as another user (uid, gid), the built CLI in a process of that user. */
export async function cli(args: string[], opts: CliOptions): Promise<Run> {
  if (opts.uid !== undefined) return spawnCli(args, opts);
  const rssBefore = process.memoryUsage.rss();
  const cpu = process.cpuUsage();
  const t = performance.now();
  const r = await runCli(args, { cwd: opts.cwd, env: opts.env, stdin: opts.input });
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const peakGrowth = Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBefore);
  return {
    status: r.status,
    signal: null,
    stdout: r.stdout,
    stderr: r.stderr,
    ms,
    maxRssMB: peakGrowth / 1024 / 1024,
    cpuMs: (used.user + used.system) / 1000,
  };
}

/** The built CLI in a process of its own (as another user, with uid and gid), killed if it hangs. */
export function spawnCli(args: string[], opts: CliOptions): Run {
  const rssFile = join(tmpdir(), `ap-ready-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', RSS_PRELOAD, CLI, ...args], {
    cwd: opts.cwd,
    encoding: 'utf8',
    timeout: opts.killAfterMs ?? KILL_AFTER_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', ...opts.env, AP_READY_TEST_RSS_FILE: rssFile },
    uid: opts.uid,
    input: opts.input,
    gid: opts.gid,
  });
  const ms = performance.now() - t;
  let maxRssMB: number | undefined, cpuMs: number | undefined;
  if (existsSync(rssFile)) {
    const [rss, cpu] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
    maxRssMB = rss / 1024;
    cpuMs = cpu / 1000;
    rmSync(rssFile, { force: true });
  }
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms, maxRssMB, cpuMs };
}

/**
 * The built command line's execute() in a worker thread of this process: no process is started, and a run that
 * does not end within `killAfterMs` is stopped (worker.terminate(), which ends even a loop that never yields),
 * reported as `signal: 'SIGKILL'` as a killed process would be.
 */
export async function workerCli(args: string[], opts: CliOptions): Promise<Run> {
  const t = performance.now();
  const worker = new Worker(EXECUTE_WORKER, {
    workerData: {
      module: pathToFileURL(join(ROOT, 'dist', 'execute.js')).href,
      args,
      cwd: opts.cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...opts.env },
    },
    stdout: true,
    stderr: true,
  });
  const result = await new Promise<{ status: number | null; stdout: string; stderr: string } | 'killed'>(
    (resolve, reject) => {
      const timer = setTimeout(
        () => void worker.terminate().then(() => resolve('killed')),
        opts.killAfterMs ?? KILL_AFTER_MS,
      );
      worker.once('message', (m: { status: number; stdout: string; stderr: string }) => {
        clearTimeout(timer);
        resolve(m);
      });
      worker.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    },
  );
  const ms = performance.now() - t;
  await worker.terminate();
  if (result === 'killed')
    return { status: null, signal: 'SIGKILL', stdout: '', stderr: '', ms, maxRssMB: undefined, cpuMs: undefined };
  return { ...result, signal: null, ms, maxRssMB: undefined, cpuMs: undefined };
}

/** ESLint-shaped JSON report entry (cli.md). */
export interface FileReport {
  filePath: string;
  messages: { ruleId: string; severity: number; message: string; line: number; column: number }[];
  errorCount: number;
  warningCount: number;
}

/** Runs `check placements --format json` in the repo and returns the run and the report. */
export async function checkJson(
  dir: string,
  extra: string[] = [],
  opts: { uid?: number; gid?: number } = {},
): Promise<{ run: Run; report: FileReport[]; file: (name: string) => FileReport }> {
  const run = await cli(['check', 'placements', '--format', 'json', '--as-of', AS_OF, ...extra], { cwd: dir, ...opts });
  expectBounded(run);
  let report: FileReport[];
  try {
    report = JSON.parse(run.stdout) as FileReport[];
  } catch {
    throw new Error(
      `stdout is not the JSON report (exit ${run.status}):\n${run.stdout.slice(0, 2000)}\n${run.stderr.slice(0, 2000)}`,
    );
  }
  const file = (name: string) => {
    const found = report.filter((f) => f.filePath.endsWith(`/placements/${name}`));
    expect(found, `${name} appears once in the report`).toHaveLength(1);
    return found[0];
  };
  return { run, report, file };
}

/** Finished by itself, in time, within memory, and without a stack trace or an "unexpected" error. */
export function expectBounded(run: Run): void {
  expect(run.signal, `killed after ${KILL_AFTER_MS} ms (a hang), stderr: ${run.stderr.slice(0, 500)}`).toBeNull();
  expect(run.ms, 'wall time (ms)').toBeLessThan(TIME_LIMIT_MS);
  if (run.maxRssMB !== undefined) expect(run.maxRssMB, 'peak RSS (MB)').toBeLessThan(MEMORY_LIMIT_MB);
  expect(run.stdout, 'no stack trace on stdout').not.toMatch(/^\s+at /m);
  expect(run.stderr, 'no stack trace on stderr').not.toMatch(/^\s+at /m);
  expect(run.stderr, 'no internal error').not.toMatch(
    /something unexpected went wrong|heap out of memory|Maximum call stack/i,
  );
}

/** The good file was still checked and its one finding reported where it belongs. */
export function expectGoodChecked(report: FileReport[]): void {
  const good = report.filter((f) => f.filePath.endsWith('/placements/good.yaml'));
  expect(good, 'good.yaml is in the report once').toHaveLength(1);
  expect(good[0].messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column }))).toEqual([GOOD_FINDING]);
}

/** The one finding of a file that cannot be read or parsed: an error of the given rule. */
export function onlyFinding(f: FileReport, ruleId = 'yaml-syntax') {
  expect(f.messages, JSON.stringify(f.messages)).toHaveLength(1);
  const m = f.messages[0];
  expect(m.ruleId).toBe(ruleId);
  expect(m.severity).toBe(2);
  return m;
}

/** Whether a process is running (a zombie, exited and waiting to be reaped, is not), from Linux's /proc. */
export function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}
