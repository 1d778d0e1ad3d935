#!/usr/bin/env node
// `npm run bench`: whole-process wall time of the built CLI on synthetic placement repos of 10, 100 and
// 1,000 provider files (10 placements each), against a parse-only floor; --help cold start; render
// planning-call to HTML and PDF; loading a 50,000-row GIAS extract. Each figure is the median of RUNS
// runs after one warm-up. Prints a Markdown report and writes bench/results.json and bench/results.md.
//
// Run `npm run build` first (npm run bench does). Everything is generated in a temporary folder that is
// removed at the end. The bench keeps to a 4.5-minute budget (5 with the build): a case that would not fit is skipped
// and says so.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, totalmem, tmpdir, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, generateRepo } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
// --quick: a smoke test of the harness (1 and 10 files, one run each, no GIAS); writes no results file.
const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 1 : 5;
const SIZES = QUICK ? [1, 10] : [1, 10, 100, 1000]; // 1 file: the fixed cost (start-up, imports) that the others share out
const PER_FILE = 10;
const BUDGET_MS = 270 * 1000; // 4.5 minutes, so `npm run bench` (with its build) stays under 5
const TARGETS = { check1000Ms: 2000, checkFloorRatio: 2, coldStartMs: 250, html1000Ms: 1000 };
const started = performance.now();
const elapsed = () => performance.now() - started;

if (!existsSync(CLI)) {
  console.error('bench: dist/cli.js is missing: run `npm run build` first (or `npm run bench`, which builds).');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'ap-ready-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));

class OverBudget extends Error {}

/** One whole-process run: spawn, wait, wall time in ms. */
function once(args, { cwd = work, ok = [0], timeout = 120_000 } = {}) {
  // Never past the budget: a run that would overrun it is stopped and reported as skipped.
  const limit = Math.round(Math.max(1000, Math.min(timeout, BUDGET_MS - elapsed())));
  const t = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    timeout: limit,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = performance.now() - t;
  if (r.error?.code === 'ETIMEDOUT') throw new OverBudget(`stopped after ${(limit / 1000).toFixed(0)} s`);
  if (r.error || !ok.includes(r.status)) {
    const why = r.error
      ? r.error.message
      : `exit ${r.status}: ${String(r.stderr).trim().split('\n')[0] || String(r.stdout).trim().split('\n')[0]}`;
    throw new Error(`node ${args.map((a) => a.replace(work, '$TMP')).join(' ')}: ${why}`);
  }
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x) => (x === undefined ? undefined : Math.round(x * 10) / 10);

/** Median of `runs` after one warm-up; fewer runs if the warm-up shows they would not fit the budget. */
function measure(label, args, opts = {}) {
  if (BUDGET_MS - elapsed() - (opts.reserveMs ?? 0) < 1000) throw new OverBudget('no time left');
  const warm = once(args, opts);
  let runs = opts.runs ?? RUNS;
  const left = BUDGET_MS - elapsed() - (opts.reserveMs ?? 0);
  if (warm * runs > left) runs = Math.max(1, Math.floor(left / warm));
  const times = [];
  for (let i = 0; i < runs; i++) times.push(once(args, opts));
  const m = median(times);
  process.stderr.write(`  ${label}: ${m.toFixed(0)} ms (median of ${runs}; warm-up ${warm.toFixed(0)} ms)\n`);
  return { ms: round(m), runs: times.map(round), warmUpMs: round(warm) };
}

function tryMeasure(label, args, opts) {
  try {
    return measure(label, args, opts);
  } catch (e) {
    if (e instanceof OverBudget) {
      process.stderr.write(`  ${label}: skipped, over the time budget (${e.message})\n`);
      return { skipped: `over the time budget (${e.message})` };
    }
    process.stderr.write(`  ${label}: FAILED ${e.message}\n`);
    return { error: e.message };
  }
}

const machine = {
  os: `${type()} ${release()} (${platform()}/${arch()})`,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: round(totalmem() / 1024 ** 3),
  node: process.version,
  loadAverageAtStart: loadavg().map(round),
};
process.stderr.write(
  `ap-ready bench on ${machine.cpu} × ${machine.cores}, ${machine.os}, Node ${machine.node}; load average ${machine.loadAverageAtStart.join(' ')}\n`,
);

// ---- cold start ---------------------------------------------------------------------------------------
process.stderr.write('cold start\n');
const nodeBaseline = measure('node -e 0', ['-e', '0']);
const coldStart = measure('ap-ready --help', [CLI, '--help']);

// ---- check vs floor, per size (and HTML, which has a target); PDFs come last, in the time left ---------
const renderBuilt = existsSync(join(ROOT, 'dist', 'commands', 'render.js'));
const sizes = [];
for (const files of SIZES) {
  const dir = join(work, `repo-${files}`);
  const g0 = performance.now();
  const { folder, bytes } = generateRepo(dir, files, PER_FILE);
  process.stderr.write(
    `${files} files (${(bytes / 1024).toFixed(0)} KB, generated in ${(performance.now() - g0).toFixed(0)} ms)\n`,
  );
  const common = ['--as-of', AS_OF];
  const row = {
    files,
    placements: files * PER_FILE,
    kb: round(bytes / 1024),
    dir,
    folder,
    check: tryMeasure('check (stylish)', [CLI, 'check', folder, ...common], { cwd: dir, ok: [0, 1] }),
    json: tryMeasure('check --format json', [CLI, 'check', folder, '--format', 'json', ...common], {
      cwd: dir,
      ok: [0, 1],
    }),
    floor: tryMeasure('parse-only floor', [join(ROOT, 'bench', 'floor.mjs'), folder], { cwd: dir }),
  };
  if (renderBuilt) {
    row.html = tryMeasure(
      'render planning-call → HTML',
      [CLI, 'render', 'planning-call', folder, '-o', join(dir, 'planning-call.html'), ...common],
      { cwd: dir },
    );
    if (row.html.ms) row.htmlKB = round(statSync(join(dir, 'planning-call.html')).size / 1024);
  }
  sizes.push(row);
}

// ---- GIAS ---------------------------------------------------------------------------------------------
let gias = { status: 'not built' };
const genGias = join(ROOT, 'scripts', 'gen-gias.mjs');
if (QUICK) gias = { status: 'skipped (--quick)' };
else if (existsSync(genGias) && existsSync(join(ROOT, 'dist', 'gias', 'reader.js'))) {
  try {
    process.stderr.write('GIAS extract, 50,000 rows\n');
    const csv = join(work, 'edubasealldata.csv');
    const g0 = performance.now();
    once([genGias, csv, '50000']);
    const generateMs = performance.now() - g0;
    const loader = join(ROOT, 'bench', 'gias-load.mjs');
    const r = spawnSync(process.execPath, [loader, csv, `--runs=${RUNS}`], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(r.stderr.trim().split('\n')[0]);
    const inProcess = JSON.parse(r.stdout);
    process.stderr.write(`  loadGias in-process: ${inProcess.median.toFixed(0)} ms (median of ${RUNS})\n`);
    const wholeProcess = measure('node + import + loadGias (whole process)', [loader, csv, '--once']);
    gias = {
      status: 'measured',
      rows: inProcess.rows,
      encoding: inProcess.encoding,
      MB: round(statSync(csv).size / 1048576),
      generateMs: round(generateMs),
      loadMs: round(inProcess.median),
      loadRuns: inProcess.runs.map(round),
      rssMB: round(inProcess.rssMB),
      wholeProcess,
    };
  } catch (e) {
    gias = { status: 'failed', error: e.message };
    process.stderr.write(`  GIAS: FAILED ${e.message}\n`);
  }
}

// ---- attendance: 10,000 to 1,000,000 marks (bench/attendance.mjs writes its own results) ---------------
let attendance = 'skipped (--quick)';
if (!QUICK) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'attendance.mjs')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 240_000,
  });
  attendance = r.status === 0 ? r.stdout : `failed (${r.error?.message ?? `exit ${r.status}`})`;
}

