// --format junit: well-formed XML; one testsuite per file, a failing testcase per finding, counts that add up.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/findings.js';
import { junit } from '../../src/report/junit.js';
import type { ReportInput } from '../../src/report/types.js';
import { inputFor } from './helpers.js';

interface Case {
  classname: string;
  name: string;
  failure?: { message: string; type: string; '#text': string };
  skipped?: { message: string };
}
interface Suite {
  name: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  testcase: Case[];
}
interface Suites {
  name: string;
  tests: number;
  failures: number;
  errors: number;
  skipped?: number;
  testsuite: Suite[];
}

function parse(xml: string): Suites {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: true,
    parseTagValue: false,
    htmlEntities: true,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  return parser.parse(xml).testsuites as Suites;
}

const XSD = readFileSync(
  fileURLToPath(new URL('../fixtures/schemas/jenkins-xunit-junit-10.xsd', import.meta.url)),
  'utf8',
);

/** The report against the Jenkins xUnit plugin's JUnit schema, with libxml2's xmllint (compiled to WebAssembly). */
async function jenkinsErrors(xml: string): Promise<string[]> {
  const { validateXML } = await import('xmllint-wasm');
  const result = await validateXML({
    xml: [{ fileName: 'report.xml', contents: xml }],
    schema: [{ fileName: 'junit-10.xsd', contents: XSD }],
  });
  return result.errors.map((e) => e.rawMessage);
}

describe('junit against the Jenkins xUnit schema', () => {
  it('the schema rejects what Jenkins would (so a pass means something)', async () => {
    expect(
      await jenkinsErrors(
        '<testsuites skipped="1"><testsuite name="a" tests="0" failures="0" errors="0"/></testsuites>',
      ),
    ).not.toEqual([]);
    expect(await jenkinsErrors('<testsuites><testsuite name="a"/></testsuites>')).not.toEqual([]);
  });

  it('accepts the report with findings, a suppressed finding and a clean file, and the report with no files', async () => {
    expect(await jenkinsErrors(junit(await inputFor()))).toEqual([]);
    expect(
      await jenkinsErrors(
        junit({
          files: [],
          counts: {
            pupils: 0,
            send: 0,
            ehcp: 0,
            partTime: 0,
            lookedAfter: 0,
            providersRegistered: 0,
            providersUnregistered: 0,
            unreadablePlacements: 0,
            unreadableFiles: 0,
          },
          asOf: '2025-12-01',
          rules: [],
          color: false,
          version: '0.0.0',
        }),
      ),
    ).toEqual([]);
  });
});

