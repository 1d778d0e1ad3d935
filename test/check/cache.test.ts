// `check --cache`: a hit prints exactly what a fresh run prints, in every format, without loading the schema
// library or a YAML parser (so without parsing a file); every change of an input, the config or the as-of date is
// a miss; a corrupt or unwritable cache is ignored, never printed and never fatal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadedSources } from '../support/loaded-sources.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');

const HOOK = pathToFileURL(join(ROOT, 'test', 'support', 'trace-modules.mjs')).href;
const FORMATS = ['stylish', 'json', 'json-with-metadata', 'sarif', 'github', 'junit', 'gitlab'];
const AS_OF = '2026-11-16';

let dir: string;
let n = 0;

/** Runs the built CLI in `cwd`; `parsed` says whether it loaded zod or a YAML parser (so read any file). */
function run(args: string[], cwd = dir) {
  const log = join(dir, `..`, `modules-${process.pid}-${n++}.txt`);
  const r = spawnSync(process.execPath, ['--import', HOOK, CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, AP_READY_TRACE_MODULES: log, NO_COLOR: '1' } });
  const modules = existsSync(log) ? loadedSources(readFileSync(log, 'utf8').split('\n').filter(Boolean)).join('\n') : '';
  rmSync(log, { force: true });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, parsed: /node_modules\/(zod|yaml|js-yaml)\//.test(modules) };
}

const check = (...extra: string[]) => ['check', 'placements', '--as-of', AS_OF, ...extra];

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'ap-ready-cache-'));
  dir = join(base, 'school');
  cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  rmSync(join(dir, 'area'), { recursive: true, force: true });
  rmSync(join(dir, 'broken'), { recursive: true, force: true });
});
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

describe('check --cache', () => {
  it('a hit prints byte for byte what a fresh run prints, in every format, without parsing anything', () => {
    const cache = join(dir, '..', 'formats-cache.json');
    const first = run(check('--cache', '--cache-location', cache));
    expect(first.parsed).toBe(true);
    expect(statSync(cache).mode & 0o777).toBe(0o600);
    for (const format of FORMATS) {
      const fresh = run(check('-f', format));
      const hit = run(check('-f', format, '--cache', '--cache-location', cache));
      expect(hit.parsed, format).toBe(false);
      expect(hit.stdout, format).toBe(fresh.stdout);
      expect(hit.stderr, format).toBe(fresh.stderr);
      expect(hit.status, format).toBe(fresh.status);
      expect(fresh.stdout.length, format).toBeGreaterThan(0);
    }
    // --quiet and --max-warnings apply to the stored findings as to fresh ones.
    for (const extra of [['--quiet'], ['--max-warnings', '0']]) {
      const fresh = run(check(...extra));
      const hit = run(check(...extra, '--cache', '--cache-location', cache));
      expect(hit.parsed).toBe(false);
      expect([hit.stdout, hit.stderr, hit.status]).toEqual([fresh.stdout, fresh.stderr, fresh.status]);
    }
  });

  it('the default cache file is .ap-ready-cache where there is no node_modules', () => {
    run(check('--cache'));
    expect(existsSync(join(dir, '.ap-ready-cache'))).toBe(true);
    expect(run(check('--cache')).parsed).toBe(false);
    rmSync(join(dir, '.ap-ready-cache'));
  });

  it.each([
    ['a placement file changed', () => appendFileSync(join(dir, 'placements', 'larkspur-rise-academy.yaml'), '\n# edited\n')],
    ['a placement file added', () => writeFileSync(join(dir, 'placements', 'new-provider.yaml'), 'provider:\n  name: New\n')],
    ['the config changed', () => appendFileSync(join(dir, 'ap-ready.config.yaml'), '\n# edited\n')],
    ['the register changed', () => appendFileSync(join(dir, 'pupils.yaml'), '\n# edited\n')],
    ['an attendance file changed', () => appendFileSync(join(dir, 'attendance', 'tenter-lane.csv'), '\n')],
  ])('%s: a miss, and the report is the fresh one', (_what, change) => {
    const cache = join(dir, '..', `miss-${n}.json`);
    run(check('-f', 'json', '--cache', '--cache-location', cache));
    expect(run(check('-f', 'json', '--cache', '--cache-location', cache)).parsed).toBe(false);
    change();
    const fresh = run(check('-f', 'json'));
    const after = run(check('-f', 'json', '--cache', '--cache-location', cache));
    expect(after.parsed).toBe(true);
    expect(after.stdout).toBe(fresh.stdout);
    // …and the new outcome is stored: the next run is a hit again.
    expect(run(check('-f', 'json', '--cache', '--cache-location', cache)).parsed).toBe(false);
  });

  it('a different --as-of is a miss', () => {
    const cache = join(dir, '..', 'asof-cache.json');
    run(check('--cache', '--cache-location', cache));
    const later = ['check', 'placements', '--as-of', '2027-03-01', '-f', 'json'];
    const fresh = run(later);
    const other = run([...later, '--cache', '--cache-location', cache]);
    expect(other.parsed).toBe(true);
    expect(other.stdout).toBe(fresh.stdout);
  });

  it.each([
    ['not JSON', 'SECRET-GARBAGE P-0042 {{{'],
    ['JSON of the wrong shape', JSON.stringify({ format: 1, fingerprint: 'x', outcome: { findings: 'SECRET-GARBAGE' } })],
    ['empty', ''],
  ])('a corrupt cache file (%s) is ignored, never printed, and replaced', (_what, content) => {
    const cache = join(dir, '..', `corrupt-${n}.json`);
    writeFileSync(cache, content);
    const fresh = run(check('-f', 'json'));
    const r = run(check('-f', 'json', '--cache', '--cache-location', cache));
    expect([r.stdout, r.stderr, r.status]).toEqual([fresh.stdout, fresh.stderr, fresh.status]);
    expect(r.stdout + r.stderr).not.toContain('SECRET-GARBAGE');
    expect(run(check('-f', 'json', '--cache', '--cache-location', cache)).parsed).toBe(false);
  });

  it('a cache file that cannot be written: the full report, the same exit code, and a notice on stderr', () => {
    writeFileSync(join(dir, '..', 'a-file'), 'x');
    const fresh = run(check('-f', 'json'));
    const r = run(check('-f', 'json', '--cache', '--cache-location', join(dir, '..', 'a-file', 'cache.json')));
    expect([r.stdout, r.status]).toEqual([fresh.stdout, fresh.status]);
    expect(r.stderr).toMatch(/^ap-ready: the cache was not saved to .*a-file.*: part of its path is a file, not a folder\./);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a cache location that is one of the inputs is refused, and the input is left as it was', () => {
    const input = join(dir, 'placements', 'tenter-lane-motor-skills.yaml');
    const before = readFileSync(input, 'utf8');
    const fresh = run(check('-f', 'json'));
    const r = run(check('-f', 'json', '--cache', '--cache-location', input));
    expect([r.stdout, r.status]).toEqual([fresh.stdout, fresh.status]);
    expect(r.stderr).toContain('the cache was not saved');
    expect(readFileSync(input, 'utf8')).toBe(before);
  });
});
