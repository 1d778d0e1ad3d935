#!/usr/bin/env node
// `npm run bench` (after run.mjs): `ap-ready area` on synthetic areas of 30, 100 and 300 schools, each a
// repo of 20 provider files × 10 placements (bench/generate.mjs, one seed per school; provider names repeat
// across schools, so providers are matched across schools as in a real area). 300 schools = 6,000 files,
// 60,000 placements; target: under 10 s, linear in files. Whole-process wall time, median of 3 runs after a
// warm-up. Then: would loading schools in parallel help? Two processes each checking half of the 300-school
// area, run at the same time, against one process checking it all: the best two-way parallel loading could do.
// Writes bench/area-results.md and bench/area-results.json (--quick: 10 schools, no files).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, generateRepo } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const QUICK = process.argv.includes('--quick');
const SCHOOLS = QUICK ? [10] : [30, 100, 300];
const FILES = 20,
  PER_FILE = 10,
  RUNS = QUICK ? 1 : 3,
  TARGET_MS = 10_000;
if (!existsSync(CLI)) {
  console.error('bench: dist/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'ap-ready-area-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));

const max = Math.max(...SCHOOLS);
const g0 = performance.now();
for (let s = 0; s < max; s++) {
  const dir = join(work, `school-${s}`);
  generateRepo(dir, FILES, PER_FILE, 1000 + s);
  const config = readFileSync(join(dir, 'ap-ready.config.yaml'), 'utf8')
    .replace('urn: 999001', `urn: ${900000 + s}`)
    .replace('Benchmark Academy', `Benchmark School ${s + 1}`);
  writeFileSync(join(dir, 'ap-ready.config.yaml'), config);
}
process.stderr.write(
  `area bench: ${max} schools × ${FILES} files generated in ${((performance.now() - g0) / 1000).toFixed(1)} s; load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}\n`,
);

function areaFile(name, from, to) {
  const path = join(work, `${name}.yaml`);
  const lines = ['area: { name: Benchmark Council, la_code: 999 }', 'home_postcode_areas: [LS, WF]', 'schools:'];
  for (let s = from; s < to; s++) lines.push(`  - path: school-${s}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function once(path) {
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [CLI, 'area', path, '--as-of', AS_OF, '--format', 'json', '-o', join(work, 'out.json')],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  if (r.status !== 0 && r.status !== 1) throw new Error(`area exit ${r.status}: ${String(r.stderr).split('\n')[0]}`);
  return performance.now() - t;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
function measure(path) {
  once(path);
  return median(Array.from({ length: RUNS }, () => once(path)));
}

const rows = [];
for (const n of SCHOOLS) {
  const ms = measure(areaFile(`area-${n}`, 0, n));
  rows.push({
    schools: n,
    files: n * FILES,
    placements: n * FILES * PER_FILE,
    ms: Math.round(ms),
    msPerFile: +(ms / (n * FILES)).toFixed(2),
  });
  process.stderr.write(`  ${n} schools (${n * FILES} files): ${ms.toFixed(0)} ms\n`);
}

// Two halves at once, as two worker processes would load them.
const halves = [areaFile('half-1', 0, max >> 1), areaFile('half-2', max >> 1, max)];
const concurrent = () =>
  new Promise((done) => {
    const t = performance.now();
    let left = 2;
    for (const h of halves) {
      spawn(process.execPath, [CLI, 'area', h, '--as-of', AS_OF, '--format', 'json', '-o', `${h}.json`], {
        stdio: 'ignore',
      }).on('exit', () => {
        if (--left === 0) done(performance.now() - t);
      });
    }
  });
await concurrent();
const pairs = [];
for (let i = 0; i < RUNS; i++) pairs.push(await concurrent());
const parallelMs = Math.round(median(pairs));
const wholeMs = rows[rows.length - 1].ms;
process.stderr.write(`  two halves at once: ${parallelMs} ms (one process: ${wholeMs} ms)\n`);

const result = {
  machine: {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    node: process.version,
    loadAverageAtEnd: loadavg().map((x) => +x.toFixed(1)),
  },
  asOf: AS_OF,
  rows,
  parallel: { halvesAtOnceMs: parallelMs, oneProcessMs: wholeMs },
};
const md = [
  '',
  `## ap-ready area (${FILES} provider files × ${PER_FILE} placements per school)`,
  '',
  `Node ${process.version}, ${cpus().length} cores; load average at end ${result.machine.loadAverageAtEnd.join(' / ')}. Whole-process wall time, median of ${RUNS} runs after one warm-up.`,
  '',
  '| schools | files | placements | area ms | ms per file |',
  '|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.schools} | ${r.files.toLocaleString('en-GB')} | ${r.placements.toLocaleString('en-GB')} | ${r.ms.toLocaleString('en-GB')} | ${r.msPerFile} |`,
  ),
  '',
  `| target | measured | result |`,
  '|---|---:|---|',
  `| area of ${max} schools (${(max * FILES).toLocaleString('en-GB')} files) < 10 s | ${wholeMs.toLocaleString('en-GB')} ms | ${wholeMs < TARGET_MS ? 'PASS' : 'FAIL'} |`,
  '',
  `Parallel loading, at best: two processes each checking half the schools, at the same time: ${parallelMs.toLocaleString('en-GB')} ms, against ${wholeMs.toLocaleString('en-GB')} ms for one process.`,
  '',
].join('\n');
process.stdout.write(md);
if (!QUICK) {
  writeFileSync(join(ROOT, 'bench', 'area-results.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench', 'area-results.md'), md.trimStart());
}
