// `check --cache`: a hit prints exactly what a fresh run prints, in every format, without checking again (it
// leaves the cache file as it was; test/check/startup-modules.test.ts shows a hit loads no schema library or
// YAML parser); every change of an input, the config or the as-of date is a miss; a corrupt or unwritable
// cache is ignored, never printed and never fatal. Run through the command line in-process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../support/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FORMATS = ['stylish', 'json', 'json-with-metadata', 'sarif', 'github', 'junit', 'gitlab'];
const AS_OF = '2026-11-16';

let dir: string;
let n = 0;

/** The cache file's identity: a run that checks afresh stores its outcome by renaming a new file over it. */
function identity(file: string): string | undefined {
  try {
    const st = statSync(file);
    return `${st.ino}:${st.mtimeMs}:${st.size}`;
  } catch {
    return undefined;
  }
}

/** Runs the CLI in `cwd`; `parsed` says whether it checked afresh (and so stored a new cache file) rather than print a hit. */
async function run(args: string[], cwd = dir) {
  const at = args.indexOf('--cache-location');
  const file = args.includes('--cache') ? resolve(cwd, at >= 0 ? args[at + 1] : '.ap-ready-cache') : undefined;
  const before = file && identity(file);
  const r = await runCli(args, { cwd });
  const parsed = !file || before === undefined || identity(file) !== before;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, parsed };
}

const check = (...extra: string[]) => ['check', 'placements', '--as-of', AS_OF, ...extra];

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'ap-ready-cache-'));
  dir = join(base, 'school');
  cpSync(join(ROOT, 'examples'), dir, { recursive: true, preserveTimestamps: true });
  rmSync(join(dir, 'area'), { recursive: true, force: true });
  rmSync(join(dir, 'broken'), { recursive: true, force: true });
});
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

