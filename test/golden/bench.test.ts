// The findings on the benchmark's 1,000 provider files (bench/generate.mjs, 10,000 placements, 12 MB), as the
// json formatter prints them: the speed work of issue 14 must not change a single id, severity, position or
// word. The output is 5 MB, so what is stored is its SHA-256 and, to say what changed when it does, the
// number of findings of each rule and of each severity.
// Regenerate on purpose only: UPDATE_GOLDEN=1 npx vitest run test/golden/bench.test.ts
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { tempDir } from '../support/temp-dir.js';
// @ts-expect-error: the bench generator is plain JavaScript with no type declarations
import { AS_OF, generateRepo } from '../../bench/generate.mjs';

const STORED = fileURLToPath(new URL('./bench-1000.json', import.meta.url));

it('the json output of the 1,000-file bench repo is unchanged', async () => {
  const dir = tempDir({}, 'ap-ready-bench-golden-');
  const { folder } = generateRepo(join(dir, 'repo'), 1000, 10) as { folder: string };
  const { stdout: text } = await runCheck([folder], { format: 'json', asOf: AS_OF, cwd: join(dir, 'repo') });
  const results = (JSON.parse(text) as { filePath: string; messages: { ruleId: string; severity: number }[] }[])
    .map((r) => ({ ...r, filePath: relative(join(dir, 'repo'), r.filePath).split('\\').join('/') }));
  const byRule: Record<string, number> = {}, bySeverity: Record<string, number> = {};
  for (const r of results) {
    for (const m of r.messages) {
      byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
      bySeverity[m.severity] = (bySeverity[m.severity] ?? 0) + 1;
    }
  }
  const actual = {
    files: results.length,
    byRule: Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => (a < b ? -1 : 1))),
    bySeverity,
    sha256: createHash('sha256').update(JSON.stringify(results)).digest('hex'),
  };
  if (process.env.UPDATE_GOLDEN) writeFileSync(STORED, JSON.stringify(actual, null, 1) + '\n');
  const stored = JSON.parse(readFileSync(STORED, 'utf8')) as typeof actual;
  // The counts first: a changed count says which rule moved; an equal count with another hash, that words or positions did.
  expect({ ...actual, sha256: undefined }).toEqual({ ...stored, sha256: undefined });
  expect(actual.sha256).toBe(stored.sha256);
}, 120_000);
