// Builds placement files from YAML text in a fresh temp folder and runs the library's check() on them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../support/temp-dir.js';
import { check, type CheckResult } from '../../src/check.js';
import { ConfigSchema, type Config } from '../../src/model/config.js';

export const AS_OF = '2025-12-01';

/** data-model.md's example: passes every rule as of AS_OF. */
export const PROVIDER = readFileSync(fileURLToPath(new URL('./provider.yaml', import.meta.url)), 'utf8');

// No register is kept here, so whereabouts-unknown (which would then warn for every pupil in AP) is off
// unless a test's own `rules` turn it on.
export const config = (raw: Record<string, unknown> = {}): Config =>
  ConfigSchema.parse({
    school: { name: 'Test School' },
    ...raw,
    rules: { 'whereabouts-unknown': 'off', ...(raw.rules as object | undefined) },
  });

/** Replaces exactly one occurrence of `from`. */
export function swap(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1)
    throw new Error(`swap: "${from}" is not in the text exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Inserts `line` (indented like the line it goes above) above the first line containing `needle`. */
export function above(text: string, needle: string, line: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i === -1) throw new Error(`above: no line holds "${needle}"`);
  const indent = /^\s*/.exec(lines[i])![0];
  lines.splice(i, 0, indent + line);
  return lines.join('\n');
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i === -1) throw new Error(`lineOf: no line holds "${needle}"`);
  return i + 1;
}

export { tempDir };

/** Writes `files` (name → YAML) into a fresh folder and checks it. */
export async function checkFiles(
  files: Record<string, string>,
  cfg: Config = config(),
  asOf = AS_OF,
): Promise<CheckResult & { dir: string }> {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const result = await check([dir], { asOf, config: cfg, cwd: dir });
  return { ...result, dir };
}
