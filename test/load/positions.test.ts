// The fast position tree (js-yaml listener) must put every node where `yaml`'s own parser puts it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { LineIndex, parseYaml } from '../../src/load/yaml.js';

function* walk(node: Node | null, path: (string | number)[]): Generator<[(string | number)[], Node]> {
  if (!node) return;
  yield [path, node];
  if (isMap(node))
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      yield* walk(pair.value as Node, [...path, key]);
    }
  else if (isSeq(node)) for (let i = 0; i < node.items.length; i++) yield* walk(node.items[i] as Node, [...path, i]);
}

const samples: [string, string][] = [
  [
    'data-model example',
    readFileSync(fileURLToPath(new URL('../fixtures/load/data-model-example.yaml', import.meta.url)), 'utf8'),
  ],
  [
    'flow and quoted',
    'provider:\n  name: "Quoted: name"\n  tags: [a, b]\n  contact: { name: X, phone: "0113" }\nplacements:\n- pupil: P-1\n  sessions:\n    - { day: mon, start: "09:00", end: "12:00" }\n  # a comment\n  reason: >\n    folded\n    text\n',
  ],
  ['CRLF', 'provider:\r\n  name: A\r\n  address:\r\n    town: Leeds\r\n'],
];

describe('position tree agrees with yaml.parseDocument', () => {
  it.each(samples)('%s', (_name, src) => {
    const lc = new LineCounter();
    const doc = parseDocument(src, { lineCounter: lc });
    const { tree } = parseYaml(src);
    const lines = new LineIndex(src);
    let compared = 0;
    for (const [path, node] of walk(doc.contents, [])) {
      if (!node.range || (isScalar(node) && node.value === null && node.range[0] === node.range[1])) continue;
      const { node: ours, exact } = tree.locate(path);
      expect(exact, path.join('.')).toBe(true);
      const want = lc.linePos(node.range[0]);
      expect(lines.pos(ours.start), path.join('.')).toEqual({ line: want.line, column: want.col });
      compared++;
    }
    expect(compared).toBeGreaterThan(4);
  });
});

// The fast parser reads every file into one set of node arrays, kept for the next file, and keeps a copy of its
// own for each file: a tree parsed earlier must not change when later files are parsed into those arrays.
describe('each file keeps its own position tree', () => {
  it('a tree is the same after other files, larger and smaller, are parsed', () => {
    const small = 'provider:\n  name: A\nplacements:\n- pupil: P-1\n  reason: Why\n';
    const large = `provider:\n  name: B\nplacements:\n${Array.from({ length: 400 }, (_, i) => `- pupil: P-${i}\n  year_group: 9\n`).join('')}`;
    const first = parseYaml(small).tree;
    const before = [first.locate(['placements', 0, 'reason']), first.locate(['provider', 'name'])];
    const other = parseYaml(large).tree;
    parseYaml('provider:\n  name: C\n');
    expect([first.locate(['placements', 0, 'reason']), first.locate(['provider', 'name'])]).toEqual(before);
    expect(before[0].node.start).toBe(small.indexOf('Why'));
    expect(other.locate(['placements', 399, 'year_group']).node.start).toBe(large.lastIndexOf('9\n'));
  });
});