describe('junit', () => {
  it('has a testsuite per file, a failing testcase per finding, and counts that match', async () => {
    const input = await inputFor();
    const suites = parse(junit(input));
    expect(suites.testsuite.map((s) => s.name)).toEqual(input.files.map((f) => f.displayPath));
    for (const [i, file] of input.files.entries()) {
      const suite = suites.testsuite[i];
      const failing = suite.testcase.filter((c) => c.failure);
      const skipped = suite.testcase.filter((c) => c.skipped !== undefined);
      expect(suite.failures).toBe(file.findings.length);
      expect(failing.map((c) => c.failure!.type)).toEqual(file.findings.map((f) => f.ruleId));
      expect(failing.map((c) => c.failure!.message)).toEqual(file.findings.map((f) => f.message));
      expect(suite.skipped).toBe(file.suppressed.length);
      expect(skipped).toHaveLength(file.suppressed.length);
      expect(suite.tests).toBe(suite.testcase.length);
      expect(suite.errors).toBe(0);
    }
    const sum = (k: 'tests' | 'failures' | 'skipped') => suites.testsuite.reduce((n, s) => n + s[k], 0);
    expect([suites.tests, suites.failures]).toEqual([sum('tests'), sum('failures')]);
    // The Jenkins xUnit schema has no `skipped` on <testsuites>: the count is on each <testsuite> only.
    expect(suites.skipped).toBeUndefined();
    expect(suites.failures).toBe(2);
    expect(sum('skipped')).toBe(1);
  });

  it('names each test by rule and message, not line and column, so it stays one test when lines are added above it', async () => {
    const input = await inputFor();
    const moved = {
      ...input,
      files: input.files.map((f) => ({
        ...f,
        findings: f.findings.map((x) => ({ ...x, line: x.line + 3 })),
        suppressed: f.suppressed.map((x) => ({ ...x, line: x.line + 3 })),
      })),
    };
    const names = (i: typeof input) =>
      parse(junit(i)).testsuite.flatMap((s) => s.testcase.map((c) => `${c.classname} / ${c.name}`));
    expect(names(moved)).toEqual(names(input));
    const failing = parse(junit(input)).testsuite.flatMap((s) => s.testcase.filter((c) => c.failure));
    expect(failing.map((c) => c.name)).toEqual(
      input.files.flatMap((f) => f.findings.map((x) => `${x.ruleId}: ${x.message}`)),
    );
    // The location is in the failure's body, where a reader looks for it.
    const first = input.files.find((f) => f.findings.length)!;
    expect(failing[0].failure!['#text']).toContain(
      `${first.displayPath}:${first.findings[0].line}:${first.findings[0].column}`,
    );
    // The same rule and message twice in one file: two tests, told apart in the order of the file.
    const twice = {
      ...input,
      files: [{ ...first, findings: [first.findings[0], { ...first.findings[0], line: 99 }], suppressed: [] }],
    };
    expect(parse(junit(twice)).testsuite[0].testcase.map((c) => c.name)).toEqual([
      `${first.findings[0].ruleId}: ${first.findings[0].message}`,
      `${first.findings[0].ruleId}: ${first.findings[0].message} (2)`,
    ]);
  });

  it('gives a file with no findings one passing testcase, and keeps suppressed findings as skipped with the reason', async () => {
    const suites = parse(junit(await inputFor()));
    const clean = suites.testsuite.find((s) => s.name === 'clean.yaml')!;
    expect(clean).toMatchObject({ tests: 1, failures: 0, skipped: 0 });
    expect(clean.testcase[0].failure).toBeUndefined();
    const canal = suites.testsuite.find((s) => s.name === 'canal.yaml')!;
    expect(canal).toMatchObject({ tests: 2, failures: 0, skipped: 1 });
    expect(canal.testcase.find((c) => c.skipped)!.skipped!.message).toBe(
      "Suppressed: the provider's post goes to its head office",
    );
  });

  it('escapes what XML cannot hold as it is', () => {
    const nasty = 'Provider "A & B" <Ltd> it\'s\nnext line\u0007 done';
    const finding: Finding = {
      ruleId: 'x-rule',
      severity: 'warn',
      message: nasty,
      file: '/r/a&b.yaml',
      line: 2,
      column: 3,
    };
    const input: ReportInput = {
      files: [{ path: '/r/a&b <1>.yaml', displayPath: 'a&b <1>.yaml', findings: [finding], suppressed: [] }],
      counts: {
        pupils: 0,
        send: 0,
        ehcp: 0,
        partTime: 0,
        lookedAfter: 0,
        providersRegistered: 0,
        providersUnregistered: 0,
        unreadablePlacements: 0,
        unreadableFiles: 0,
      },
      asOf: '2025-12-01',
      rules: [],
      color: false,
      version: '0.0.0',
    };
    const suites = parse(junit(input));
    const suite = suites.testsuite[0];
    expect(suite.name).toBe('a&b <1>.yaml');
    expect(suite.testcase[0].failure!.message).toBe('Provider "A & B" <Ltd> it\'s\nnext line\uFFFD done');
    expect(suite.testcase[0].failure!['#text']).toContain('warning: Provider "A & B" <Ltd>');
  });

  it('is well-formed with no files', () => {
    const suites = parse(
      junit({
        files: [],
        counts: {
          pupils: 0,
          send: 0,
          ehcp: 0,
          partTime: 0,
          lookedAfter: 0,
          providersRegistered: 0,
          providersUnregistered: 0,
          unreadablePlacements: 0,
          unreadableFiles: 0,
        },
        asOf: '2025-12-01',
        rules: [],
        color: false,
        version: '0.0.0',
      }),
    );
    expect(suites.tests).toBe(0);
  });
});