// ---- PDFs, in the time left ---------------------------------------------------------------------------
if (renderBuilt) {
  process.stderr.write('PDF\n');
  for (const row of sizes.filter((r) => r.files > 1)) {
    // A PDF of 1,000 providers is thousands of pages: fewer runs there, and only if the budget allows.
    row.pdf = tryMeasure(
      `render planning-call → PDF, ${row.files} providers`,
      [CLI, 'render', 'planning-call', row.folder, '-o', join(row.dir, 'planning-call.pdf'), '--as-of', AS_OF],
      { cwd: row.dir, runs: row.files >= 1000 ? 1 : RUNS, timeout: 240_000 },
    );
    if (row.pdf.ms) row.pdfKB = round(statSync(join(row.dir, 'planning-call.pdf')).size / 1024);
  }
}
for (const row of sizes) {
  delete row.dir;
  delete row.folder;
}

// ---- report -------------------------------------------------------------------------------------------
const largest = sizes.find((s) => s.files === 1000);
const pass = (ok) => (ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL');
const ratio = (s) => (s.check.ms && s.floor.ms ? s.check.ms / s.floor.ms : undefined);
const targets = [
  {
    target: 'check of 1,000 files < 2 s',
    measured: largest?.check.ms,
    result: pass(largest?.check.ms !== undefined ? largest.check.ms < TARGETS.check1000Ms : undefined),
  },
  {
    target: 'check of 1,000 files within 2× the parse-only floor',
    measured: round(largest && ratio(largest)),
    result: pass(largest && ratio(largest) !== undefined ? ratio(largest) <= TARGETS.checkFloorRatio : undefined),
  },
  { target: '--help cold start < 250 ms', measured: coldStart.ms, result: pass(coldStart.ms < TARGETS.coldStartMs) },
  renderBuilt
    ? {
        target: 'HTML planning call for 1,000 providers < 1 s',
        measured: largest?.html?.ms,
        result: pass(largest?.html?.ms !== undefined ? largest.html.ms < TARGETS.html1000Ms : undefined),
      }
    : { target: 'HTML planning call for 1,000 providers < 1 s', measured: undefined, result: 'render: not built' },
];
machine.loadAverageAtEnd = loadavg().map(round);
const totalSeconds = round(elapsed() / 1000);

const f0 = (x) => (x === undefined ? '—' : Math.round(x).toLocaleString('en-GB'));
const f2 = (x) => (x === undefined ? '—' : x.toFixed(2));
const cell = (m) => (m?.error ? 'failed' : m?.skipped ? 'skipped (time budget)' : f0(m?.ms));
const lines = [];
lines.push(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.os}; Node ${machine.node}. ` +
    `Load average ${machine.loadAverageAtStart.join(' / ')} at start, ${machine.loadAverageAtEnd.join(' / ')} at end. ` +
    `Whole-process wall time in ms, median of ${RUNS} runs after one warm-up; as of ${AS_OF}; bench took ${totalSeconds} s.`,
);
lines.push('');
lines.push(
  '| files | placements | KB | check ms | json ms | floor ms | check/floor | ms per file | marginal ms per file |',
);
lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
sizes.forEach((s, i) => {
  const prev = sizes[i - 1];
  const marginal =
    prev && s.check.ms && prev.check.ms ? (s.check.ms - prev.check.ms) / (s.files - prev.files) : undefined;
  s.msPerFile = round(s.check.ms && s.check.ms / s.files);
  s.marginalMsPerFile = marginal === undefined ? undefined : Math.round(marginal * 100) / 100;
  s.checkFloorRatio = ratio(s) === undefined ? undefined : Math.round(ratio(s) * 100) / 100;
  lines.push(
    `| ${f0(s.files)} | ${f0(s.placements)} | ${f0(s.kb)} | ${cell(s.check)} | ${cell(s.json)} | ${cell(s.floor)} | ${f2(ratio(s))} | ${f2(s.check.ms && s.check.ms / s.files)} | ${f2(marginal)} |`,
  );
});
lines.push('');
lines.push(
  '"ms per file" is check ms ÷ files (the fixed start-up cost shared out); "marginal ms per file" is the extra',
);
lines.push('check time per extra file over the row above: constant when check time is linear in the number of files.');
lines.push('');
lines.push('| other | ms |');
lines.push('|---|---:|');
lines.push(`| \`node -e 0\` (Node's own start-up) | ${f0(nodeBaseline.ms)} |`);
lines.push(`| \`ap-ready --help\` cold start | ${f0(coldStart.ms)} |`);
if (renderBuilt) {
  for (const s of sizes) {
    lines.push(
      `| render planning-call → HTML, ${f0(s.files)} provider${s.files === 1 ? '' : 's'}${s.htmlKB ? ` (${f0(s.htmlKB)} KB)` : ''} | ${cell(s.html)} |`,
    );
    if (s.pdf)
      lines.push(
        `| render planning-call → PDF, ${f0(s.files)} providers${s.pdfKB ? ` (${f0(s.pdfKB)} KB)` : ''}${s.pdf?.runs && s.pdf.runs.length < RUNS ? ` (${s.pdf.runs.length === 1 ? 'one run' : `median of ${s.pdf.runs.length}`})` : ''} | ${cell(s.pdf)} |`,
      );
  }
} else {
  lines.push('| render: not built | — |');
}
if (gias.status === 'measured') {
  lines.push(
    `| GIAS extract, ${f0(gias.rows)} rows (${gias.MB} MB, ${gias.encoding}): loadGias in-process | ${f0(gias.loadMs)} |`,
  );
  lines.push(`| GIAS extract: whole process (node + import + one load) | ${f0(gias.wholeProcess.ms)} |`);
} else {
  lines.push(`| GIAS: ${gias.status}${gias.error ? ` (${gias.error})` : ''} | — |`);
}
const failures = [];
for (const s of sizes)
  for (const k of ['check', 'json', 'floor', 'html', 'pdf'])
    if (s[k]?.error) failures.push(`${k}, ${s.files} files: ${s[k].error}`);
if (gias.status === 'failed') failures.push(`GIAS: ${gias.error}`);
if (failures.length) {
  lines.push('');
  lines.push('Failed:');
  for (const f of failures) lines.push(`- ${f.replace(work, '$TMP')}`);
}
lines.push('');
lines.push('| target | measured | result |');
lines.push('|---|---:|---|');
for (const t of targets)
  lines.push(
    `| ${t.target} | ${t.measured === undefined ? '—' : t.target.includes('2×') ? `${t.measured}×` : `${f0(t.measured)} ms`} | ${t.result} |`,
  );
lines.push('', '### Attendance records', '', attendance.trim());
const markdown = lines.join('\n') + '\n';

const results = {
  date: new Date().toISOString(),
  asOf: AS_OF,
  runsPerCase: RUNS,
  placementsPerFile: PER_FILE,
  machine,
  coldStart,
  nodeBaseline,
  sizes,
  render: renderBuilt ? 'measured' : 'not built',
  gias,
  targets,
  totalSeconds,
};
if (!QUICK) {
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(ROOT, 'bench', 'results.md'), markdown);
}
process.stdout.write(markdown);
