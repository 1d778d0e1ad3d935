// The fast YAML parser (src/load/fast-yaml.ts) must give exactly what js-yaml gives, or give up: the same
// values (key order and types included) and the same node positions, so every finding lands on the same
// line and column. Checked on every YAML file of the examples and the tests, on the benchmark's files, on a
// table of the cases a parser gets wrong, and on thousands of generated and mutated documents.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../../src/load/fast-yaml.js';
import { parseWithJsYaml, YamlTree } from '../../src/load/yaml.js';
// @ts-expect-error: the bench generator is plain JavaScript with no type declarations
import { generateRepo } from '../../bench/generate.mjs';
// @ts-expect-error: plain JavaScript, as above
import { anchorFolder } from '../../bench/anchored.mjs';
import { tempDir } from '../support/temp-dir.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every path to a value, and one missing key or index under each collection. */
function paths(v: unknown, pre: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(pre);
  if (Array.isArray(v)) {
    v.forEach((x, i) => paths(x, [...pre, i], out));
    out.push([...pre, v.length]);
  } else if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...pre, k], out);
    out.push([...pre, 'no_such_key']);
  }
  return out;
}

type Outcome = { fast: false; problem?: string } | { fast: true; problem?: string };

/** Values as the loaders' limit counts them when it walks a value: every value, an alias's each time it is used. */
function countValues(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + countValues(x), 1);
  if (v !== null && typeof v === 'object') return Object.values(v).reduce((n: number, x) => n + countValues(x), 1);
  return 1;
}

/** The longest text value (text-too-long skips a file whose tree bounds every value below its limit). */
function longestString(v: unknown, seen = new Set<unknown>()): number {
  if (typeof v === 'string') return v.length;
  if (v === null || typeof v !== 'object' || seen.has(v)) return 0;
  seen.add(v); // an alias is its anchor's value: measured once
  return Math.max(0, ...Object.values(v).map((x) => longestString(x, seen)));
}

/** Whether the fast parser took the text, and if it did, the first way it differs from js-yaml. */
function compare(src: string): Outcome {
  const fast = parseFast(src, Infinity);
  if (!fast) {
    // js-yaml's trees bound their text values too (a file the fast parser leaves to it).
    let slow;
    try {
      slow = parseWithJsYaml(src);
    } catch {
      return { fast: false };
    }
    if (slow.tree.longestLeaf() < longestString(slow.value))
      return {
        fast: false,
        problem: `js-yaml's tree bounds text at ${slow.tree.longestLeaf()}, below a value's length`,
      };
    return { fast: false };
  }
  let slow;
  try {
    slow = parseWithJsYaml(src);
  } catch (e) {
    return { fast: true, problem: `js-yaml refuses it (${(e as Error).message}) but the fast parser took it` };
  }
  if (!isDeepStrictEqual(fast.value, slow.value) || JSON.stringify(fast.value) !== JSON.stringify(slow.value)) {
    return {
      fast: true,
      problem: `values differ: ${JSON.stringify(fast.value)} against js-yaml's ${JSON.stringify(slow.value)}`,
    };
  }
  if (fast.values !== countValues(slow.value))
    return { fast: true, problem: `counted ${fast.values} values, but the value holds ${countValues(slow.value)}` };
  const tree = new YamlTree(src, fast.t, 1, false);
  for (const p of paths(slow.value)) {
    for (const key of [false, true]) {
      const a = tree.locate(p),
        b = slow.tree.locate(p);
      if (!isDeepStrictEqual(a, b))
        return {
          fast: true,
          problem: `${JSON.stringify(p)}${key ? ' (key)' : ''}: ${JSON.stringify(a)} against js-yaml's ${JSON.stringify(b)}`,
        };
    }
  }
  if (!isDeepStrictEqual(tree.scalarRanges(), slow.tree.scalarRanges()))
    return { fast: true, problem: 'scalar ranges differ' };
  const longest = longestString(fast.value);
  if (tree.longestLeaf() < longest || slow.tree.longestLeaf() < longest)
    return { fast: true, problem: `a tree bounds text below the longest value (${longest} characters)` };
  return { fast: true };
}

function* yamlFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir)) {
    if (e === 'node_modules' || e.startsWith('.')) continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) yield* yamlFiles(p);
    else if (/\.ya?ml$/.test(e)) yield p;
  }
}

describe('the fast parser gives what js-yaml gives, or gives up', () => {
  it("on every YAML file of the examples and the tests, and on 200 of the benchmark's files, plain and anchored", () => {
    const dir = tempDir({}, 'ap-ready-fast-yaml-');
    const { folder } = generateRepo(join(dir, 'bench'), 200, 10) as { folder: string };
    const anchored = (generateRepo(join(dir, 'anchored'), 200, 10) as { folder: string }).folder;
    anchorFolder(anchored);
    let taken = 0;
    const files = [
      ...yamlFiles(join(root, 'examples')),
      ...yamlFiles(join(root, 'test')),
      ...yamlFiles(folder),
      ...yamlFiles(anchored),
    ];
    // The anchored corpus is PyYAML's layout with aliases in every file, and all of it takes the fast path.
    const pyyaml = [...yamlFiles(anchored)].map((f) => readFileSync(f, 'utf8'));
    expect(pyyaml.every((text) => /&id001\n/.test(text) && /\*id001\n/.test(text))).toBe(true);
    expect(pyyaml.filter((text) => parseFast(text, Infinity)).length).toBe(200);
    for (const f of files) {
      const outcome = compare(readFileSync(f, 'utf8'));
      if (outcome.fast) taken++;
      expect(outcome.problem, f).toBeFalsy();
    }
    // The point of it: nearly every real file takes the fast path.
    expect(taken / files.length).toBeGreaterThan(0.95);
  });

  // [text, taken by the fast parser?]
  const table: [string, boolean][] = [
    ['a: 1\n', true],
    ['a: 1', true], // no line break at the end: js-yaml adds one, and its positions count it
    ['a:\n  b: 1\n  c:\n    - x\n    - y\n# end\n', true],
    ['a:\n- x\n- y\nb: 2\n', true], // a list lined up with its key
    ['- a: 1\n  b: 2\n- c: 3\n', true],
    ["a: [1, \"two\", 'th''ree', { x: 1 }, []]\nb: {}\n", true],
    ['a: 09:30\nb: "09:30"\nc: 2025-10-06\nd: 0042\ne: -5\nf: .5\ng: 1e3\nh: 0x1F\ni: 0o17\nj: +12\n', true],
    ['a: null\nb: ~\nc: Null\nd: NULL\ne:\nf: true\ng: False\nh: yes\ni: on\nj: .inf\nk: -.Inf\nl: .NaN\n', true],
    ['true: 1\nnull: 2\n123: 3\n0x10: 4\n', true], // keys resolve, then become text as js-yaml stores them
    ['a: Room #5\nb: x#y\nc: a # comment\n', true],
    ['a: see [1], {2}\n', true], // brackets inside a plain scalar are text outside a flow list
    ['  a: 1\n  b: 2\n', true], // an indented document
    ['a: 1   \nb: 2  # c  \n\n\n', true],
    ['a: 1\n  # an indented comment\nb: 2\n', true],
    ['a:\n  # comment first\n  b: 1\n', true],
    ['a: -\n', false],
    ['a: - x\n', false],
    ['a: b: c\n', false],
    ['a: x:\n', false],
    ['a: |\n  text\n', false],
    ['a: >\n  text\n', false],
    // Anchors and aliases, as PyYAML writes them (yaml.dump(..., sort_keys=False) of values used twice) and more.
    [
      'provider:\n  name: X\n  curriculum: &id001\n  - mon\n  - tue\nplacements:\n- pupil: P-1\n  sess: &id002\n    name: Foo\n    urn: 1\n  days: *id001\n- pupil: P-2\n  sess: *id002\n  days: *id001\n  x:\n  - *id002\n  - *id002\n- *id002\nother:\n- a: *id002\n',
      true,
    ],
    ['x:\n- &id001\n  name: Foo\n  urn: 1\n- *id001\n- &id002\n  - a\n- *id002\ny:\n-\n  - *id002\n', true],
    ['a: &id002 1\ny:\n- - *id002\n', false], // PyYAML's list in a list: left to js-yaml, as any `- -`
    ['a: &x 1\nb: *x\n', true],
    ['a: &x\n  b: 1\nc: *x\nd:\n- *x\n- &y 3\n- *y # c\ne: [*x, *y]\n', true],
    ['c: &a\n- m\n- t\nx:\n- &b\n  n: F\n- *b\ny: &d [1]\nz: &e { q: 1 }\nw: &f "q"\nv: [*f, *d]\n', true],
    ['a: &x 1\nb: *x   # why\n\n# end\nc:\n  - *x\n  -\n  - *x\n', true],
    ['a: [&x 1, *x, &y [2], *y , &z { b: *y }]\nc: { d: &w 1, e: *w }\n', true],
    ['a: &x # the shared block\n  b: 1\nc: *x', true],
    ['a: *x\n', false], // no such anchor: js-yaml says so
    ['a: &x\n  b: *x\n', false], // inside its own value: js-yaml makes a loop
    ['a: &x 1\nb: &x 2\nc: *x\n', false], // defined twice
    ['a: &x\nb: 1\n', false], // an anchor on nothing
    ['a: &x *y\n', false],
    ['a: &x &y 1\n', false],
    ['*x : 1\n', false],
    ['&x a: 1\n', false],
    ['- &x a: 1\n', false],
    ['a: &x a: 1\n', false],
    ['a: &x.y 1\nb: *x.y\n', false],
    ['a: &x 1\nb: *x.y\n', false],
    ['a: &x !!str 1\n', false],
    ['a: &x 1\nb: *x y\n', false],
    ['a: &x 1\nb: *x\n  c: 2\n', false],
    ['a: &x 1\nb: *x#c\n', false],
    ['a: [&x, 1]\n', false],
    ['a: [&x *x]\n', false],
    ['a: [&x b: 1]\n', false],
    ['a: [*x]\n', false],
    ['a: &\n  b: 1\n', false],
    ['a: *\n', false],
    ['a: !!str 1\n', false],
    ['a: multi\n  line\n', false],
    ['- multi\n  line\n', false],
    ['a: "two\n  lines"\n', false],
    ['a: [1,\n  2]\n', false],
    ['a: "esc\\"aped"\n', false],
    ['a: 1\na: 2\n', false],
    ['__proto__: 1\n', false],
    ['constructor: 1\n', false],
    ['a: 1\r\nb: 2\r\n', false],
    ['a:\tb\n', false],
    ['a: x\u0085y\n', false],
    ['a: 😀\n', false],
    ['---\na: 1\n', false],
    ['a: 1\n...\n', false],
    ['%YAML 1.2\n---\na: 1\n', false],
    ['a: 1\n b: 2\n', false],
    ['a:\n  - x\n  b: 1\n', false],
    ['- - x\n', false],
    ['? a\n: b\n', false],
    ['"a": 1\n', false],
    ['a : 1\n', false],
    ['a:1\n', false],
    ['a: [1, 2, ]\n', false],
    ['a: [a: 1]\n', false],
    ['a: { b }\n', false],
    ['a: {b:1}\n', false],
    ['a: [1] x\n', false],
    ['a: "x" y\n', false],
    ['a: ,x\n', false],
    ['a: @x\n', false],
    ['a: `x\n', false],
    ['a: %x\n', false],
    ['a: ?x\n', false],
    ['a: :x\n', false],
    ['just text\n', false],
    ['[1, 2]\n', false],
    ['# only a comment\n', false],
    ['', false],
    [`a: ${'['.repeat(100)}${']'.repeat(100)}\n`, false],
  ];
  it.each(table)('%j: fast path %s, and equal to js-yaml when taken', (src, taken) => {
    const outcome = compare(src);
    expect(outcome.fast).toBe(taken);
    expect(outcome.problem).toBeFalsy();
  });
});

