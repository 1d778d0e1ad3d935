// testRule: a rule's tests in memory, in the manner of ESLint's RuleTester and stylelint's testRule.
// Each case is one or more placement files built from the compliant fixture with a few fields changed
// (no line numbers to keep in step), checked as of an explicit date by that rule alone. An invalid case
// lists the findings it expects by message id and the data path they point at. A file named pupils.yaml
// is the pupil register (built by `pupilsFile()`), read as the run's register, not as a placement file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { PlacementFile } from '../../src/load/placement-file.js';
import { PupilsFile } from '../../src/load/pupils-file.js';
import { memoryFs } from '../../src/load/fs.js';
import { readAttendance } from '../../src/attendance/read.js';
import { ConfigSchema, type Config } from '../../src/model/config.js';
import type { DataPath } from '../../src/model/findings.js';
import { createRun } from '../../src/run.js';
import { runRules } from '../../src/engine.js';
import type { Rule } from '../../src/rules/types.js';

/** The date rule tests judge as of, unless a case says otherwise (a Monday). */
export const AS_OF = '2025-12-01';

/** One provider file that passes every rule as of AS_OF, as data. */
export const COMPLIANT: { provider: Record<string, unknown>; placements: Record<string, unknown>[] } = parse(
  readFileSync(fileURLToPath(new URL('../fixtures/rules/compliant.yaml', import.meta.url)), 'utf8'),
);

/** A config with some settings changed, parsed by the schema (so defaults fill the rest). */
export const config = (raw: Record<string, unknown> = {}): Config =>
  ConfigSchema.parse({ school: { name: 'Test School' }, ...raw });

type Patch = Record<string, unknown>;

