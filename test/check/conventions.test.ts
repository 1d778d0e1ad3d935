// ESLint's command-line conventions, run through the command line in-process: --output-file (and -o) making missing folders,
// --max-warnings -1, colour from --color/--no-color/FORCE_COLOR/NO_COLOR, `check -` with --stdin-filename,
// quoted globs, and ignores from the config and --ignore-pattern.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/report/color.js';
import { COMPLIANT } from '../support/check-in-memory.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

const AS_OF = ['--as-of', '2025-12-01'];

/** The CLI in-process, with only these colour variables set (none: a plain pipe). */
const cli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = { NO_COLOR: '1' }, input?: string) =>
  runCli(args, { cwd, env: { NO_COLOR: undefined, ...env }, stdin: input });

/** A repository with placements/ holding a clean file, one with a warning-free error, and an archive folder. */
function repo(): string {
  const dir = tempDir({});
  mkdirSync(join(dir, 'placements', 'archive'), { recursive: true });
  writeFileSync(join(dir, 'placements', 'bridge.yaml'), COMPLIANT);
  writeFileSync(
    join(dir, 'placements', 'archive', 'old.yaml'),
    COMPLIANT.replace(/postcode: .*/, 'postcode: NOT A CODE').replace(/P-0042/g, 'P-0099'),
  );
  return dir;
}
const files = (json: string) =>
  (JSON.parse(json) as { filePath: string }[]).map((r) => r.filePath.split(/[\\/]/).slice(-2).join('/')).sort();

describe('--output-file', () => {
  it('--output-file, -o and --output all write the report; missing folders are made', async () => {
    const dir = repo();
    for (const [flag, path] of [
      ['--output-file', 'reports/a/x.json'],
      ['-o', 'r2/y.json'],
      ['--output', 'z.json'],
    ]) {
      const r = await cli(['check', 'placements', ...AS_OF, '-f', 'json', flag, path], dir);
      expect(r.stdout).toBe('');
      expect(r.status).toBe(1);
      expect(files(readFileSync(join(dir, path), 'utf8'))).toEqual(['archive/old.yaml', 'placements/bridge.yaml']);
    }
  });

  it('a folder that cannot be made is exit 2 with one line', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'afile'), '');
    const r = await cli(['check', 'placements', ...AS_OF, '-o', 'afile/x.json'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^ap-ready: Cannot make the folder for afile\/x\.json: part of the path is a file, not a folder\./,
    );
  });
});