describe('aliases used over and over ("billion laughs")', () => {
  // Nine levels of nine aliases of the level before: 9^9 values at the bottom if expanded.
  const levels = 'abcdefghi'.split('');
  // The top mapping, and each level's list: 1 + 9 × the level before (1 + 9 strings at the first).
  let level = 1,
    expanded = 1;
  for (let i = 0; i < levels.length; i++) expanded += level = 1 + 9 * level;
  const block = levels
    .map(
      (k, i) =>
        `${k}: &${k}\n${Array(9)
          .fill(i === 0 ? '- lol' : `- *${levels[i - 1]}`)
          .join('\n')}\n`,
    )
    .join('');
  const flow = levels
    .map(
      (k, i) =>
        `${k}: &${k} [${Array(9)
          .fill(i === 0 ? 'lol' : `*${levels[i - 1]}`)
          .join(', ')}]\n`,
    )
    .join('');
  it.each([
    ['block lists, as PyYAML writes them', block],
    ['flow lists', flow],
  ])('%s: parsed without expanding them, and the values they would expand to counted', (_, src) => {
    const started = performance.now();
    const fast = parseFast(src, 200_000)!;
    expect(performance.now() - started).toBeLessThan(1000);
    expect(fast.nodes).toBeLessThan(200);
    expect(fast.values).toBe(expanded);
    // js-yaml shares the anchored value as well: the same value, and the same lists, not copies.
    const slow = parseWithJsYaml(src);
    const top = fast.value as Record<string, unknown[]>;
    expect(top.i[0]).toBe(top.h);
    expect(JSON.stringify(top.c)).toBe(JSON.stringify((slow.value as Record<string, unknown>).c));
  });
});

