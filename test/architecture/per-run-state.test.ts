// All per-run state lives on the Run (src/run.ts): no module of the rules, the model, attendance or the area
// keeps a value between runs. Read from the sources: no top-level `let` or `var`, and a top-level Map, Set,
// WeakMap or WeakSet is a fixed table, filled when the module loads and never added to, set, deleted from or
// cleared inside a function.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const FOLDERS = ['rules', 'model', 'attendance', 'area'];
/**
 * Modules that keep something between calls that is not a run's: the same for every run, a pure function of
 * its key. Each with the reason.
 */
const NOT_PER_RUN: Record<string, string> = {
  'model/reference-pattern.ts':
    'the RE2 library, loaded on first use, and each pattern compiled once: the same for every run that sets it',
  'model/pupil-key.ts': "each reference's key, made once: a pure function of the reference, bounded in size",
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Where a module keeps state between calls: each as "line: text". */
function moduleState(text: string): string[] {
  const found: string[] = [];
  const lines = text.split('\n');
  const tables: string[] = [];
  lines.forEach((line, i) => {
    if (/^(export\s+)?(let|var)\s/.test(line)) found.push(`${i + 1}: ${line.trim()}`);
    const table = /^(?:export\s+)?const\s+(\w+)\b[^=]*=\s*new\s+(?:Weak)?(?:Map|Set)\b/.exec(line);
    if (table) tables.push(table[1]);
  });
  for (const name of tables) {
    lines.forEach((line, i) => {
      if (/^\s/.test(line) && new RegExp(`\\b${name}\\.(set|add|delete|clear)\\(`).test(line))
        found.push(`${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe('no per-run state outside the Run', () => {
  it.each(FOLDERS)('src/%s keeps nothing between runs', (folder) => {
    const found = sources(join(src, folder))
      .filter((file) => !(relative(src, file) in NOT_PER_RUN))
      .flatMap((file) => moduleState(readFileSync(file, 'utf8')).map((s) => `${relative(src, file)}:${s}`));
    expect(found).toEqual([]);
  });

  it('finds a module-level let, and a table written to (the check can fail)', () => {
    expect(moduleState('let last: string | undefined;\nexport function f() {}\n')).toEqual([
      '1: let last: string | undefined;',
    ]);
    expect(
      moduleState(
        'const seen = new WeakMap<object, number>();\nexport function f(o: object) {\n  seen.set(o, 1);\n}\n',
      ),
    ).toEqual(['3: seen.set(o, 1);']);
    expect(
      moduleState(
        "const CODES = new Set(['B']);\nfor (const c of ['D']) CODES.add(c);\nexport const f = (c: string) => CODES.has(c);\n",
      ),
    ).toEqual([]);
  });
});
