#!/usr/bin/env node
// `node bench/cache.mjs [--files=1000] [--pairs=7]` (after `npm run build`): how long a second
// `ap-ready check --cache` of an unchanged repo takes (a hit), against `node -e 0` and against a Node process
// that only reads the same files. The three run one after the other in each round, their order rotating,
// and the medians of wall time are printed with the load average: the target is a hit in under
// 2 × (node -e 0) + (reading the files), where reading the files = reader − (node -e 0).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, generateRepo } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const arg = (name, d) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? d);
const FILES = arg('files', 1000),
  PAIRS = arg('pairs', 7);

const dir = mkdtempSync(join(tmpdir(), 'ap-ready-bench-cache-'));
try {
  const { folder } = generateRepo(dir, FILES);
  const reader = join(dir, 'reader.mjs');
  // The floor: list the folder and read every file (what any hit must do to know nothing changed).
  writeFileSync(
    reader,
    `import { readdirSync, readFileSync } from 'node:fs';\nfor (const f of readdirSync(${JSON.stringify(folder)})) readFileSync(${JSON.stringify(folder)} + '/' + f);\n`,
  );
  const check = [
    CLI,
    'check',
    'placements',
    '--as-of',
    AS_OF,
    '--format',
    'json',
    '--cache',
    '--cache-location',
    join(dir, 'cache.json'),
  ];
  const time = (args) => {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const miss = time(check);
  const runs = { 'node -e 0': [], reader: [], 'check --cache (hit)': [] };
  const cmds = { 'node -e 0': ['-e', '0'], reader: [reader], 'check --cache (hit)': check };
  const names = Object.keys(runs);
  const load = [loadavg()[0]];
  for (let i = 0; i < PAIRS; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      runs[name].push(time(cmds[name]));
    }
    load.push(loadavg()[0]);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const m = Object.fromEntries(names.map((n) => [n, median(runs[n])]));
  const target = 2 * m['node -e 0'] + (m.reader - m['node -e 0']);
  console.log(`${FILES} files, ${PAIRS} rounds; first run (a miss, stores the cache): ${miss.toFixed(0)} ms`);
  for (const n of names)
    console.log(`${n.padEnd(22)} median ${m[n].toFixed(0)} ms  (${runs[n].map((x) => x.toFixed(0)).join(', ')})`);
  console.log(
    `target 2 × node -e 0 + reading: ${target.toFixed(0)} ms; hit ${m['check --cache (hit)'] < target ? 'MEETS' : 'MISSES'} it (${(m['check --cache (hit)'] / m['node -e 0']).toFixed(2)} × node -e 0)`,
  );
  console.log(
    `load average (1 min) during the runs: ${Math.min(...load).toFixed(2)}–${Math.max(...load).toFixed(2)} on ${(await import('node:os')).cpus().length} cores`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