// Generated documents: random structure, with the spellings a person or an editor might use.
const KEYS = [
  'name',
  'n',
  'a-b',
  '_x',
  'true',
  'null',
  'Null',
  'NO',
  'y',
  '123',
  '0x1f',
  '1e3',
  'date',
  'start',
  'on',
  'constructor',
  'toString',
];
const SCALARS = [
  'abc',
  'a b',
  'Mill Lane',
  '09:00',
  '"09:00"',
  "'09:00'",
  "'it''s'",
  '""',
  "''",
  '-5',
  '-x',
  '.5',
  '1e3',
  '1_000',
  '0o17',
  '0b11',
  '0x1F',
  '+1',
  'null',
  '~',
  'Null',
  'True',
  'FALSE',
  'yes',
  'no',
  '2025-10-06',
  '2025-10-6',
  '06/10/2025',
  '0042',
  'P-0042',
  '.inf',
  '-.INF',
  '.nan',
  'NaN',
  'a #b',
  'a#b',
  'x,y',
  'x]',
  'x}',
  'a: b',
  'a:b',
  'ü',
  '£5',
  '€',
  '“quoted”',
  '[a, b]',
  '[ a , "b" ]',
  '{ a: 1, b: "2" }',
  '{}',
  '[]',
  '[a, [b, c]]',
  '{ a: [1, 2] }',
  '"a\\"b"',
  '#x',
  '- x',
  '@x',
  '&a x',
  '*a',
  '!x',
  '|',
  '>',
  '?x',
  ':x',
  '%x',
  '`x',
  'x  ',
  '0.',
  '-0',
  '00',
];
// `anchor`: the value carries an anchor (&idN, as PyYAML names them); an alias (*idN) names one of the anchors
// begun before it, finished or not (an alias inside its own anchor's value is js-yaml's), or none at all.
type Doc = (
  | { k: 'map'; entries: [string, Doc][] }
  | { k: 'seq'; items: Doc[] }
  | { k: 'scalar'; text: string }
  | { k: 'empty' }
  | { k: 'alias'; which: number }
) & { anchor?: boolean };
const anchor = fc.nat(9).map((n) => n < 3);
const doc: fc.Memo<Doc> = fc.memo((depth): fc.Arbitrary<Doc> =>
  depth <= 1
    ? fc.oneof(
        {
          weight: 5,
          arbitrary: fc
            .tuple(fc.constantFrom(...SCALARS), anchor)
            .map(([text, a]) => ({ k: 'scalar' as const, text, anchor: a })),
        },
        { weight: 1, arbitrary: fc.constant({ k: 'empty' as const }) },
        { weight: 2, arbitrary: fc.nat(20).map((which) => ({ k: 'alias' as const, which })) },
      )
    : fc.oneof(
        {
          weight: 2,
          arbitrary: fc
            .tuple(fc.array(fc.tuple(fc.constantFrom(...KEYS), doc(depth - 1)), { minLength: 1, maxLength: 4 }), anchor)
            .map(([entries, a]) => ({ k: 'map' as const, entries, anchor: a })),
        },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.array(doc(depth - 1), { minLength: 1, maxLength: 3 }), anchor)
            .map(([items, a]) => ({ k: 'seq' as const, items, anchor: a })),
        },
        { weight: 2, arbitrary: doc(1) },
      ),
);
const style = fc.record({
  indent: fc.constantFrom(2, 4, 1),
  listUnderKey: fc.boolean(),
  comments: fc.boolean(),
  trailing: fc.constantFrom('', ' ', '  # c'),
  finalNewline: fc.boolean(),
  blank: fc.boolean(),
});

