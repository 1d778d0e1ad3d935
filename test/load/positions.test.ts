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
