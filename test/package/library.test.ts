// The package as others consume it: import('ap-ready') works (package self-reference through "exports"),
// publint and @arethetypeswrong/cli pass on the packed tarball, and the tarball holds what it should.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
const run = (cmd: string, args: string[]) =>
  spawnSync(cmd, args, { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });

describe('the library entry', () => {
  it("import('ap-ready') gives check (on disk and in memory), format, render, execute (the command line), the rules and the formatters", () => {
    const script = `
      const m = await import('ap-ready');
      const result = await m.check(['examples/placements'], { asOf: '2026-11-16', configPath: 'examples/ap-ready.config.yaml' });
      const json = JSON.parse(m.format(result, 'json'));
      const mem = await m.check(['/school/placements'], { asOf: '2026-11-16', cwd: '/school',
        fs: m.memoryFs({ '/school/placements/a.yaml': 'provider: [unclosed' }) });
      const { Writable, PassThrough } = await import('node:stream');
      let said = '';
      const stdout = new Writable({ write(c, _e, done) { said += c; done(); } });
      const stdin = new PassThrough(); stdin.end();
      const code = await m.execute(['--version'], { stdin, stdout, stderr: stdout, cwd: process.cwd(), env: {} });
      console.log(JSON.stringify({ check: typeof m.check, render: typeof m.render, format: typeof m.format, execute: [code, said],
        inMemory: mem.findings.map((f) => f.ruleId),
        formatters: Object.keys(m.FORMATTERS).sort(), rules: m.RULES.length, files: json.length, version: m.VERSION }));`;
    const r = run(process.execPath, ['--input-type=module', '-e', script]);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      check: 'function',
      render: 'function',
      format: 'function',
      inMemory: ['yaml-syntax'],
      execute: [0, `${out.version}\n`],
    });
    expect(out.formatters).toEqual(['github', 'gitlab', 'json', 'json-with-metadata', 'junit', 'sarif', 'stylish']);
    expect(out.rules).toBeGreaterThan(20);
    expect(out.files).toBeGreaterThan(0);
  });

  it('the three schemas are importable by their package paths, each with its own $id', () => {
    const script = `
      const ids = [];
      for (const name of ['placement-file', 'config', 'pupils']) {
        const { default: s } = await import('ap-ready/schemas/' + name + '.schema.json', { with: { type: 'json' } });
        ids.push(s.$id);
      }
      console.log(JSON.stringify(ids));`;
    const r = run(process.execPath, ['--input-type=module', '-e', script]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(
      ['placement-file', 'config', 'pupils'].map((n) => `https://unpkg.com/ap-ready/schemas/${n}.schema.json`),
    );
  });

  it("the README's library example compiles with tsc (strict, nodenext) against the built package, and the types in its signatures import", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = /The library API is the same code[^]*?```ts\n([^]*?)```/.exec(readme)?.[1];
    expect(example).toMatch(/doc\.status === 'rendered'/);
    const dir = mkdtempSync(join(tmpdir(), 'ap-ready-readme-'));
    mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
    symlinkSync(root, join(dir, 'node_modules', 'ap-ready'));
    symlinkSync(join(root, 'node_modules', '@types', 'node'), join(dir, 'node_modules', '@types', 'node'));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          noEmit: true,
          types: ['node'],
        },
        include: ['*.ts'],
      }),
    );
    writeFileSync(join(dir, 'readme.ts'), example!);
    writeFileSync(
      join(dir, 'types.ts'),
      `import { PdfPrinter, findBrowser, render, type PlacementFile, type DocumentView, type BrowserChoice, type RenderResult } from 'ap-ready';
const choice: BrowserChoice = await findBrowser();
const printer: PdfPrinter = await PdfPrinter.open(choice);
const r: RenderResult = await render('planning-call', ['placements'], { format: 'pdf', printer });
const files: readonly PlacementFile[] = r.result.files;
const view: DocumentView | undefined = r.status === 'rendered' ? r.view : undefined;
console.log(files.length, view);
`,
    );
    const r = run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir]);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  it('publint finds nothing wrong with the package', () => {
    const r = run(bin('publint'), ['--strict']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/All good/);
  }, 120_000);

  it('@arethetypeswrong/cli --pack passes for ESM consumers (node16 and bundlers)', () => {
    const r = run(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'json']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const problems = JSON.parse(r.stdout).analysis.problems as { kind: string; resolutionKind?: string }[];
    expect(problems.filter((p) => p.resolutionKind !== 'node10' && p.resolutionKind !== 'node16-cjs')).toEqual([]);
  }, 120_000);

  it('installing runs no install script that downloads: puppeteer is gone, and only esbuild (a dev tool) has one', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { hasInstallScript?: boolean; dev?: boolean }>;
    };
    const names = Object.keys(lock.packages);
    expect(names.filter((n) => /node_modules\/puppeteer$/.test(n))).toEqual([]);
    expect(names).toContain('node_modules/puppeteer-core');
    const scripted = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([n, p]) => [n, p.dev === true]);
    // esbuild's postinstall only checks its platform binary, which npm already installed from the registry.
    expect(scripted).toEqual([['node_modules/esbuild', true]]);
  });

  it('the tarball holds the built entry, the LICENSE and the three schemas, and no test fixture, scratch file or README image', () => {
    const r = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
    const files = (JSON.parse(r.stdout)[0].files as { path: string }[]).map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/cli.js',
        'schemas/placement-file.schema.json',
        'schemas/config.schema.json',
        'schemas/pupils.schema.json',
      ]),
    );
    expect(files.filter((f) => /sarif-2\.1\.0|probe|\.puppeteerrc|^test\/|\.(png|jpe?g|gif|svg)$/.test(f))).toEqual([]);
  });
});