function render(
  d: Doc,
  s: {
    indent: number;
    listUnderKey: boolean;
    comments: boolean;
    trailing: string;
    finalNewline: boolean;
    blank: boolean;
  },
): string {
  const lines: string[] = [];
  const pad = (n: number) => ' '.repeat(n);
  const begun: string[] = [];
  /** ` &idN` when the value is anchored (the anchor's name taken as it begins), else nothing. */
  const anchorOf = (x: Doc) => {
    if (!x.anchor) return '';
    begun.push(`id${String(begun.length + 1).padStart(3, '0')}`);
    return ` &${begun[begun.length - 1]}`;
  };
  const aliasOf = (x: Doc & { k: 'alias' }) => ` *${begun.length ? begun[x.which % begun.length] : 'id999'}`;
  const inline = (x: Doc) =>
    x.k === 'scalar'
      ? `${anchorOf(x)} ${x.text}${s.trailing}`
      : x.k === 'alias'
        ? `${aliasOf(x)}${s.trailing}`
        : x.k === 'empty'
          ? s.trailing
          : '';
  const oneLine = (x: Doc) => x.k === 'scalar' || x.k === 'empty' || x.k === 'alias';
  const block = (x: Doc, at: number, first: string | undefined) => {
    // first: a prefix already on the current line ("- "), for the first entry of a mapping in a list item
    if (x.k === 'map') {
      x.entries.forEach(([key, v], i) => {
        const lead = i === 0 && first !== undefined ? first : pad(at);
        if (oneLine(v)) lines.push(`${lead}${key}:${inline(v)}`);
        else {
          lines.push(`${lead}${key}:${anchorOf(v)}`);
          if (s.comments) lines.push(`${pad(at + 1)}# about ${key}`);
          block(v, v.k === 'seq' && s.listUnderKey ? at : at + s.indent, undefined);
        }
        if (s.blank && i === 0) lines.push('');
      });
    } else if (x.k === 'seq') {
      x.items.forEach((v, i) => {
        const lead = i === 0 && first !== undefined ? first : pad(at);
        if (v.k === 'map' && !v.anchor) block(v, at + 2, `${lead}- `);
        else if (v.k === 'map' || v.k === 'seq') {
          // PyYAML's way with an anchored mapping or list in a list: the anchor alone after the dash.
          lines.push(`${lead}-${anchorOf(v)}`);
          block(v, at + (v.k === 'map' ? 2 : s.indent), undefined);
        } else lines.push(`${lead}-${inline(v)}`);
      });
    } else lines.push(`${first ?? pad(at)}${x.k === 'scalar' ? x.text : x.k === 'alias' ? aliasOf(x).trim() : ''}`);
  };
  block(d, 0, undefined);
  return lines.join('\n') + (s.finalNewline ? '\n' : '');
}

