// Loading on worker threads (the built CLI, 150+ files) must report exactly what loading on one thread does.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { loadPlacementFilesParallel, PARALLEL_MIN_FILES } from '../../src/load/parallel.js';
import { ConfigSchema } from '../../src/model/config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const example = readFileSync(join(root, 'examples', 'placements', 'inkwell-lane-tuition-centre.yaml'), 'utf8');

/** Files with something different wrong in each: syntax, schema, dates, rules, cross-file pupils. */
function makeRepo(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'ap-ready-parallel-'));
  for (let i = 0; i < n; i++) {
    let text = example.replace(/P-01(\d\d)/g, (_m, d) => `P-${String(i % 40).padStart(2, '0')}${d}`);
    if (i % 7 === 0) text = text.replace('postcode:', 'postcode: ZZ9 9ZZ #');
    if (i % 11 === 0) text = text.replace('start_date:', 'start_dte:');
    if (i % 13 === 0) text = text.replace(/start_date: 2026-(\d\d)-(\d\d)/, 'start_date: $2/$1/2026');
    if (i % 17 === 0) text = text.replace('provider:', 'provider:\n   bad: [indent');
    writeFileSync(join(dir, `provider-${String(i).padStart(4, '0')}.yaml`), text);
  }
  return dir;
}

describe('parallel loading', () => {
  it(`gives the same json report as one thread for ${PARALLEL_MIN_FILES * 2} files`, async () => {
    const n = PARALLEL_MIN_FILES * 2;
    const dir = makeRepo(n);
    const config = ConfigSchema.parse({});
    const inProcess = await check([dir], { asOf: '2026-11-16', config, cwd: dir });
    let out: string;
    try {
      out = execFileSync(process.execPath, [cli, 'check', dir, '--as-of', '2026-11-16', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
    } catch (e) {
      out = (e as { stdout: string }).stdout; // exit 1: there are errors on purpose
    }
    const report = JSON.parse(out) as { filePath: string; messages: { ruleId: string; line: number; column: number; message: string }[] }[];
    expect(report).toHaveLength(n);
    const fromCli = report.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    const fromLib = inProcess.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);
    expect(fromCli.sort()).toEqual(fromLib.sort());
    expect(new Set(fromLib.map((l) => l.split(' ')[1]))).toEqual(new Set(['yaml-syntax', 'schema', 'date-format', 'postcode-format', 'multiple-providers', 'combined-hours']));
  });

  it('loads on this thread when run from the TypeScript sources, in path order', async () => {
    const dir = makeRepo(5);
    const files = await loadPlacementFilesParallel([4, 2, 0].map((i) => join(dir, `provider-000${i}.yaml`)), dir);
    expect(files.map((f) => f.displayPath)).toEqual(['provider-0004.yaml', 'provider-0002.yaml', 'provider-0000.yaml']);
  });
});
