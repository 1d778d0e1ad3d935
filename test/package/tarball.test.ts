// End to end, as a school would start (slow: about a minute): pack ap-ready, `init` a new repository, install
// the packed tarball there, then run the commands of the workflow init wrote, exactly as written. Installing
// reaches nothing but the npm registry (no install script downloads a browser), and the installed copy prints a
// PDF with the system's Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'ap-ready-tarball-'));
const school = join(work, 'school');
// prefer-offline: packages already in npm's cache come from it, the rest from the registry. Strictly offline
// (npm_config_offline) fails on a machine whose cache is empty (ENOTCACHED): `npm ci` stores the packages'
// tarballs but not the registry's package documents that resolving the tarball's dependencies needs.
// .ci/run starts from an empty cache, so CI proves this install works on a fresh machine.
const env = {
  ...process.env,
  npm_config_prefer_offline: 'true',
  npm_config_offline: 'false',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  NO_COLOR: '1',
  PUPPETEER_SKIP_DOWNLOAD: '',
};
const sh = (command: string, cwd: string) =>
  spawnSync('sh', ['-c', command], { cwd, env, encoding: 'utf8', timeout: 240_000 });

let tarball = '';
beforeAll(() => {
  if (!existsSync(CLI))
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT], {
      stdio: 'inherit',
    });
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  tarball = join(work, packed[0].filename);
  execFileSync(process.execPath, [CLI, 'init', school], { encoding: 'utf8' });
}, 120_000);

describe('the packed package in a new repository', () => {
  it("installs from the tarball (no install script fetches anything) and runs the workflow's commands", () => {
    // What a school does after init, with the tarball standing in for the registry's copy.
    const pkg = JSON.parse(readFileSync(join(school, 'package.json'), 'utf8'));
    expect(pkg.devDependencies['ap-ready']).toMatch(/^\d+\.\d+\.\d+$/);
    pkg.devDependencies['ap-ready'] = `file:${tarball}`;
    writeFileSync(join(school, 'package.json'), JSON.stringify(pkg, null, 2));
    const install = sh('npm install', school);
    expect(install.status, install.stderr).toBe(0);
    expect(existsSync(join(school, 'package-lock.json'))).toBe(true);
    const ls = sh('npm ls --all --parseable', school);
    expect(ls.stdout).not.toMatch(/node_modules\/puppeteer(\n|$)/);

    const workflow = jsYaml.load(readFileSync(join(school, '.github', 'workflows', 'ap-ready.yml'), 'utf8')) as {
      jobs: { check: { steps: { run?: string }[] } };
    };
    const commands = workflow.jobs.check.steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(commands[0]).toBe('npm ci');
    for (const command of commands) {
      const r = sh(command, school);
      expect([command, r.status, r.stderr]).toEqual([command, 0, '']);
    }
    const sarif = JSON.parse(readFileSync(join(school, 'ap-ready.sarif'), 'utf8'));
    expect(sarif.runs[0].tool.driver.name).toBe('ap-ready');
  }, 300_000);

  it('the installed package is importable as a library', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('ap-ready'); const res = await m.check([], {}); console.log(JSON.stringify(JSON.parse(m.format(res, 'gitlab'))))",
      ],
      { cwd: school, encoding: 'utf8', env },
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([]);
  }, 60_000);

  it('the installed copy prints a PDF with the system Chromium', () => {
    const r = sh('mkdir -p out && npx ap-ready render planning-call -o out/planning-call.pdf', school);
    expect(r.status, r.stderr).toBe(0);
    expect(
      readFileSync(join(school, 'out', 'planning-call.pdf'))
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  }, 180_000);
});