/** `base` with `patch` laid over it: objects merge, anything else replaces, `undefined` removes the key. */
export function merge<T>(base: T, patch: Patch | undefined): T {
  if (!patch) return structuredClone(base);
  const out = structuredClone(base) as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else if (
      v &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      out[k] &&
      typeof out[k] === 'object' &&
      !Array.isArray(out[k])
    )
      out[k] = merge(out[k], v as Patch);
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

/**
 * A register entry that agrees with the compliant placement and fills the rest of P-0042's week: school
 * every afternoon the provider does not cover and all of Tuesday and Thursday (19 hours in school, 28 in
 * all), the same part-time timetable, the local authority told of it.
 */
export const PUPIL: Record<string, unknown> = {
  ref: 'P-0042',
  year_group: 10,
  send: 'sen-support',
  looked_after: false,
  social_worker: false,
  school_sessions: [
    { day: 'mon', start: '13:15', end: '15:15' },
    { day: 'tue', start: '08:45', end: '15:15' },
    { day: 'wed', start: '13:15', end: '15:15' },
    { day: 'thu', start: '08:45', end: '15:15' },
    { day: 'fri', start: '13:15', end: '15:15' },
  ],
  part_time_timetable: {
    agreed_with_parent: '2025-10-01',
    review_date: '2025-12-12',
    end_date: '2026-01-30',
    la_informed: '2025-10-02',
  },
};

/** The text of a pupil register (pupils.yaml): one entry per item of `pupils`, each PUPIL with that item laid over it. */
export function pupilsFile(pupils: Patch[] = [{}]): string {
  return stringify({ pupils: pupils.map((p) => merge(PUPIL, p)) });
}

export interface Expected {
  messageId: string;
  /** The data path the finding points at (its key when `key`); default: the one file's root. */
  at?: DataPath;
  key?: boolean;
  /** Which file, when the case has several (a CSV by its name in `attendance`, or follow-ups.csv: the follow-up log). */
  file?: string;
  /** A place in a CSV file of the case's `attendance` (named by `file`, default its only one) instead of a data path. */
  line?: number;
  column?: number;
  /** The data the message was made with: the message must read exactly as the rule words it. */
  data?: Record<string, unknown>;
  /** Or a pattern the message must match. */
  message?: RegExp;
  /** The severity the finding must have, where a message is capped below its rule's (`atMostWarn`) or raised above it (`raisedToError`). */
  severity?: 'error' | 'warn';
}

export interface Case {
  name: string;
  /** A file's text, or file name → text. */
  files: string | Record<string, string>;
  /** Attendance CSV files, name → text: read from the attendance folder as a check reads them. */
  attendance?: Record<string, string>;
  /** The school's follow-up log (follow-ups.csv beside the config), read with the attendance files. */
  followUps?: string;
  asOf?: string;
  config?: Config;
  /** The rule ids loading the files must report (a case about an unreadable value left out); default none. */
  loadFindings?: string[];
}

export interface InvalidCase extends Case {
  errors: Expected[];
}

const SCHOOL = '/school';
const ROOT = `${SCHOOL}/placements`;
const ATTENDANCE = `${SCHOOL}/attendance`;

/** `thresholds`, noting in `read` the name of each one read: a rule must declare every threshold it reads. */
export function watched<T extends object>(thresholds: T, read: Set<string>): T {
  return new Proxy(thresholds, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** Runs `rule` alone over the case's files in memory; fails if a file does not load cleanly (or as `loadFindings` says). */
export function runRule(rule: Rule, c: Case) {
  const texts = typeof c.files === 'string' ? { 'provider.yaml': c.files } : c.files;
  const files: PlacementFile[] = [];
  let register: PupilsFile | undefined;
  for (const [name, text] of Object.entries(texts)) {
    if (name === 'pupils.yaml') register = PupilsFile.fromSource(`${ROOT}/${name}`, text, ROOT);
    else files.push(PlacementFile.fromSource(`${ROOT}/${name}`, text, ROOT));
  }
  const all = register ? [...files, register] : files;
  const loaded = all.flatMap((f) => f.fileFindings.map((x) => x.ruleId));
  expect(loaded, 'the files must load with exactly the findings the case names').toEqual(c.loadFindings ?? []);
  const cfg = c.config ?? config();
  const attendance = c.attendance
    ? readAttendance(ATTENDANCE, {
        columns: cfg.attendance?.columns,
        mappings: cfg.attendance?.mappings,
        followUps: `${SCHOOL}/follow-ups.csv`,
        fs: memoryFs({
          ...Object.fromEntries(Object.entries(c.attendance).map(([name, text]) => [`${ATTENDANCE}/${name}`, text])),
          ...(c.followUps === undefined ? {} : { [`${SCHOOL}/follow-ups.csv`]: c.followUps }),
        }),
      })
    : undefined;
  const run = createRun(files, {
    asOf: c.asOf ?? AS_OF,
    config: cfg,
    register,
    attendance,
    cwd: SCHOOL,
    rules: [{ ...rule, defaultSeverity: rule.defaultSeverity === 'off' ? 'warn' : rule.defaultSeverity }],
  });
  const read = new Set<string>();
  Object.defineProperty(run, 'thresholds', { value: watched(run.thresholds, read) });
  const findings = runRules(run, [rule]).findings;
  const undeclared = [...read].filter((k) => !(rule.thresholds as readonly string[]).includes(k));
  expect(undeclared, `${rule.id} reads thresholds it does not declare: add them to its \`thresholds\``).toEqual([]);
  return { files: all, findings };
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
          if (e.line !== undefined) {
            const name = e.file ?? Object.keys(c.attendance ?? {})[0];
            const path = name === 'follow-ups.csv' && c.followUps !== undefined ? SCHOOL : ATTENDANCE;
            return { file: `${path}/${name}`, line: e.line, column: e.column ?? 1 };
          }
          const file = e.file ? files.find((f) => f.displayPath === e.file)! : files[0];
          return { file: file.path, ...file.at(e.at ?? [], { key: e.key }) };
        };
        const got = findings.map((f) => ({ messageId: f.messageId, file: f.file, line: f.line, column: f.column }));
        const want = c.errors
          .map((e) => {
            const w = where(e);
            return { messageId: e.messageId, file: w.file, line: w.line, column: w.column };
          })
          .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
        expect(got).toEqual(want);
        c.errors.forEach((e) => {
          const w = where(e);
          const f = findings.find(
            (x) => x.messageId === e.messageId && x.file === w.file && x.line === w.line && x.column === w.column,
          )!;
          if (e.data) expect(f.message).toBe(rule.messages[e.messageId](e.data));
          if (e.message) expect(f.message).toMatch(e.message);
          if (e.severity) expect(f.severity).toBe(e.severity);
          // Written as it reads: a message never starts with a lower-case word (a field name such as hours_per_week may).
          expect(/^[a-z]+\b(?!_)/.test(f.message), f.message).toBe(false);
        });
      });
    }
  });
}
