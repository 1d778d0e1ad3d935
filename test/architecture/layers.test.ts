// The house stays layered: vocabulary (model/) at the bottom, then loading, the run, the rules, the engine,
// the reports, the documents, the commands and the CLI. A module may import only from its own layer or
// below, and nothing may import in a circle. Both are read from madge's resolved import graph of the
// TypeScript sources (static, dynamic and type-only imports), never from the text with a pattern.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import madge from 'madge';
import { tempDir } from '../support/temp-dir.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');

/** Layers from the bottom; a path (relative to src/, without .ts) belongs to the first entry that matches it. */
const LAYERS: [name: string, match: RegExp][] = [
  ['model', /^model\/|^version$/],
  ['io', /^io\//],
  ['load', /^load\/|^gias\/|^attendance\/|^write$/],
  ['run', /^run$/],
  ['rules', /^rules\//],
  ['engine', /^engine$|^suppress$|^check$|^check-files$|^json-schema$/],
  ['report', /^report\//],
  ['area', /^area\//],
  ['render', /^render\//],
  ['commands', /^commands\/|^init\//],
  ['cli', /^cli$|^execute$|^index$/],
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

const moduleName = (file: string) => file.replace(/\\/g, '/').replace(/\.ts$/, '');

/** madge's graph of the TypeScript under `dir`, resolved with the project's tsconfig, type imports counted. */
const graphOf = (dir: string) =>
  madge(dir, {
    fileExtensions: ['ts'],
    tsConfig: join(root, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports: false }, es6: { skipTypeImports: false } },
  });

/** Every import in the graph that reaches a higher layer, as "from (layer) imports to (layer)". */
function upwardImports(graph: Record<string, string[]>): string[] {
  const upward: string[] = [];
  for (const [file, deps] of Object.entries(graph)) {
    const from = moduleName(file);
    for (const to of deps.map(moduleName)) {
      if (layerOf(to) > layerOf(from))
        upward.push(`${from} (${LAYERS[layerOf(from)][0]}) imports ${to} (${LAYERS[layerOf(to)][0]})`);
    }
  }
  return upward.sort();
}

describe('architecture', () => {
  let graph: Awaited<ReturnType<typeof graphOf>>;
  beforeAll(async () => {
    graph = await graphOf(src);
  }, 60_000);

  it('madge read every source file and resolved every relative import', () => {
    const files = sources(src)
      .map((f) => relative(src, f).replace(/\\/g, '/'))
      .sort();
    expect(Object.keys(graph.obj()).sort()).toEqual(files);
    // Only a package's internal path may be left unresolved, never one of ours.
    expect(graph.warnings().skipped.filter((s) => s.startsWith('.'))).toEqual([]);
  });

  it('every module is in a layer and imports only from its layer or below', () => {
    expect(upwardImports(graph.obj())).toEqual([]);
  });

  it('has no import cycle (type imports counted)', () => {
    expect(graph.circular()).toEqual([]);
  });

  it('finds an upward import written in single quotes, double quotes, as a type import and as a dynamic import', async () => {
    const dir = tempDir(
      {
        'report/stylish.ts': 'export interface Shape { a: number }\nexport const stylish = 1;\n',
        'model/single.ts': "import { stylish } from '../report/stylish.js';\nexport const a = stylish;\n",
        'model/double.ts': 'import { stylish } from "../report/stylish.js";\nexport const b = stylish;\n',
        'model/type-only.ts':
          "import type { Shape } from '../report/stylish.js';\nexport const c = (s: Shape) => s.a;\n",
        'model/dynamic.ts': "export const d = () => import('../report/stylish.js');\n",
        'model/fine.ts': "import { a } from './single.js';\nexport const e = a;\n",
      },
      'ap-ready-layers-',
    );
    const fixture = await graphOf(dir);
    expect(upwardImports(fixture.obj())).toEqual(
      ['double', 'dynamic', 'single', 'type-only'].map((m) => `model/${m} (model) imports report/stylish (report)`),
    );
  }, 60_000);

  it('no module in src/ is over 300 lines', () => {
    const long = sources(src)
      .map((f) => [relative(src, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });
});
