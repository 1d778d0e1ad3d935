// The pre-commit hooks as a school installs them (slow: pre-commit runs npm install and npm pack in a clean
// clone, a minute or more): Debian's pre-commit, with a .pre-commit-config.yaml naming a clone of this
// repository at its last commit, in a new placements repository that also holds other YAML. The hooks are
// installed once (PRE_COMMIT_HOME) and run twice, as at two commits.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ap-ready-pre-commit-'));
const tool = join(work, 'tool'),
  school = join(work, 'school');
const env = {
  ...process.env,
  PRE_COMMIT_HOME: join(work, 'pre-commit-home'),
  NO_COLOR: '1',
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.org',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.org',
};
const git = (args: string[], cwd: string) => execFileSync('git', args, { cwd, env, encoding: 'utf8' });
const preCommit = (args: string[]) =>
  spawnSync('pre-commit', ['run', ...args, '--color', 'never'], {
    cwd: school,
    env,
    encoding: 'utf8',
    timeout: 540_000,
  });

beforeAll(() => {
  git(['clone', '--quiet', ROOT, tool], ROOT);
  const rev = git(['rev-parse', 'HEAD'], tool).trim();
  execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'init', school], { encoding: 'utf8' });
  git(['init', '--quiet'], school);
  writeFileSync(
    join(school, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${tool}\n    rev: ${rev}\n    hooks:\n      - id: ap-ready\n      - id: ap-ready-all\n`,
  );
  // Not a placement file, and not valid as one: the hooks must leave it alone.
  writeFileSync(join(school, '.gitlab-ci.yml'), 'stages: [test]\njob:\n  script: [echo hi]\n');
}, 120_000);

describe('pre-commit with the hooks from a clean clone', () => {
  // The first run installs the hooks (the slow part): both hooks, over a repository with a good example, a
  // faulty placement file, and other YAML that is not a placement file.
  it('installs both hooks; they fail the faulty placement file by name, line and rule, and leave .gitlab-ci.yml and the config alone', () => {
    writeFileSync(join(school, 'placements', 'broken.yaml'), 'provider:\n  name: [unclosed\n');
    git(['add', '-A'], school);
    const r = preCommit(['--all-files']);
    expect(r.stderr).not.toMatch(/An unexpected error|tsc: not found|npm ERR/);
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^ap-ready check\.+Failed$/m);
    expect(r.stdout).toMatch(/^ap-ready check \(all placement files\)\.+Failed$/m);
    expect(r.stdout).toMatch(/placements\/broken\.yaml/);
    expect(r.stdout).toMatch(/\d+:\d+ +error .*yaml-syntax/);
    expect(r.stdout).not.toMatch(/gitlab-ci|ap-ready\.config|example-provider\.yaml\n +\d/);
  }, 600_000);

  it('a change to ap-ready.config.yaml alone runs the whole-folder hook, and a broken config fails it with its line', () => {
    rmSync(join(school, 'placements', 'broken.yaml'));
    writeFileSync(join(school, 'ap-ready.config.yaml'), 'school:\n  name: [unclosed\n');
    git(['add', '-A'], school);
    const r = preCommit(['--files', 'ap-ready.config.yaml']);
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^ap-ready check\.+\(no files to check\)Skipped$/m);
    expect(r.stdout).toMatch(/^ap-ready check \(all placement files\)\.+Failed$/m);
    expect(r.stdout).toMatch(/- exit code: 2/);
    expect(r.stdout).toMatch(/ap-ready: ap-ready\.config\.yaml:\d+:\d+: the config file is not valid YAML/);
  }, 120_000);
});
