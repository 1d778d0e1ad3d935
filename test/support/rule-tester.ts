// testRule: a rule's tests in memory, in the manner of ESLint's RuleTester and stylelint's testRule.
// Each case is one or more placement files built from the compliant fixture with a few fields changed
// (no line numbers to keep in step), checked as of an explicit date by that rule alone. An invalid case
// lists the findings it expects by message id and the data path they point at.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { PlacementFile } from '../../src/load/placement-file.js';
import { ConfigSchema, type Config } from '../../src/model/config.js';
import type { DataPath } from '../../src/model/findings.js';
import { createRun } from '../../src/run.js';
import { runRules } from '../../src/engine.js';
import type { Rule } from '../../src/rules/types.js';

/** The date rule tests judge as of, unless a case says otherwise (a Monday). */
export const AS_OF = '2025-12-01';

/** One provider file that passes every rule as of AS_OF, as data. */
export const COMPLIANT: { provider: Record<string, unknown>; placements: Record<string, unknown>[] } =
  parse(readFileSync(fileURLToPath(new URL('../fixtures/rules/compliant.yaml', import.meta.url)), 'utf8'));

/** A config with some settings changed, parsed by the schema (so defaults fill the rest). */
export const config = (raw: Record<string, unknown> = {}): Config => ConfigSchema.parse({ school: { name: 'Test School' }, ...raw });

type Patch = Record<string, unknown>;

/** `base` with `patch` laid over it: objects merge, anything else replaces, `undefined` removes the key. */
export function merge<T>(base: T, patch: Patch | undefined): T {
  if (!patch) return structuredClone(base);
  const out = structuredClone(base) as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else if (v && typeof v === 'object' && !Array.isArray(v) && out[k] && typeof out[k] === 'object' && !Array.isArray(out[k])) out[k] = merge(out[k], v as Patch);
    else out[k] = v;
  }
  return out as T;
}

/**
 * The text of a placement file: the compliant provider with `provider` laid over it, and one placement
 * per entry of `placements`, each the compliant placement with that entry laid over it (default: one, unchanged).
 */
export function placementFile(change: { provider?: Patch; placements?: Patch[] } = {}): string {
  const [template] = COMPLIANT.placements;
  return stringify({
    provider: merge(COMPLIANT.provider, change.provider),
    placements: (change.placements ?? [{}]).map((p) => merge(template, p)),
  });
}

export interface Expected {
  messageId: string;
  /** The data path the finding points at (its key when `key`); default: the one file's root. */
  at?: DataPath;
  key?: boolean;
  /** Which file, when the case has several. */
  file?: string;
  /** The data the message was made with: the message must read exactly as the rule words it. */
  data?: Record<string, unknown>;
  /** Or a pattern the message must match. */
  message?: RegExp;
}

export interface Case {
  name: string;
  /** A file's text, or file name → text. */
  files: string | Record<string, string>;
  asOf?: string;
  config?: Config;
}

export interface InvalidCase extends Case {
  errors: Expected[];
}

const ROOT = '/school/placements';

/** Runs `rule` alone over the case's files in memory; fails if a file does not load cleanly. */
export function runRule(rule: Rule, c: Case) {
  const texts = typeof c.files === 'string' ? { 'provider.yaml': c.files } : c.files;
  const files = Object.entries(texts).map(([name, text]) => PlacementFile.fromSource(`${ROOT}/${name}`, text, ROOT));
  for (const f of files) expect(f.fileFindings, `${f.displayPath} must load cleanly`).toEqual([]);
  const run = createRun(files, { asOf: c.asOf ?? AS_OF, config: c.config ?? config(), rules: [{ ...rule, defaultSeverity: rule.defaultSeverity === 'off' ? 'warn' : rule.defaultSeverity }] });
  return { files, findings: runRules(run, [rule]).findings };
}

/** One describe block per rule: every valid case has no finding; every invalid case has exactly its errors. */
export function testRule(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(runRule(rule, c).findings.map((f) => `${f.line}:${f.column} ${f.messageId}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const { files, findings } = runRule(rule, c);
        const where = (e: Expected) => {
          const file = e.file ? files.find((f) => f.displayPath === e.file)! : files[0];
          return { file: file.path, ...file.at(e.at ?? [], { key: e.key }) };
        };
        const got = findings.map((f) => ({ messageId: f.messageId, file: f.file, line: f.line, column: f.column }));
        const want = c.errors.map((e) => { const w = where(e); return { messageId: e.messageId, file: w.file, line: w.line, column: w.column }; })
          .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
        expect(got).toEqual(want);
        c.errors.forEach((e) => {
          const w = where(e);
          const f = findings.find((x) => x.messageId === e.messageId && x.file === w.file && x.line === w.line && x.column === w.column)!;
          if (e.data) expect(f.message).toBe(rule.messages[e.messageId](e.data));
          if (e.message) expect(f.message).toMatch(e.message);
          // Written as it reads: a message never starts with a lower-case word (a field name such as hours_per_week may).
          expect(/^[a-z]+\b(?!_)/.test(f.message), f.message).toBe(false);
        });
      });
    }
  });
}
