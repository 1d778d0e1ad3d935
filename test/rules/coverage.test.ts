// Every rule has its own test file here, and that file names each of the rule's messages in an invalid case.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

/**
 * Tested elsewhere: the loader's own findings (test/load/file-findings.test.ts: a file that does not load
 * cannot be given to one rule), suppressions (test/suppress/) and the GIAS extract (test/gias/).
 */
const ELSEWHERE = new Set(['yaml-syntax', 'schema', 'date-format', 'suppression-invalid', 'urn-unknown', 'urn-name-mismatch', 'urn-type-mismatch']);

it('every rule has test/rules/<id>.test.ts naming each of its message ids', () => {
  const ids = RULES.map((r) => r.id).filter((id) => !ELSEWHERE.has(id));
  expect(ids.length).toBeGreaterThanOrEqual(40);
  const missing: string[] = [];
  for (const rule of RULES.filter((r) => !ELSEWHERE.has(r.id))) {
    const path = fileURLToPath(new URL(`./${rule.id}.test.ts`, import.meta.url));
    if (!existsSync(path)) { missing.push(`${rule.id}: no test file`); continue; }
    const text = readFileSync(path, 'utf8');
    for (const id of Object.keys(rule.messages)) if (!text.includes(`messageId: '${id}'`)) missing.push(`${rule.id}: no case for message ${id}`);
  }
  expect(missing).toEqual([]);
});
