// --format naming a formatter module, as ESLint's -f: a path to a module of one's own (ESM or CommonJS, sync or
// async), or an installed package by ESLint's naming (unix is eslint-formatter-unix, the formatter ESLint 8
// shipped, now a package). The module gets ESLint's results and { cwd, rulesMeta }, exactly what --format
// json and json-with-metadata print.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { UsageError } from '../../src/model/findings.js';
import { config, PROVIDER, swap } from '../suppress/helpers.js';
import { tempDir } from '../support/temp-dir.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BROKEN = swap(PROVIDER, 'postcode: LS11 5AB', 'postcode: NOPE');

function school(modules: Record<string, string> = {}): string {
  const dir = tempDir({
    'ap-ready.config.yaml': 'rules: { whereabouts-unknown: off }\n',
    'placements/p.yaml': BROKEN,
    ...modules,
  });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(ROOT, 'node_modules', 'eslint-formatter-unix'), join(dir, 'node_modules', 'eslint-formatter-unix'));
  return dir;
}
const run = (dir: string, format: string, extra: Record<string, unknown> = {}) =>
  runCheck(['placements'], { asOf: '2025-12-01', config: config(), cwd: dir, format, ...extra });

const OWN = `export default function (results, context) {
  return results.flatMap((r) => r.messages.map((m) => \`\${r.filePath.slice(context.cwd.length + 1)} \${m.line} \${m.ruleId} \${context.rulesMeta[m.ruleId].docs.url}\`)).join('\\n');
}
`;

describe('--format with a formatter module', () => {
  it("a path to an ES module: called with the results and { cwd, rulesMeta }; the exit code is still the check's", async () => {
    const dir = school({ 'fmt.mjs': OWN });
    const json = JSON.parse((await run(dir, 'json')).stdout) as { messages: { line: number; ruleId: string }[] }[];
    const r = await run(dir, './fmt.mjs');
    expect(r.exitCode).toBe(1);
    const expected = json.flatMap((f) =>
      f.messages.map((m) => `placements/p.yaml ${m.line} ${m.ruleId} https://unpkg.com/ap-ready@`),
    );
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.replace(/@[^/]+\/docs\/rules\/.*$/, '@')),
    ).toEqual(expected);
    expect(r.stdout).toMatch(/postcode-format .*docs\/rules\/postcode-format\.md\n$/m);
  });

  it('a CommonJS module, and an async formatter, by path; -o writes the text', async () => {
    const dir = school({
      'f.cjs': 'module.exports = (results) => `${results.length} file(s)`;\n',
      'a.mjs':
        'export default async (results) => { await new Promise((r) => setTimeout(r, 5)); return `async ${results[0].errorCount}`; };\n',
    });
    expect((await run(dir, 'f.cjs')).stdout).toBe('1 file(s)\n');
    expect((await run(dir, join(dir, 'a.mjs'))).stdout).toBe('async 1\n');
    await run(dir, './f.cjs', { output: join(dir, 'out', 'r.txt') });
    expect(readFileSync(join(dir, 'out', 'r.txt'), 'utf8')).toBe('1 file(s)\n');
  });

  it.each(['unix', 'eslint-formatter-unix'])(
    "an installed ESLint formatter package by name (%s) prints what it prints of ESLint's own results",
    async (name) => {
      const dir = school();
      const results = JSON.parse((await run(dir, 'json')).stdout);
      const unix = createRequire(join(dir, 'x.cjs'))('eslint-formatter-unix') as (r: unknown) => string;
      const r = await run(dir, name);
      expect(r.stdout).toBe(`${unix(results)}\n`);
      expect(r.stdout).toMatch(/p\.yaml:\d+:\d+: .* \[Error\/postcode-format\]/);
    },
  );

  it.each([
    [
      'not found',
      'no-such-formatter',
      /--format "no-such-formatter" is not a format: use one of stylish, .*tried eslint-formatter-no-such-formatter, no-such-formatter/,
    ],
    ['a missing path', './nope.js', /is not a format: .*nope\.js/],
    ['no function exported', './x.mjs', /exports no formatter function/],
    ['a formatter that throws', './t.mjs', /the formatter failed: boom/],
    ['a formatter that returns no text', './n.mjs', /the formatter returned undefined, not the report's text/],
  ])('%s: a usage error (exit 2) that says so', async (_name, format, message) => {
    const dir = school({
      'x.mjs': 'export const y = 1;\n',
      't.mjs': 'export default () => { throw new Error("boom"); };\n',
      'n.mjs': 'export default () => {};\n',
    });
    const err = await run(dir, format).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
  });
});
