#!/usr/bin/env node
// `npm run bench` (through bench/all.mjs, before bench/pdf-ratio.mjs): `ap-ready check --format json` against the floor (bench/floor.mjs: a Node process that
// only reads the same files and parses each with js-yaml) at 10, 100, 1,000 and 10,000 provider files of
// 10 placements, in two corpora: the plain files bench/generate.mjs writes, and the same files written as
// PyYAML writes shared values, with anchors and aliases (bench/anchored.mjs). Each size runs check and floor
// in pairs, one straight after the other, alternating which goes first, and takes each pair's ratio: a busy
// machine slows both halves of a pair alike. CPU time (user + system) and peak resident memory come from
// /usr/bin/time; wall time from the clock.
//
// It prints the ratios, then compares them with the figures stored in bench/README.md (the line starting
// `<!-- bench-ratios:`): it exits 1 if a CPU-time ratio is more than 20 % above its stored figure.
// It measures start-up too: check of an empty folder against `node -e 0`, 9 pairs.
// `--write` stores the figures just measured there instead. `--sizes=10,100`, `--runs=3` and
// `--corpus=anchored` (or start-up, plain, comma-separated) narrow it.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, generateRepo } from './generate.mjs';
import { anchorFolder } from './anchored.mjs';
import { readStored, TOLERANCE, writeStored } from './stored-figures.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const TIME = '/usr/bin/time';
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SIZES = (arg('sizes') ?? '10,100,1000,10000').split(',').map(Number);
const RUNS = Number(arg('runs') ?? 0); // 0: 5 pairs, 3 at 10,000 files
const CORPORA = (arg('corpus') ?? 'start-up,plain,anchored').split(',');
const WRITE = process.argv.includes('--write');
if (CORPORA.some((c) => !['start-up', 'plain', 'anchored'].includes(c))) {
  console.error('bench: --corpus= takes start-up, plain and anchored, separated by commas.');
  process.exit(2);
}