describe('--max-warnings', () => {
  it('-1 means no limit; below -1 is exit 2', async () => {
    const dir = tempDir({});
    mkdirSync(join(dir, 'placements'));
    writeFileSync(join(dir, 'placements', 'a.yaml'), COMPLIANT.replace(/ {4}exit_plan: .*\n/, ''));
    expect((await cli(['check', ...AS_OF, '--max-warnings', '0'], dir)).status).toBe(1);
    expect((await cli(['check', ...AS_OF, '--max-warnings', '-1'], dir)).status).toBe(0);
    const bad = await cli(['check', ...AS_OF, '--max-warnings', '-2'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/or -1 for no limit/);
  });
});

describe('colour', () => {
  const table: [boolean | undefined, NodeJS.ProcessEnv, boolean, boolean][] = [
    [undefined, {}, true, true],
    [undefined, {}, false, false],
    [undefined, { TERM: 'dumb' }, true, false],
    [undefined, { NO_COLOR: '1' }, true, false],
    [undefined, { NO_COLOR: '' }, true, true],
    [undefined, { FORCE_COLOR: '1' }, false, true],
    [undefined, { FORCE_COLOR: '' }, false, true],
    [undefined, { FORCE_COLOR: 'true' }, false, true],
    [undefined, { FORCE_COLOR: '0' }, true, false],
    [undefined, { FORCE_COLOR: 'false' }, true, false],
    [undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [true, { NO_COLOR: '1' }, false, true],
    [false, { FORCE_COLOR: '3' }, true, false],
  ];
  it.each(table)('flag %s, env %j, tty %s → %s', (flag, env, tty, expected) => {
    expect(useColor(flag, env, tty)).toBe(expected);
  });

  it('the CLI colours a piped report with FORCE_COLOR or --color, and not with --no-color', async () => {
    const dir = repo();
    const esc = '\u001b[';
    expect((await cli(['check', 'placements', ...AS_OF], dir, {})).stdout).not.toContain(esc);
    expect((await cli(['check', 'placements', ...AS_OF], dir, { FORCE_COLOR: '1' })).stdout).toContain(esc);
    expect((await cli(['check', 'placements', ...AS_OF, '--color'], dir, { NO_COLOR: '1' })).stdout).toContain(esc);
    expect(
      (await cli(['check', 'placements', ...AS_OF, '--no-color'], dir, { FORCE_COLOR: '1' })).stdout,
    ).not.toContain(esc);
  });
});

describe('check - (standard input)', () => {
  it("checks the text under --stdin-filename, with the folder's other files when named too", async () => {
    const dir = repo();
    const bad = COMPLIANT.replace(/postcode: .*/, 'postcode: NOT A CODE');
    const r = await cli(
      ['check', '-', '--stdin-filename', 'placements/editing.yaml', ...AS_OF, '-f', 'json'],
      dir,
      { NO_COLOR: '1' },
      bad,
    );
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(1);
    expect(out[0].filePath).toBe(join(dir, 'placements', 'editing.yaml'));
    expect(out[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('postcode-format');
    const clean = await cli(['check', '-', ...AS_OF, '-f', 'json'], dir, { NO_COLOR: '1' }, COMPLIANT);
    expect(clean.status).toBe(0);
    expect(JSON.parse(clean.stdout)[0].filePath).toBe(join(dir, 'stdin.yaml'));
  });

  it('empty or binary input is a finding, not a crash', async () => {
    const dir = repo();
    const r = await cli(['check', '-', ...AS_OF], dir, { NO_COLOR: '1' }, '');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('The file is empty');
    expect(r.stderr).toBe('');
  });
});

describe('globs and ignores', () => {
  it('a quoted glob selects files; one that matches nothing is exit 2', async () => {
    const dir = repo();
    expect(files((await cli(['check', 'placements/**/*.yaml', ...AS_OF, '-f', 'json'], dir)).stdout)).toEqual([
      'archive/old.yaml',
      'placements/bridge.yaml',
    ]);
    expect(files((await cli(['check', 'placements/*.yaml', ...AS_OF, '-f', 'json'], dir)).stdout)).toEqual([
      'placements/bridge.yaml',
    ]);
    expect(
      files((await cli(['check', './placements/{archive,nope}/*.y?ml', ...AS_OF, '-f', 'json'], dir)).stdout),
    ).toEqual(['archive/old.yaml']);
    const none = await cli(['check', 'placements/*.yml', ...AS_OF], dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^ap-ready: No placement file matches placements\/\*\.yml\./);
  });

  it("--ignore-pattern (from the working folder) and the config's ignores (from the config's folder) leave files out", async () => {
    const dir = repo();
    const ignored = await cli(['check', ...AS_OF, '-f', 'json', '--ignore-pattern', 'placements/archive/'], dir);
    expect(ignored.status).toBe(0);
    expect(files(ignored.stdout)).toEqual(['placements/bridge.yaml']);
    // Every file ignored: nothing would be checked, so it is exit 2 with a message (as ESLint), not a pass.
    const allIgnored = await cli(
      ['check', ...AS_OF, '-f', 'json', '--ignore-pattern', 'old.yaml', '--ignore-pattern', 'bridge.*'],
      dir,
    );
    expect([allIgnored.status, allIgnored.stdout]).toEqual([2, '']);
    expect(allIgnored.stderr).toMatch(/^ap-ready: All the placement files in placements are ignored/);
    // A re-include (!) as in .gitignore: the archive is ignored except old.yaml.
    expect(
      files(
        (
          await cli(
            [
              'check',
              ...AS_OF,
              '-f',
              'json',
              '--ignore-pattern',
              'placements/archive/*',
              '--ignore-pattern',
              '!old.yaml',
            ],
            dir,
          )
        ).stdout,
      ),
    ).toEqual(['archive/old.yaml', 'placements/bridge.yaml']);
    writeFileSync(join(dir, 'ap-ready.config.yaml'), 'ignores:\n  - placements/archive/\n');
    mkdirSync(join(dir, 'sub'));
    const fromSub = await cli(['check', '../placements', ...AS_OF, '-f', 'json'], join(dir, 'sub'));
    expect(fromSub.status).toBe(0);
    expect(files(fromSub.stdout)).toEqual(['placements/bridge.yaml']);
  });
});
