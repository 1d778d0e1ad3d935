// --format sarif: valid against the SARIF 2.1.0 JSON Schema (stored in test/fixtures/schemas/, no network), with rules,
// help texts, regions and suppressions where GitHub code scanning looks for them.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/report/sarif.js';
import { VERSION } from '../../src/version.js';
import { inputFor, swap, PROVIDER } from './helpers.js';

/**
 * The official schema is draft-04 (`id`, draft-04 `$schema`); the keywords it uses mean the same in draft-07,
 * so it is read as draft-07, which ajv supports. Formats are checked with small validators of our own.
 */
function sarifValidator() {
  const text = readFileSync(fileURLToPath(new URL('../fixtures/schemas/sarif-2.1.0.json', import.meta.url)), 'utf8');
  const { id, $schema: _draft04, ...rest } = JSON.parse(text) as { id: string } & Record<string, unknown>;
  expect(id).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
  const ajv = new Ajv({ strict: false, allErrors: true });
  const absolute = (s: string) => {
    try {
      new URL(s);
      return !/\s/.test(s);
    } catch {
      return false;
    }
  };
  ajv.addFormat('uri', absolute);
  ajv.addFormat('uri-reference', (s: string) => {
    try {
      new URL(s, 'file:///base/');
      return !/\s/.test(s);
    } catch {
      return false;
    }
  });
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ $schema: 'http://json-schema.org/draft-07/schema#', $id: id, ...rest });
}
const validate = sarifValidator();

function expectValid(log: unknown) {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

describe('sarif', () => {
  it('the stored schema rejects what is not SARIF (so a pass means something)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(
      validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'r' }] }] }),
    ).toBe(false);
  });

  it('is valid SARIF 2.1.0 with findings, a suppressed finding and a clean file', async () => {
    const log = JSON.parse(sarif(await inputFor()));
    expectValid(log);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('is valid SARIF 2.1.0 when there is nothing to report', async () => {
    expectValid(JSON.parse(sarif(await inputFor({ 'clean.yaml': PROVIDER }))));
  });

  it('describes the tool and every rule, with help from docs/rules', async () => {
    const input = await inputFor();
    const driver = JSON.parse(sarif(input)).runs[0].tool.driver;
    expect(driver).toMatchObject({
      name: 'ap-ready',
      version: VERSION,
      informationUri: 'https://www.npmjs.com/package/ap-ready',
    });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(input.rules.map((r) => r.id));
    const postcode = driver.rules.find((r: { id: string }) => r.id === 'postcode-format');
    const page = readFileSync(fileURLToPath(new URL('../../docs/rules/postcode-format.md', import.meta.url)), 'utf8');
    expect(postcode.help.markdown).toBe(page);
    expect(postcode.help.text).not.toMatch(/\*\*|`/);
    expect(postcode.helpUri).toBe(`https://unpkg.com/ap-ready@${VERSION}/docs/rules/postcode-format.md`);
    expect(postcode.shortDescription.text).toBe(input.rules.find((r) => r.id === 'postcode-format')!.description);
    expect(postcode.defaultConfiguration).toEqual({ level: 'error' });
    expect(postcode.fullDescription.text).toContain(
      'Source: School inspection operating guide for inspectors: for use from November 2025 (Ofsted',
    );
    expect(postcode.properties.tags).toBeUndefined();
    const exitPlan = driver.rules.find((r: { id: string }) => r.id === 'exit-plan-required');
    expect(exitPlan.defaultConfiguration).toEqual({ level: 'warning' });
    const optIn = driver.rules.find((r: { id: string }) => r.id === 'unregistered-time-limits');
    expect(optIn.defaultConfiguration).toEqual({ enabled: false });
    expect(postcode.name).toBe('PostcodeFormat');
  });

  it('names each rule as SARIF asks: one Pascal-case identifier, not its id again, each name once (sarif-multitool SARIF2012)', async () => {
    const rules = JSON.parse(sarif(await inputFor())).runs[0].tool.driver.rules as { id: string; name: string }[];
    expect(rules.length).toBeGreaterThan(20);
    for (const r of rules) {
      expect(r.name).toMatch(/^[A-Z][a-z0-9]*(?:[A-Z0-9][a-z0-9]*)*$/);
      expect(r.name).not.toBe(r.id);
    }
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
  });

  it('gives each result its rule, level, message and region, with the path from the repository root', async () => {
    const input = await inputFor(undefined, { git: true });
    const run = JSON.parse(sarif(input)).runs[0];
    const bridge = input.files.find((f) => f.displayPath === 'bridge.yaml')!;
    const error = bridge.findings.find((f) => f.ruleId === 'postcode-format')!;
    const result = run.results.find(
      (r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.ruleId === 'postcode-format' && r.locations[0].physicalLocation.artifactLocation.uri === 'bridge.yaml',
    );
    expect(result).toEqual({
      ruleId: 'postcode-format',
      ruleIndex: input.rules.findIndex((r) => r.id === 'postcode-format'),
      level: 'error',
      message: { text: error.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'bridge.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 8, startColumn: 15, endLine: 8, endColumn: 25 },
          },
        },
      ],
    });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('postcode-format');
    const warning = run.results.find((r: { ruleId: string }) => r.ruleId === 'exit-plan-required');
    expect(warning.level).toBe('warning');
  });

  it('keeps a suppressed finding as a result with an inSource suppression and its reason', async () => {
    const run = JSON.parse(sarif(await inputFor(undefined, { git: true }))).runs[0];
    const suppressed = run.results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].ruleId).toBe('postcode-format');
    expect(suppressed[0].locations[0].physicalLocation.artifactLocation.uri).toBe('canal.yaml');
    expect(suppressed[0].suppressions).toEqual([
      { kind: 'inSource', justification: "the provider's post goes to its head office" },
    ]);
  });

  it('encodes a file name that is not a plain URI', async () => {
    const input = await inputFor(
      { 'my provider #1.yaml': swap(PROVIDER, 'postcode: LS11 5AB', 'postcode: NOPE') },
      { git: true },
    );
    const log = JSON.parse(sarif(input));
    expectValid(log);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20provider%20%231.yaml');
  });

  it('names the repository root as %SRCROOT%, and paths from it even when the check ran in a subfolder', async () => {
    const input = await inputFor(undefined, { git: true });
    const sub = { ...input, repoRoot: dirname(input.dir) };
    const log = JSON.parse(sarif(sub));
    expectValid(log);
    const uris = log.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }) =>
        r.locations[0].physicalLocation.artifactLocation,
    );
    expect(uris[0]).toEqual({ uri: `${basename(input.dir)}/bridge.yaml`, uriBaseId: '%SRCROOT%' });
    expect(log.runs[0].originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: pathToFileURL(dirname(input.dir)).href + '/' },
    });
  });

  it('outside a git repository, gives absolute file: URIs and no base', async () => {
    const input = await inputFor();
    expect(input.repoRoot).toBeUndefined();
    const log = JSON.parse(sarif(input));
    expectValid(log);
    const location = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: pathToFileURL(join(input.dir, 'bridge.yaml')).href });
    expect(log.runs[0].originalUriBaseIds).toBeUndefined();
  });
});