if (!existsSync(CLI)) {
  console.error('bench: dist/cli.js is missing: run `npm run build` first (`npm run bench` builds).');
  process.exit(2);
}
if (!existsSync(TIME)) {
  console.error(`bench: ${TIME} is needed for CPU time and peak memory (Debian: apt-get install time).`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'ap-ready-ratio-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));

/** One whole process: wall ms, CPU ms (user + system), peak resident MB. */
function once(args, cwd, ok) {
  const out = join(work, 'time.txt');
  const t = performance.now();
  const r = spawnSync(TIME, ['-f', '%U %S %M', '-o', out, process.execPath, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  const wall = performance.now() - t;
  if (!ok.includes(r.status))
    throw new Error(`node ${args.join(' ')}: exit ${r.status}: ${String(r.stderr).trim().split('\n')[0]}`);
  const [user, sys, maxKB] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: (user + sys) * 1000, rssMB: maxKB / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const r2 = (x) => Math.round(x * 100) / 100;

const load0 = loadavg();
const rows = [];

/** `check` and `floor` in pairs, alternating which goes first: the medians of their figures and of the pairs' ratios. */
function pairs(corpus, files, dir, check, checkOk, floor) {
  once(check, dir, checkOk);
  once(floor, dir, [0]); // warm the file cache
  const runs = RUNS || (files >= 10000 ? 3 : files === 0 ? 9 : 5);
  const measured = [];
  for (let i = 0; i < runs; i++) {
    const [a, b] =
      i % 2
        ? [once(floor, dir, [0]), once(check, dir, checkOk)].reverse()
        : [once(check, dir, checkOk), once(floor, dir, [0])];
    measured.push({ check: a, floor: b });
  }
  const row = {
    corpus,
    files,
    checkCpuMs: Math.round(median(measured.map((p) => p.check.cpu))),
    floorCpuMs: Math.round(median(measured.map((p) => p.floor.cpu))),
    cpu: r2(median(measured.map((p) => p.check.cpu / p.floor.cpu))),
    wall: r2(median(measured.map((p) => p.check.wall / p.floor.wall))),
    checkWallMs: Math.round(median(measured.map((p) => p.check.wall))),
    floorWallMs: Math.round(median(measured.map((p) => p.floor.wall))),
    checkMB: Math.round(Math.max(...measured.map((p) => p.check.rssMB))),
    floorMB: Math.round(Math.max(...measured.map((p) => p.floor.rssMB))),
    runs,
  };
  row.memory = r2(row.checkMB / row.floorMB);
  rows.push(row);
  process.stderr.write(`${corpus}, ${files} files: CPU ${row.cpu}×, wall ${row.wall}×, peak memory ${row.memory}×\n`);
}

for (const corpus of CORPORA) {
  if (corpus === 'start-up') {
    // Start-up: check of an empty folder (it says so, exit 2) against Node starting and doing nothing.
    const dir = mkdtempSync(join(work, 'empty-'));
    pairs(corpus, 0, dir, [CLI, 'check', dir], [2], ['-e', '0']);
    continue;
  }
  for (const files of SIZES) {
    const dir = join(work, `repo-${corpus}-${files}`);
    const { folder } = generateRepo(dir, files, 10);
    if (corpus === 'anchored') anchorFolder(folder);
    const check = [CLI, 'check', folder, '--format', 'json', '--as-of', AS_OF];
    pairs(corpus, files, dir, check, [0, 1], [join(ROOT, 'bench', 'floor.mjs'), folder]);
    rmSync(dir, { recursive: true, force: true });
  }
}

const f0 = (x) => Math.round(x).toLocaleString('en-GB');
const lines = [
  `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}; load average ${load0.map((x) => x.toFixed(1)).join(' / ')} at start, ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} at end.`,
  'Median of paired runs (check, floor alternating); CPU = user + system time of the whole process; memory = peak resident set.',
  'start-up: check of an empty folder against `node -e 0`; plain and anchored: check of the files against bench/floor.mjs.',
  '',
  '| corpus | files | check CPU ms | floor CPU ms | CPU ratio | check wall ms | floor wall ms | wall ratio | check MB | floor MB | memory ratio | pairs |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.corpus} | ${f0(r.files)} | ${f0(r.checkCpuMs)} | ${f0(r.floorCpuMs)} | ${r.cpu.toFixed(2)} | ${f0(r.checkWallMs)} | ${f0(r.floorWallMs)} | ${r.wall.toFixed(2)} | ${r.checkMB} | ${r.floorMB} | ${r.memory.toFixed(2)} | ${r.runs} |`,
  ),
];
process.stdout.write(lines.join('\n') + '\n');

// Stored as { "start-up": { 0: figures }, plain: { files: figures }, anchored: { … } }; figures stored before the
// anchored corpus are the plain ones.
const parsed = readStored('bench-ratios');
const stored = parsed.plain || parsed.anchored ? parsed : { plain: parsed };
if (WRITE) {
  const figures = {
    'start-up': { ...stored['start-up'] },
    plain: { ...stored.plain },
    anchored: { ...stored.anchored },
  };
  for (const r of rows) figures[r.corpus][r.files] = { cpu: r.cpu, wall: r.wall, memory: r.memory };
  writeStored('bench-ratios', figures);
  process.stdout.write('Stored these figures in bench/README.md.\n');
  process.exit(0);
}
let failed = false;
for (const r of rows) {
  const s = stored[r.corpus]?.[r.files];
  if (!s) {
    process.stdout.write(`${r.corpus}, ${r.files} files: no stored figure to compare with.\n`);
    continue;
  }
  const worse = r.cpu > s.cpu * TOLERANCE;
  if (worse) failed = true;
  process.stdout.write(
    `${r.corpus}, ${r.files} files: CPU ratio ${r.cpu.toFixed(2)} against ${s.cpu.toFixed(2)} stored: ${worse ? 'REGRESSED (more than 20 % worse)' : 'ok'}\n`,
  );
}
process.exit(failed ? 1 : 0);
