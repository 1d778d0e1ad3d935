#!/usr/bin/env node
// Attendance at scale: `check` of a repo with 10,000, 100,000 and 1,000,000 attendance marks (whole process,
// median of RUNS after one warm-up), peak memory of the largest, and the floor: reading and splitting the same
// CSV with the fastest CSV parser measured (bench/attendance-floor.mjs). Prints Markdown and writes
// bench/attendance-results.{json,md}. `npm run bench` runs it; on its own: node bench/attendance.mjs [--quick].
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAttendanceCsv, writePlacements } from './attendance-csv.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 1 : 3;
const SIZES = QUICK ? [10_000] : [10_000, 100_000, 1_000_000];
const AS_OF = '2026-07-20';
const TARGETS = { ms: 3000, rssMB: 500 };
const work = mkdtempSync(join(tmpdir(), 'ap-ready-bench-att-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};
function once(args, cwd) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    timeout: 180_000,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${String(r.stderr).split('\n')[0]}`);
  return performance.now() - t;
}
function measure(label, args, cwd) {
  once(args, cwd);
  const runs = Array.from({ length: RUNS }, () => once(args, cwd));
  process.stderr.write(
    `  ${label}: ${median(runs).toFixed(0)} ms (median of ${RUNS}: ${runs.map((x) => x.toFixed(0)).join(', ')})\n`,
  );
  return { ms: Math.round(median(runs)), runs: runs.map(Math.round) };
}
/**
 * Peak resident memory (MB) and CPU time (user + system, ms) of one run, from GNU time when the machine has
 * it. On a shared machine CPU time says more than wall time, which includes waiting for a core.
 */
function usage(args, cwd) {
  if (!existsSync('/usr/bin/time')) return {};
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const [kb, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return Number.isFinite(kb) ? { rssMB: Math.round(kb / 1024), cpuMs: Math.round((user + sys) * 1000) } : {};
}

const load0 = loadavg().map((x) => x.toFixed(1));
process.stderr.write(`attendance (load average ${load0.join(' ')})\n`);
const rows = [];
for (const marks of SIZES) {
  const dir = join(work, `att-${marks}`);
  mkdirSync(join(dir, 'attendance'), { recursive: true });
  const pupils = Math.max(20, Math.round(marks / 380)); // about a school year of am and pm marks each
  const providers = Math.max(5, Math.round(pupils / 50));
  writePlacements(join(dir, 'placements'), pupils, providers);
  const csv = join(dir, 'attendance', 'marks.csv');
  writeAttendanceCsv(csv, marks, pupils, providers);
  writeFileSync(join(dir, 'ap-ready.config.yaml'), 'school: { name: Bench }\n');
  const MB = statSync(csv).size / 1e6;
  process.stderr.write(
    `${marks.toLocaleString('en-GB')} marks (${MB.toFixed(1)} MB CSV, ${pupils} pupils, ${providers} providers)\n`,
  );
  const args = [CLI, 'check', 'placements', '--as-of', AS_OF, '--format', 'json', '-o', join(dir, 'out.json')];
  const check = measure('check --format json', args, dir);
  const floor = measure('floor (read + split the CSV)', [join(ROOT, 'bench', 'attendance-floor.mjs'), csv], dir);
  const { rssMB, cpuMs } = usage(args, dir);
  const floorCpuMs = usage([join(ROOT, 'bench', 'attendance-floor.mjs'), csv], dir).cpuMs;
  process.stderr.write(
    `  one more run each under GNU time: check ${cpuMs} ms CPU, ${rssMB} MB peak; floor ${floorCpuMs} ms CPU\n`,
  );
  rows.push({ marks, MB: Math.round(MB * 10) / 10, pupils, providers, check, floor, rssMB, cpuMs, floorCpuMs });
}
const load1 = loadavg().map((x) => x.toFixed(1));
const f0 = (x) => (x === undefined ? '—' : Math.round(x).toLocaleString('en-GB'));
const lines = [
  `Load average ${load0.join(' / ')} at start, ${load1.join(' / ')} at end (2 cores). Whole-process wall time in ms, median of ${RUNS} runs after one warm-up.`,
  '',
  '| marks | CSV MB | check ms | floor ms | check/floor | µs per mark (marginal) | check CPU ms | floor CPU ms | peak RSS MB |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r, i) => {
    const prev = rows[i - 1];
    const marginal = prev ? ((r.check.ms - prev.check.ms) * 1000) / (r.marks - prev.marks) : undefined;
    return `| ${f0(r.marks)} | ${r.MB} | ${f0(r.check.ms)} | ${f0(r.floor.ms)} | ${(r.check.ms / r.floor.ms).toFixed(2)} | ${marginal === undefined ? '—' : marginal.toFixed(2)} | ${f0(r.cpuMs)} | ${f0(r.floorCpuMs)} | ${f0(r.rssMB)} |`;
  }),
];
const largest = rows.find((r) => r.marks === 1_000_000);
if (largest) {
  lines.push(
    '',
    '| target | measured | result |',
    '|---|---:|---|',
    `| check of 1,000,000 marks < 3 s (wall) | ${f0(largest.check.ms)} ms | ${largest.check.ms < TARGETS.ms ? 'PASS' : 'FAIL'} |`,
    `| check of 1,000,000 marks < 3 s (CPU, user + system) | ${f0(largest.cpuMs)} ms | ${largest.cpuMs === undefined ? 'n/a' : largest.cpuMs < TARGETS.ms ? 'PASS' : 'FAIL'} |`,
    `| peak memory < 500 MB | ${f0(largest.rssMB)} MB | ${largest.rssMB === undefined ? 'n/a' : largest.rssMB < TARGETS.rssMB ? 'PASS' : 'FAIL'} |`,
  );
}
const markdown = lines.join('\n') + '\n';
if (!QUICK) {
  writeFileSync(
    join(ROOT, 'bench', 'attendance-results.json'),
    JSON.stringify(
      { date: new Date().toISOString(), asOf: AS_OF, loadAverage: { start: load0, end: load1 }, rows },
      null,
      2,
    ) + '\n',
  );
  writeFileSync(join(ROOT, 'bench', 'attendance-results.md'), markdown);
}
process.stdout.write(markdown);