describe('check --cache', () => {
  it('a hit prints byte for byte what a fresh run prints, in every format, without checking again', async () => {
    const cache = join(dir, '..', 'formats-cache.json');
    const first = await run(check('--cache', '--cache-location', cache));
    expect(first.parsed).toBe(true);
    expect(statSync(cache).mode & 0o777).toBe(0o600);
    for (const format of FORMATS) {
      const fresh = await run(check('-f', format));
      const hit = await run(check('-f', format, '--cache', '--cache-location', cache));
      expect(hit.parsed, format).toBe(false);
      expect(hit.stdout, format).toBe(fresh.stdout);
      expect(hit.stderr, format).toBe(fresh.stderr);
      expect(hit.status, format).toBe(fresh.status);
      expect(fresh.stdout.length, format).toBeGreaterThan(0);
    }
    // --quiet and --max-warnings apply to the stored findings as to fresh ones.
    for (const extra of [['--quiet'], ['--max-warnings', '0']]) {
      const fresh = await run(check(...extra));
      const hit = await run(check(...extra, '--cache', '--cache-location', cache));
      expect(hit.parsed).toBe(false);
      expect([hit.stdout, hit.stderr, hit.status]).toEqual([fresh.stdout, fresh.stderr, fresh.status]);
    }
  });

  it('the default cache file is .ap-ready-cache where there is no node_modules', async () => {
    await run(check('--cache'));
    expect(existsSync(join(dir, '.ap-ready-cache'))).toBe(true);
    expect((await run(check('--cache'))).parsed).toBe(false);
    rmSync(join(dir, '.ap-ready-cache'));
  });

  it.each([
    [
      'a placement file changed',
      () => appendFileSync(join(dir, 'placements', 'larkspur-rise-academy.yaml'), '\n# edited\n'),
    ],
    [
      'a placement file added',
      () => writeFileSync(join(dir, 'placements', 'new-provider.yaml'), 'provider:\n  name: New\n'),
    ],
    ['the config changed', () => appendFileSync(join(dir, 'ap-ready.config.yaml'), '\n# edited\n')],
    ['the register changed', () => appendFileSync(join(dir, 'pupils.yaml'), '\n# edited\n')],
    ['an attendance file changed', () => appendFileSync(join(dir, 'attendance', 'tenter-lane.csv'), '\n')],
  ])('%s: a miss, and the report is the fresh one', async (_what, change) => {
    const cache = join(dir, '..', `miss-${n}.json`);
    await run(check('-f', 'json', '--cache', '--cache-location', cache));
    expect((await run(check('-f', 'json', '--cache', '--cache-location', cache))).parsed).toBe(false);
    change();
    const fresh = await run(check('-f', 'json'));
    const after = await run(check('-f', 'json', '--cache', '--cache-location', cache));
    expect(after.parsed).toBe(true);
    expect(after.stdout).toBe(fresh.stdout);
    // …and the new outcome is stored: the next run is a hit again.
    expect((await run(check('-f', 'json', '--cache', '--cache-location', cache))).parsed).toBe(false);
  });

  it('a different --as-of is a miss', async () => {
    const cache = join(dir, '..', 'asof-cache.json');
    await run(check('--cache', '--cache-location', cache));
    const later = ['check', 'placements', '--as-of', '2027-03-01', '-f', 'json'];
    const fresh = await run(later);
    const other = await run([...later, '--cache', '--cache-location', cache]);
    expect(other.parsed).toBe(true);
    expect(other.stdout).toBe(fresh.stdout);
  });

  it.each([
    ['not JSON', 'SECRET-GARBAGE P-0042 {{{'],
    [
      'JSON of the wrong shape',
      JSON.stringify({ format: 1, fingerprint: 'x', outcome: { findings: 'SECRET-GARBAGE' } }),
    ],
    ['empty', ''],
  ])('a corrupt cache file (%s) is ignored, never printed, and replaced', async (_what, content) => {
    const cache = join(dir, '..', `corrupt-${n}.json`);
    writeFileSync(cache, content);
    const fresh = await run(check('-f', 'json'));
    const r = await run(check('-f', 'json', '--cache', '--cache-location', cache));
    expect([r.stdout, r.stderr, r.status]).toEqual([fresh.stdout, fresh.stderr, fresh.status]);
    expect(r.stdout + r.stderr).not.toContain('SECRET-GARBAGE');
    expect((await run(check('-f', 'json', '--cache', '--cache-location', cache))).parsed).toBe(false);
  });

  it('a cache file that cannot be written: the full report, the same exit code, and a notice on stderr', async () => {
    writeFileSync(join(dir, '..', 'a-file'), 'x');
    const fresh = await run(check('-f', 'json'));
    const r = await run(check('-f', 'json', '--cache', '--cache-location', join(dir, '..', 'a-file', 'cache.json')));
    expect([r.stdout, r.status]).toEqual([fresh.stdout, fresh.status]);
    expect(r.stderr).toMatch(
      /^ap-ready: the cache was not saved to .*a-file.*: part of its path is a file, not a folder\./,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a cache location that is one of the inputs is refused, and the input is left as it was', async () => {
    const input = join(dir, 'placements', 'tenter-lane-motor-skills.yaml');
    const before = readFileSync(input, 'utf8');
    const fresh = await run(check('-f', 'json'));
    const r = await run(check('-f', 'json', '--cache', '--cache-location', input));
    expect([r.stdout, r.status]).toEqual([fresh.stdout, fresh.status]);
    expect(r.stderr).toContain('the cache was not saved');
    expect(readFileSync(input, 'utf8')).toBe(before);
  });
});

describe('a cached report is never stale: it is what an uncached run prints after any change to what the run looked at', () => {
  const ONE = 'placements/larkspur-rise-academy.yaml';
  /** A copy of the examples (a school with a register, attendance CSVs and a GIAS extract given to --gias). */
  function school(): string {
    const at = join(dir, '..', `stale-${n++}`);
    // With the files' own times: a file changed as a run starts is not stored (it may have changed while read).
    cpSync(join(ROOT, 'examples'), at, { recursive: true, preserveTimestamps: true });
    rmSync(join(at, 'area'), { recursive: true, force: true });
    rmSync(join(at, 'broken'), { recursive: true, force: true });
    const sample = readFileSync(join(ROOT, 'test', 'fixtures', 'gias', 'edubasealldata-sample.csv'));
    writeFileSync(join(at, 'gias.csv'), sample);
    return at;
  }
  const replace = (file: string, from: string | RegExp, to: string) => {
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(from, to);
    expect(changed, `${from} is in ${file}`).not.toBe(text);
    writeFileSync(file, changed);
  };

  it.each<[string, (school: string) => void]>([
    // The reproduction: the file checked is one, the file changed another that the check reads for context.
    [
      'within_minutes in another placement file, read for context',
      (s) =>
        replace(join(s, 'placements', 'inkwell-lane-tuition-centre.yaml'), 'within_minutes: 20', 'within_minutes: 200'),
    ],
    [
      'a placement file added to the folder read for context',
      (s) =>
        writeFileSync(
          join(s, 'placements', 'second-site.yaml'),
          readFileSync(join(s, ONE), 'utf8')
            .replace(/name: Larkspur Rise Academy/, 'name: Larkspur Rise Second Site')
            .replace(/urn: "997231"/, 'urn: "997232"'),
        ),
    ],
    ['the register', (s) => replace(join(s, 'pupils.yaml'), /^ {4}school_sessions: \[\] {2}.*\n/m, '')],
    ['the register removed', (s) => rmSync(join(s, 'pupils.yaml'))],
    [
      'an attendance CSV',
      (s) =>
        replace(
          join(s, 'attendance', 'larkspur-rise.csv'),
          '2026-09-28,09:00,P-0104,Larkspur Rise Academy,/,2026-09-28T09:02,',
          '2026-09-28,09:00,P-0104,Larkspur Rise Academy,/,2026-09-28T11:02,',
        ),
    ],
    [
      'an attendance CSV added',
      (s) =>
        writeFileSync(
          join(s, 'attendance', 'more.csv'),
          readFileSync(join(s, 'attendance', 'larkspur-rise.csv'), 'utf8').replace(/T09:02/g, 'T11:02'),
        ),
    ],
    [
      'the config',
      (s) => appendFileSync(join(s, 'ap-ready.config.yaml'), '\nrules:\n  attendance-reported-late: off\n'),
    ],
    [
      'the GIAS extract',
      (s) =>
        appendFileSync(
          join(s, 'gias.csv'),
          readFileSync(join(s, 'gias.csv'), 'utf8')
            .split('\n')[1]
            .replace(/^900101,/, '997231,')
            .replace('Brookside Pupil Referral Unit', 'Larkspur Rise Academy') + '\n',
        ),
    ],
  ])('%s', async (_what, change) => {
    const s = school();
    // A run does not store what it read from files changed as it started (by the file system's coarse clock,
    // they may have changed while it read them): the school is set up a moment before, as a real one is.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const args = ['check', ONE, '--as-of', AS_OF, '--gias', 'gias.csv', '-f', 'json'];
    const cached = [...args, '--cache', '--cache-location', join(s, 'cache.json')];
    const before = await run(cached, s);
    expect(before.parsed).toBe(true);
    expect((await run(cached, s)).parsed).toBe(false); // a hit while nothing changes
    change(s);
    const fresh = await run(args, s);
    expect(fresh.stdout, 'the change makes a difference to the report').not.toBe(before.stdout);
    const after = await run(cached, s);
    expect([after.stdout, after.stderr, after.status]).toEqual([fresh.stdout, fresh.stderr, fresh.status]);
    expect(after.parsed).toBe(true);
    expect((await run(cached, s)).parsed).toBe(false); // stored again
  });
});
