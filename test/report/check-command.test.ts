// `ap-ready check` options that decide the exit code and where the report goes: --max-warnings, --output,
// --format, run through the command module and through the command line (in-process).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { runCheck } from '../../src/commands/check.js';
import { UsageError } from '../../src/model/findings.js';
import { above, PROVIDER, swap } from './helpers.js';
import { config, tempDir } from '../suppress/helpers.js';

const NO_EXIT_PLAN =
  '    exit_plan: Phased return to mainstream from February half-term   # reintegration / next step\n';
/** One warning (exit-plan-required) and no error. */
const ONE_WARNING = swap(PROVIDER, NO_EXIT_PLAN, '');
/** The same warning, suppressed. */
const SUPPRESSED_WARNING = `# ap-ready-disable-file exit-plan-required -- the plan is agreed at the review on Friday\n${ONE_WARNING}`;

/** A school folder with these files; it keeps no pupil register, so its config turns whereabouts-unknown off. */
function folder(files: Record<string, string>): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'ap-ready.config.yaml'), 'rules: { whereabouts-unknown: off }\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const run = (dir: string, opts: Record<string, unknown>) =>
  runCheck([dir], { asOf: '2025-12-01', config: config(), cwd: dir, format: 'json', ...opts });

describe('--max-warnings', () => {
  it.each([
    ['no limit', ONE_WARNING, undefined, 0],
    ['within the limit', ONE_WARNING, '1', 0],
    ['over the limit', ONE_WARNING, '0', 1],
    ['a suppressed warning does not count', SUPPRESSED_WARNING, '0', 0],
  ])('%s', async (_name, text, maxWarnings, exitCode) => {
    const dir = folder({ 'p.yaml': text });
    const result = await run(dir, { maxWarnings });
    expect(result.exitCode).toBe(exitCode);
    if (exitCode) expect(result.stderr).toBe('ap-ready: 1 warning, more than --max-warnings 0 allows.\n');
  });

  // ESLint 9: `--quiet --max-warnings 0` exits 1 when there are warnings, though --quiet does not print them.
  it.each([
    ['a warning, hidden by --quiet, still over the limit', ONE_WARNING, '0', 1],
    ['a warning, hidden by --quiet, within the limit', ONE_WARNING, '1', 0],
    ['a suppressed warning hidden by --quiet does not count', SUPPRESSED_WARNING, '0', 0],
  ])('--quiet: %s', async (_name, text, maxWarnings, exitCode) => {
    const dir = folder({ 'p.yaml': text });
    const result = await run(dir, { maxWarnings, quiet: true });
    expect(JSON.parse(result.stdout).flatMap((f: { messages: unknown[] }) => f.messages)).toEqual([]);
    expect(result.exitCode).toBe(exitCode);
    if (exitCode)
      expect(result.stderr).toBe(
        'ap-ready: 1 warning (1 not shown with --quiet), more than --max-warnings 0 allows.\n',
      );
  });

  it('refuses a value that is not a whole number', async () => {
    const dir = folder({ 'p.yaml': ONE_WARNING });
    await expect(run(dir, { maxWarnings: 'two' })).rejects.toThrow(UsageError);
  });

  it('an error fails whatever the limit', async () => {
    const dir = folder({ 'p.yaml': swap(PROVIDER, 'postcode: LS11 5AB', 'postcode: NOPE') });
    expect((await run(dir, { maxWarnings: '10' })).exitCode).toBe(1);
  });
});

describe('--output', () => {
  it.each(['sarif', 'github', 'junit'])(
    'writes the %s report to the file and nothing to the screen',
    async (format) => {
      const dir = folder({ 'p.yaml': ONE_WARNING });
      const out = join(dir, `report.${format}`);
      const result = await run(dir, { format, output: out });
      expect(result.stdout).toBe('');
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(0);
    },
  );
});

describe('the command line', () => {
  const cli = (args: string[], cwd: string) => runCli(args, { cwd });

  it('--max-warnings changes the exit code', async () => {
    const dir = folder({ 'p.yaml': ONE_WARNING });
    const args = ['check', '.', '--as-of', '2025-12-01', '--format', 'github'];
    const within = await cli([...args, '--max-warnings', '1'], dir);
    expect(within.status).toBe(0);
    expect(within.stdout).toMatch(
      /^::warning file=p\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=exit-plan-required::/,
    );
    const over = await cli([...args, '--max-warnings', '0'], dir);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('more than --max-warnings 0 allows');
  });

  it('writes SARIF with --output and still exits 1 on errors', async () => {
    const dir = folder({
      'p.yaml': above(swap(PROVIDER, 'postcode: LS11 5AB', 'postcode: NOPE'), 'town: Leeds', '# unrelated comment'),
    });
    const r = await cli(
      ['check', '.', '--as-of', '2025-12-01', '--format', 'sarif', '--output', 'ap-ready.sarif'],
      dir,
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const log = JSON.parse(readFileSync(join(dir, 'ap-ready.sarif'), 'utf8'));
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['postcode-format']);
  });
});
