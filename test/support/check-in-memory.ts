// Whole checks in memory, for the tests that are about more than one rule (the loader, the config, the
// command line): the compliant fixture as text, line edits that keep positions predictable, and a runner
// that checks files held in memory (check() with a memory file system). One rule's tests use
// rule-tester.ts instead.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type CheckResult } from '../../src/check.js';
import { memoryFs } from '../../src/load/fs.js';
import { ConfigSchema, type Config } from '../../src/model/config.js';
import type { Finding } from '../../src/model/findings.js';

/** The date every rule test judges as of, unless a row says otherwise. */
export const AS_OF = '2025-12-01';

/** One provider file that passes every rule as of AS_OF (line numbers are relied on by the tests). */
export const COMPLIANT = readFileSync(
  fileURLToPath(new URL('../fixtures/rules/compliant.yaml', import.meta.url)),
  'utf8',
);

/**
 * These checks keep no pupil register, and without one whereabouts-unknown warns for every pupil in AP:
 * it is off here unless a test's own `rules` turn it on (test/rules/whereabouts-unknown.test.ts tests it).
 */
export const NO_REGISTER_RULES = { 'whereabouts-unknown': 'off' } as const;

/** The config the rule tests use: the defaults, built by the same schema as a real config file. */
export const CONFIG: Config = ConfigSchema.parse({ school: { name: 'Test School' }, rules: NO_REGISTER_RULES });

/** A config with some settings changed, parsed by the schema (so defaults fill the rest). */
export const config = (raw: Record<string, unknown>): Config =>
  ConfigSchema.parse({
    school: { name: 'Test School' },
    ...raw,
    rules: { ...NO_REGISTER_RULES, ...(raw.rules as object | undefined) },
  });

/** A line replaced by this stays a (comment) line, so every later line keeps its number. */
export const GONE = '#';

/**
 * Replaces whole lines (1-based) of `text`. A replacement may hold several lines (later lines then move
 * down); GONE blanks a line without moving anything.
 */
export function edit(text: string, lines: Record<number, string>): string {
  const out = text.split('\n');
  for (const n of Object.keys(lines).map(Number)) {
    if (n < 1 || n > out.length) throw new Error(`edit: no line ${n}`);
    out[n - 1] = lines[n];
  }
  return out.join('\n');
}

export interface Run {
  dir: string;
  result: CheckResult;
  findings: Finding[];
  /** Each finding as "file line:col severity rule-id" (file left out when one file was checked), sorted. */
  summary: string[];
}

let runs = 0;

/** Checks `files` (name → text) in memory, as of `asOf`, with `cfg`: nothing is written to disk. */
export async function run(
  files: Record<string, string | Buffer> | string,
  opts: { asOf?: string; config?: Config } = {},
): Promise<Run> {
  const map = typeof files === 'string' ? { 'provider.yaml': files } : files;
  const dir = `/memory/run-${++runs}`;
  const fs = memoryFs(Object.fromEntries(Object.entries(map).map(([name, text]) => [join(dir, name), text])));
  const result = await check([dir], { asOf: opts.asOf ?? AS_OF, config: opts.config ?? CONFIG, cwd: dir, fs });
  const many = Object.keys(map).length > 1;
  const summary = result.findings
    .map((f) => `${many ? `${basename(f.file)} ` : ''}${f.line}:${f.column} ${f.severity} ${f.ruleId}`)
    .sort();
  return { dir, result, findings: result.findings, summary };
}