/** FAST_YAML_RUNS=100000 for a longer search; FAST_YAML_SEED=random (or a number) for another part of the space. */
const RUNS = Number(process.env.FAST_YAML_RUNS ?? 3000);
// One seed by default, so that the counts below (how many documents the fast path took) are the same on every
// run: with a new seed each run they wandered either side of their floors (290 against 300 was seen in CI).
const SEED = process.env.FAST_YAML_SEED;
fc.configureGlobal({ seed: SEED === 'random' ? Date.now() : Number(SEED ?? 20261207) });
const EDITS = [' ', '\n', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '  ', '\t', 'x'];

describe('real files, edited', () => {
  it('an example file with up to three characters inserted, deleted or replaced: the same as js-yaml, or left to it', () => {
    const files = [...yamlFiles(join(root, 'examples'))].map((f) => readFileSync(f, 'utf8'));
    const edit = fc.record({
      at: fc.nat(),
      text: fc.constantFrom(...EDITS),
      kind: fc.constantFrom('insert', 'delete', 'replace'),
    });
    let taken = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits) => {
        let text = files[which % files.length];
        for (const e of edits) {
          const i = e.at % (text.length + 1);
          text =
            e.kind === 'insert'
              ? text.slice(0, i) + e.text + text.slice(i)
              : e.kind === 'delete'
                ? text.slice(0, i) + text.slice(i + 1)
                : text.slice(0, i) + e.text + text.slice(i + 1);
        }
        const outcome = compare(text);
        if (outcome.fast) taken++;
        if (outcome.problem) throw new Error(`${JSON.stringify(text.slice(0, 300))}…: ${outcome.problem}`);
        return true;
      }),
      { numRuns: RUNS },
    );
    expect(taken).toBeGreaterThan(RUNS / 10);
  });
});

describe('generated documents', () => {
  it('a generated document is parsed as js-yaml parses it, or left to js-yaml', () => {
    let taken = 0,
      aliased = 0;
    fc.assert(
      fc.property(doc(4), style, (d, s) => {
        const text = render(d, s);
        const outcome = compare(text);
        if (outcome.fast) {
          taken++;
          if (text.includes('*id')) aliased++;
        }
        return !outcome.problem;
      }),
      { numRuns: RUNS },
    );
    // Not a property that holds by giving up: many generated documents take the fast path, aliases and all
    // (about 9 % of them, 262 of 3,000 with the default seed: most generated documents hold something the fast
    // path leaves to js-yaml on purpose).
    expect(taken).toBeGreaterThan(RUNS / 20);
    expect(aliased).toBeGreaterThan(RUNS / 200);
  });

  it('a document with one character inserted or deleted anywhere: the same, or left to js-yaml', () => {
    fc.assert(
      fc.property(doc(4), style, fc.nat(), fc.constantFrom(...EDITS), fc.boolean(), (d, s, at, edit, del) => {
        const text = render(d, s);
        const i = at % (text.length + 1);
        const mutated = del ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + edit + text.slice(i);
        const outcome = compare(mutated);
        if (outcome.problem) throw new Error(`${JSON.stringify(mutated)}: ${outcome.problem}`);
        return true;
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
