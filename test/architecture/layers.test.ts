// The house stays layered: vocabulary (model/) at the bottom, then loading, the run, the rules, the engine,
// the reports, the documents, the commands and the CLI. A module may import only from its own layer or
// below, and nothing may import in a circle (checked by madge on the TypeScript sources, type imports too).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import madge from 'madge';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');

/** Layers from the bottom; a path (relative to src/, without .ts) belongs to the first entry that matches it. */
const LAYERS: [name: string, match: RegExp][] = [
  ['model', /^model\/|^version$/],
  ['load', /^load\/|^gias\/|^write$/],
  ['run', /^run$/],
  ['rules', /^rules\//],
  ['engine', /^engine$|^suppress$|^check$|^json-schema$/],
  ['report', /^report\//],
  ['render', /^render\//],
  ['commands', /^commands\/|^init\//],
  ['cli', /^cli$|^index$/],
];

function layerOf(module: string): number {
  const i = LAYERS.findIndex(([, re]) => re.test(module));
  if (i < 0) throw new Error(`${module} is in no layer: add it to LAYERS in test/architecture/layers.test.ts`);
  return i;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const moduleName = (file: string) => relative(src, file).replace(/\\/g, '/').replace(/\.ts$/, '');

/** Every relative import (static, type-only or dynamic) of a source file, as module names. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)\.js'/g)].map((m) => m[1]);
  return found.map((spec) => moduleName(resolve(dirname(file), spec) + '.ts'));
}

describe('architecture', () => {
  it('every module is in a layer and imports only from its layer or below', () => {
    const upward: string[] = [];
    for (const file of sources(src)) {
      const from = moduleName(file);
      for (const to of importsOf(file)) {
        if (layerOf(to) > layerOf(from)) upward.push(`${from} (${LAYERS[layerOf(from)][0]}) imports ${to} (${LAYERS[layerOf(to)][0]})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('finds an upward import when there is one (the check can fail)', () => {
    expect(layerOf('model/placement')).toBeLessThan(layerOf('report/stylish'));
    expect(layerOf('rules/each')).toBeGreaterThan(layerOf('run'));
  });

  it('has no import cycle (madge, with the TypeScript config, counting type imports)', async () => {
    const graph = await madge(src, {
      fileExtensions: ['ts'],
      tsConfig: join(root, 'tsconfig.json'),
      detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
    });
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(50); // madge really read the sources
    expect(graph.circular()).toEqual([]);
  }, 60_000);

  it('no module in src/ is over 300 lines (but the GIAS reader, being split)', () => {
    const long = sources(src)
      .map((f) => [moduleName(f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([m, n]) => n > 300 && m !== 'gias/reader');
    expect(long).toEqual([]);
  });
});
