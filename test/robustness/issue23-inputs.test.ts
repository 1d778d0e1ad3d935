// Issue 23, inputs: line ends, the one bounded reader for every input, patterns a school writes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AS_OF, GOOD, GOOD_FINDING, checkJson, cli, expectBounded, repo } from './support.js';

describe('CR-only line ends (classic Mac)', () => {
  it('a finding is on its own line and column, as with LF', async () => {
    const { dir, placements } = repo();
    writeFileSync(join(placements, 'good.yaml'), GOOD.replaceAll('\n', '\r'));
    const { report } = await checkJson(dir);
    expect(report[0].messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column }))).toEqual([
      GOOD_FINDING,
    ]);
  });
});

describe('every input through the one bounded, regular-file-only reader', () => {
  it('an area file that is a FIFO is a usage error at once, not a hang', async () => {
    const { dir } = repo();
    expect(spawnSync('mkfifo', [join(dir, 'area.yaml')]).status).toBe(0);
    const run = await cli(['area', 'area.yaml', '--as-of', AS_OF], { cwd: dir });
    expectBounded(run);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /area\.yaml is a named pipe \(FIFO\), not an ordinary file: give the path of the area file/,
    );
  });

  it("a school's print.css that is a FIFO is a usage error at once, not a hang", async () => {
    const { dir } = repo();
    writeFileSync(
      join(dir, 'ap-ready.config.yaml'),
      'school: { name: Robustness Test School }\nrules: { whereabouts-unknown: off }\ntemplates: mine\n',
    );
    mkdirSync(join(dir, 'mine'));
    expect(spawnSync('mkfifo', [join(dir, 'mine', 'print.css')]).status).toBe(0);
    const run = await cli(['render', 'findings', 'placements', '--as-of', AS_OF, '-o', 'out.html'], { cwd: dir });
    expectBounded(run);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /The stylesheet mine\/print\.css cannot be read: it is a named pipe \(FIFO\), not a file/,
    );
  });
});

describe('finding files under a deep folder tree is linear', () => {
  it('a placement file 1,900 folders down is found within the time limit', async () => {
    const { dir, placements } = repo();
    // 1,900 one-letter folders: the path (about 3,850 characters) stays under the system's 4,096.
    const deep = join(placements, ...Array.from({ length: 1900 }, () => 'd'));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'deep.yaml'), GOOD);
    // rmSync recurses once per level, past the stack of the test's clean-up: remove it with rm.
    onTestFinished(() => {
      spawnSync('rm', ['-rf', join(placements, 'd')]);
    });
    const run = await cli(['check', 'placements', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expectBounded(run);
    const report = JSON.parse(run.stdout) as { filePath: string }[];
    expect(report.some((f) => f.filePath.endsWith('/deep.yaml'))).toBe(true);
  });
});

describe('pupil_reference_pattern runs in linear time', () => {
  const withPattern = (pattern: string) => {
    const r = repo({
      'crafted.yaml': GOOD.replace('name: Bridge Learning Centre', 'name: Crafted Centre').replace(
        'pupil: P-0042',
        `pupil: "${'1'.repeat(40)}!"`,
      ),
    });
    writeFileSync(
      join(r.dir, 'ap-ready.config.yaml'),
      `school: { name: Robustness Test School }\nrules: { whereabouts-unknown: off }\npupil_reference_pattern: '${pattern}'\n`,
    );
    return r;
  };
  it('nested quantifiers and a crafted reference: the check ends at once, the reference is hidden and reported', async () => {
    const { dir } = withPattern('([0-9]+)+P');
    const { report, file } = await checkJson(dir);
    expect(file('crafted.yaml').messages.map((m) => m.ruleId)).toContain('pupil-reference');
    expect(JSON.stringify(report)).not.toMatch(/1{40}/);
  });
  it('a pattern RE2 cannot run (a backreference) is a config error naming what to change', async () => {
    const { dir } = withPattern('(P)\\1-[0-9]+');
    const run = await cli(['check', 'placements', '--as-of', AS_OF], { cwd: dir });
    expectBounded(run);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/pupil_reference_pattern.*cannot be matched in bounded time \(a backreference/);
  });
});

describe('over-long text is a finding', () => {
  it("a 20,000-character word in a provider's name: check says so (text-too-long), without quoting it", async () => {
    const { dir } = repo({
      'long.yaml': GOOD.replace('name: Bridge Learning Centre', `name: ${'W'.repeat(20_000)}`).replace(
        'pupil: P-0042',
        'pupil: P-0043',
      ),
    });
    const { run, file } = await checkJson(dir);
    const m = file('long.yaml').messages.filter((x) => x.ruleId === 'text-too-long');
    expect(m.map((x) => x.message)).toEqual([
      expect.stringMatching(/^The value of provider\.name holds 20,000 characters with no space/),
    ]);
    expect(run.stdout).not.toMatch(/W{100}/);
  });
});
