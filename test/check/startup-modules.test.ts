// Commands that need no placement file start without the schema library (zod) or a YAML parser, and a check
// of valid files without zod (blocks, register and config pass the fast path; zod is loaded only for a block
// that does not): a hook (test/support/trace-modules.mjs) records every module the built CLI loads, and each
// chunk of the bundled command line is read as the files inside it. A check with an invalid block is traced
// too, so the test shows the hook sees zod when it is loaded.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadedSources } from '../support/loaded-sources.js';
// @ts-expect-error: the bench generator is plain JavaScript with no type declarations
import { generateRepo } from '../../bench/generate.mjs';
// @ts-expect-error: as above
import { anchorFolder } from '../../bench/anchored.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const HOOK = pathToFileURL(join(ROOT, 'test', 'support', 'trace-modules.mjs')).href;
const HEAVY = { zod: '/node_modules/zod/', 'js-yaml': '/node_modules/js-yaml/', yaml: '/node_modules/yaml/' };

function loaded(args: string[]): { modules: string[]; status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ap-ready-trace-'));
  const log = join(dir, 'modules.txt');
  try {
    const r = spawnSync(process.execPath, ['--import', HOOK, CLI, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, AP_READY_TRACE_MODULES: log, NO_COLOR: '1' },
    });
    return {
      modules: loadedSources(readFileSync(log, 'utf8').split('\n').filter(Boolean)),
      status: r.status,
      stdout: r.stdout,
      stderr: r.stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const heavy = (modules: string[]) =>
  Object.entries(HEAVY)
    .filter(([, part]) => modules.some((m) => m.includes(part)))
    .map(([name]) => name);

describe('modules each command loads', () => {
  it.each([
    [['rules'], 'review-overdue'],
    [['rules', '--explain', 'review-overdue'], 'review-overdue'],
    [['--help'], 'Usage: ap-ready'],
    [['--version'], '.'],
  ])('ap-ready %j loads neither zod nor a YAML parser', (args, expected) => {
    const { modules, status, stdout } = loaded(args);
    expect(status).toBe(0);
    expect(stdout).toContain(expected);
    expect(modules.some((m) => m.endsWith('/dist/cli.js'))).toBe(true);
    expect(modules.some((m) => m.endsWith('/dist/commands/rules.js') || m.endsWith('/dist/version.js'))).toBe(true); // the bundle's chunks were read
    expect(heavy(modules)).toEqual([]);
  });

  it("the built entry is the bundle's stub, executable as a bin (npx runs it without npm linking it again)", () => {
    expect(statSync(CLI).mode & 0o111).toBe(0o111);
    expect(readFileSync(CLI, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n[^]*import '\.\/bin\/cli\.js';\n$/);
  });

  // A folder with no placement file (and no config) loads no YAML parser either: the loader and the rules are
  // loaded only once there is a file to check (src/check.ts).
  it.each([
    ['the examples (a config, a pupil register, attendance records)', 'examples/placements', 0, ['js-yaml']],
    ['the anchored bench files (PyYAML with anchors and aliases)', 'anchored', 1, ['js-yaml']],
    ['an empty folder', 'empty', 2, []],
  ])(
    'ap-ready check of %s, with no invalid block, loads no zod',
    (_what, folder, exit, parsers) => {
      const dir = mkdtempSync(join(tmpdir(), 'ap-ready-trace-valid-'));
      try {
        let path = join(ROOT, folder);
        if (folder === 'anchored') {
          path = (generateRepo(join(dir, 'repo'), 20, 5) as { folder: string }).folder;
          anchorFolder(path);
        } else if (folder === 'empty') path = dir;
        const { modules, status, stdout, stderr } = loaded(['check', path, '--as-of', '2026-11-16']);
        expect([status, stderr.includes('schema')]).toEqual([exit, false]);
        expect(stdout).not.toMatch(/\bschema\b/);
        expect(heavy(modules)).toEqual(parsers);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );

  it('ap-ready check of files with invalid blocks loads zod, which words the findings (the trace sees it)', () => {
    const { modules, status, stdout } = loaded(['check', 'examples/broken', '--as-of', '2026-11-16']);
    expect(status).toBe(1);
    expect(stdout).toMatch(/ schema\n/);
    expect(heavy(modules)).toEqual(expect.arrayContaining(['zod', 'js-yaml']));
  }, 60_000);

  // zod, and the two CommonJS packages whose export scan cost Node ~35 ms of CPU at each start (scripts/bundle.mjs).
  it('the bundle copies no package a school has installed anyway, except zod, commander and ignore (measured faster bundled)', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'bin', 'meta.json'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    const packages = new Set(
      Object.keys(meta.inputs).flatMap((p) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p)?.slice(1) ?? []),
    );
    expect([...packages].sort()).toEqual(['commander', 'ignore', 'zod']);
  });

  it('ap-ready check --cache: a hit prints the stored report without loading zod or a YAML parser', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ap-ready-trace-cache-'));
    try {
      const args = [
        'check',
        'examples/placements',
        '--as-of',
        '2026-11-16',
        '-f',
        'json',
        '--cache',
        '--cache-location',
        join(dir, 'cache.json'),
      ];
      const first = loaded(args);
      expect(heavy(first.modules)).toEqual(['js-yaml']);
      const hit = loaded(args);
      expect([hit.status, hit.stdout, hit.stderr]).toEqual([first.status, first.stdout, first.stderr]);
      expect(heavy(hit.modules)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
