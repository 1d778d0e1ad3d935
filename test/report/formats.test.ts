// --format gitlab (GitLab Code Quality), paths from the repository root in github output, and
// json-with-metadata as ESLint's own formatters read it (stylish, json-with-metadata and the HTML report).
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitlab } from '../../src/report/gitlab.js';
import { github } from '../../src/report/github.js';
import { json, jsonWithMetadata } from '../../src/report/json.js';
import { helpUri } from '../../src/report/sarif.js';
import { VERSION } from '../../src/version.js';
import { FILES, inputFor, swap, PROVIDER } from './helpers.js';

interface Issue {
  type: string;
  description: string;
  check_name: string;
  severity: string;
  fingerprint: string;
  categories: string[];
  location: { path: string; lines: { begin: number; end?: number } };
}

describe('gitlab', () => {
  it('one Code Quality issue per finding that counts, with the path from the repository root, severity and a unique fingerprint', async () => {
    const input = await inputFor(undefined, { git: true });
    const issues = JSON.parse(gitlab(input)) as Issue[];
    const counted = input.files.flatMap((f) => f.findings);
    expect(issues).toHaveLength(counted.length);
    const postcode = issues.find((i) => i.check_name === 'postcode-format')!;
    expect(postcode).toMatchObject({
      type: 'issue',
      severity: 'major',
      categories: ['Bug Risk'],
      location: { path: 'bridge.yaml', lines: { begin: 8, end: 8 } },
    });
    expect(issues.find((i) => i.check_name === 'exit-plan-required')!.severity).toBe('minor');
    expect(postcode.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    // The suppressed finding in canal.yaml is not an issue.
    expect(issues.filter((i) => i.location.path === 'canal.yaml')).toEqual([]);
  });

  it('fingerprints stay when lines move (a line added above), and findings alike still differ', async () => {
    const before = JSON.parse(gitlab(await inputFor(undefined, { git: true }))) as Issue[];
    const moved = { ...FILES, 'bridge.yaml': `# a comment added at the top\n${FILES['bridge.yaml']}` };
    const after = JSON.parse(gitlab(await inputFor(moved, { git: true }))) as Issue[];
    expect(after.map((i) => i.location.lines.begin)).not.toEqual(before.map((i) => i.location.lines.begin));
    expect(after.map((i) => i.fingerprint).sort()).toEqual(before.map((i) => i.fingerprint).sort());
    const twice = swap(swap(PROVIDER, 'postcode: LS11 5AB', 'postcode: NOPE'), 'email: ', 'email: ');
    const one = JSON.parse(
      gitlab(
        await inputFor(
          {
            'a.yaml': twice,
            'b.yaml': swap(PROVIDER, 'postcode: LS11 5AB', 'postcode: NOPE').replace(/P-0042/g, 'P-0050'),
          },
          { git: true },
        ),
      ),
    ) as Issue[];
    expect(new Set(one.map((i) => i.fingerprint)).size).toBe(one.length);
  });

  it('paths are from the repository root when the check ran in a subfolder; [] with nothing to report', async () => {
    const input = await inputFor(undefined, { git: true });
    const issues = JSON.parse(gitlab({ ...input, repoRoot: dirname(input.dir) })) as Issue[];
    expect(issues[0].location.path).toBe(`${basename(input.dir)}/bridge.yaml`);
    expect(JSON.parse(gitlab(await inputFor({ 'clean.yaml': FILES['clean.yaml'] })))).toEqual([]);
  });
});

describe('github', () => {
  it('names files from the repository root, wherever the check ran', async () => {
    const input = await inputFor(undefined, { git: true });
    expect(github(input)).toMatch(/^::error file=bridge\.yaml,line=8,/m);
    expect(github({ ...input, repoRoot: dirname(input.dir) })).toMatch(
      new RegExp(`^::error file=${basename(input.dir)}/bridge\\.yaml,line=8,`, 'm'),
    );
  });
});

describe("json-with-metadata, read by ESLint's own formatters", () => {
  const require = createRequire(import.meta.url);

  it('carries cwd and absolute docs.url for every rule', async () => {
    const input = await inputFor();
    const out = JSON.parse(jsonWithMetadata(input));
    expect(out.metadata.cwd).toBe(input.dir);
    expect(out.metadata.rulesMeta['postcode-format'].docs.url).toBe(helpUri(VERSION, 'postcode-format'));
    for (const meta of Object.values<{ docs: { url: string } }>(out.metadata.rulesMeta))
      expect(new URL(meta.docs.url).protocol).toBe('https:');
  });

  it("ESLint's stylish and json-with-metadata formatters and its HTML report take the results and metadata as they are", async () => {
    const input = await inputFor();
    const { results, metadata } = JSON.parse(jsonWithMetadata(input));
    const context = { cwd: metadata.cwd, rulesMeta: metadata.rulesMeta };
    // ESLint's formatter modules themselves (ESLint.loadFormatter insists on results its own lint made).
    const formatter = (name: string) =>
      require(join(dirname(require.resolve('eslint')), 'cli-engine', 'formatters', `${name}.js`)) as (
        r: unknown,
        c: unknown,
      ) => string;
    const stylish = formatter('stylish')(results, context);
    expect(stylish).toMatch(/bridge\.yaml/);
    expect(stylish).toMatch(/8:15\s+error\s+.*postcode-format/);
    expect(stylish).toMatch(/2 problems \(1 error, 1 warning\)/);
    const again = JSON.parse(formatter('json-with-metadata')(results, context));
    expect(again.results).toEqual(results);
    const page = formatter('html')(results, context);
    expect(page).toContain(`href="${helpUri(VERSION, 'postcode-format')}"`);
  });
});

describe("json, through ESLint's public API", () => {
  it('has every field of a LintResult ESLint itself makes, and ESLint.loadFormatter(...).format() takes it', async () => {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: { rules: { 'no-var': 'warn' } } });
    const [real] = await eslint.lintText('var x = 1;\n', { filePath: 'x.js' });
    const input = await inputFor();
    const ours = JSON.parse(json(input)) as Record<string, unknown>[];
    for (const result of ours)
      expect(Object.keys(result).sort()).toEqual(
        expect.arrayContaining(
          Object.keys(real)
            .filter((k) => k !== 'source' && k !== 'output')
            .sort(),
        ),
      );
    expect(ours[0].usedDeprecatedRules).toEqual([]);
    const stylish = await (await eslint.loadFormatter('stylish')).format(ours as never, { cwd: input.dir } as never);
    expect(stylish).toMatch(/8:15\s+error\s+.*postcode-format/);
    const again = JSON.parse(await (await eslint.loadFormatter('json')).format(ours as never, {}));
    expect(again).toEqual(ours);
  });
});

describe('json in chunks', () => {
  it("the chunks the command line writes one after another make exactly what JSON.stringify writes, as ESLint's formatters do", async () => {
    const input = await inputFor();
    for (const formatter of [json, jsonWithMetadata]) {
      const chunks = [...formatter.chunks!(input)];
      expect(chunks.length).toBeGreaterThan(3); // one a file, not one string
      const text = chunks.join('');
      expect(text).toBe(`${JSON.stringify(JSON.parse(text))}\n`);
      expect(formatter(input)).toBe(text);
    }
    const empty = { ...input, files: [] };
    expect(json(empty)).toBe('[]\n');
    expect(JSON.parse(jsonWithMetadata(empty)).results).toEqual([]);
    expect(jsonWithMetadata(empty)).toBe(`${JSON.stringify(JSON.parse(jsonWithMetadata(empty)))}\n`);
  });
});
