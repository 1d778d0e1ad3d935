// Runs vitest and ends with one plain "N passed, N failed" line that any CI can read. Two runs, one after the
// other: first the unit and e2e projects, then the slow `package` project (npm pack, offline install,
// pre-commit), so its CPU-hungry installs never overlap the timing tests. Arguments go to both runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'ap-ready-test-'));
const vitest = join('node_modules', 'vitest', 'vitest.mjs');
const RUNS = [
  ['--project', 'unit', '--project', 'e2e'],
  ['--project', 'package'],
];

let code = 0,
  passed = 0,
  failed = 0,
  total = 0;
RUNS.forEach((projects, i) => {
  const out = join(dir, `vitest-${i}.json`);
  const run = spawnSync(
    process.execPath,
    [
      vitest,
      'run',
      ...projects,
      '--passWithNoTests',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
  code ||= run.status ?? 1;
  try {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    total += r.numTotalTests;
  } catch {
    failed += 1; // vitest itself failed before reporting: count the run as one failure
    code ||= 1;
  }
});
console.log(`\n${passed} passed, ${failed} failed`);
if (total === 0) code ||= 1;
rmSync(dir, { recursive: true, force: true });
process.exit(code);
