// Every rule, a school's or the area's, is one unit: its own file, defined through defineRule (or
// defineAreaRule) with the thresholds it reads, and its own test file naming each of its message ids in an
// invalid case.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { AREA_RULES } from '../../src/area/rules/index.js';
import { DEFAULT_THRESHOLDS } from '../../src/model/defaults.js';
import type { RuleMeta } from '../../src/model/rule-meta.js';
import { watched } from '../support/rule-tester.js';

/**
 * Tested elsewhere: the loader's own findings (test/load/file-findings.test.ts: a file that does not load
 * cannot be given to one rule), suppressions (test/suppress/) and the GIAS extract (test/gias/).
 */
const ELSEWHERE = new Set([
  'yaml-syntax',
  'schema',
  'date-format',
  'suppression-invalid',
  'urn-unknown',
  'urn-name-mismatch',
  'urn-type-mismatch',
]);

const source = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');

function untested(rules: readonly (RuleMeta & { messages: object })[], testFile: (id: string) => string): string[] {
  const missing: string[] = [];
  for (const rule of rules.filter((r) => !ELSEWHERE.has(r.id))) {
    const path = testFile(rule.id);
    if (!existsSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)))) {
      missing.push(`${rule.id}: no ${path}`);
      continue;
    }
    const text = source(path);
    for (const id of Object.keys(rule.messages))
      if (!text.includes(`messageId: '${id}'`)) missing.push(`${rule.id}: no case for message ${id} in ${path}`);
  }
  return missing;
}

describe('every rule is tested', () => {
  it('every rule has test/rules/<id>.test.ts naming each of its message ids', () => {
    expect(RULES.filter((r) => !ELSEWHERE.has(r.id)).length).toBeGreaterThanOrEqual(40);
    expect(untested(RULES, (id) => `test/rules/${id}.test.ts`)).toEqual([]);
  });

  it('every area rule has test/area/rules/<id>.test.ts naming each of its message ids', () => {
    expect(AREA_RULES.length).toBeGreaterThanOrEqual(6);
    expect(untested(AREA_RULES, (id) => `test/area/rules/${id}.test.ts`)).toEqual([]);
  });
});

describe('every rule is one unit', () => {
  const RULES_DIR = 'src/rules/';
  const NOT_RULES = new Set(['index.ts', 'types.ts', 'file-rules.ts']);

  it('src/rules/ holds one file per rule (helpers live in src/rules/utils/), each through defineRule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const problems: string[] = [];
    for (const name of readdirSync(fileURLToPath(new URL(`../../${RULES_DIR}`, import.meta.url)), {
      withFileTypes: true,
    })) {
      if (!name.isFile() || NOT_RULES.has(name.name)) continue;
      const id = name.name.replace(/\.ts$/, '');
      if (!ids.has(id))
        problems.push(`${RULES_DIR}${name.name} is not a rule's file: a helper belongs in ${RULES_DIR}utils/`);
      const text = source(`${RULES_DIR}${name.name}`);
      if ((text.match(/= defineRule\(\{/g) ?? []).length !== 1)
        problems.push(`${RULES_DIR}${name.name} does not define its rule through defineRule({ … })`);
    }
    expect(problems).toEqual([]);
  });

  it.each([...RULES, ...AREA_RULES].map((r) => [r.id, r] as const))(
    '%s: its description reads only the thresholds it declares',
    (_id, rule) => {
      const read = new Set<string>();
      rule.description(watched(DEFAULT_THRESHOLDS, read));
      expect([...read].filter((k) => !(rule.thresholds as readonly string[]).includes(k))).toEqual([]);
    },
  );
});
