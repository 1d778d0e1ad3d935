// Ignore patterns with .gitignore's meaning, the `ignore` package (ESLint's) as the oracle: for each set of
// patterns, the files selectFiles keeps from a real folder are exactly those the package does not ignore.
// And the glob matcher for the paths given to check, by a table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ignore from 'ignore';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/findings.js';
import { expandBraces, globMatcher } from '../../src/load/ignore.js';
import { selectFiles } from '../../src/load/select.js';
import { tempDir } from '../support/temp-dir.js';

const TREE = [
  'placements/a.yaml',
  'placements/b.draft.yaml',
  'placements/!urgent.yaml',
  'placements/#notes.yaml',
  'placements/archive/old.yaml',
  'placements/archive/keep.yaml',
  'placements/archive/2024/older.yaml',
  'placements/Archive2/x.yaml',
  'placements/deep/er/archive/y.yaml',
  'placements/star*.yaml',
  'placements/trailing .yaml',
];

const PATTERN_SETS: string[][] = [
  ['placements/archive/'],
  ['archive/'], // a folder name at any depth
  ['archive'], // a name at any depth, file or folder
  ['/archive/'], // anchored to the base: matches nothing here
  ['*.draft.yaml'],
  ['placements/archive/*', '!placements/archive/keep.yaml'], // re-included
  ['placements/archive/*', '!keep.yaml'],
  ['placements/archive/', '!placements/archive/keep.yaml'], // git cannot re-include below an excluded folder
  ['placements/**/older.yaml'],
  ['**/archive/**', '!**/2024/**'],
  ['\\!urgent.yaml'], // an escaped ! is a name starting with !
  ['!urgent.yaml'], // an unescaped one re-includes (nothing to re-include)
  ['\\#notes.yaml'], // an escaped # is a name, not a comment
  ['#notes.yaml'], // a comment
  ['star\\*.yaml'], // an escaped * is the character
  ['trailing\\ .yaml'], // an escaped trailing space is kept
  ['[ab].yaml', 'placements/Archive?/'],
  ['*.yaml', '!a.yaml'],
  ['placements/*/', '!placements/archive/'],
  // No pattern at all: selectFiles then makes no path relative (a shortcut); the oracle says nothing is ignored.
  [],
  ['', '   '],
  ['# only a comment', ''],
  [' #notes.yaml'], // a leading space: not a comment, so not the shortcut
];

describe('ignores: exactly what the `ignore` package (.gitignore semantics, as ESLint) ignores', () => {
  const dir = tempDir();
  for (const f of TREE) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), 'x\n');
  }
  const rel = (files: string[]) => files.map((f) => relative(dir, f).split('\\').join('/')).sort();
  const oracle = (patterns: string[]) => TREE.filter((f) => !ignore().add(patterns).ignores(f)).sort();

  it.each(PATTERN_SETS.map((p) => [JSON.stringify(p), p]))('config ignores %s', (_name, patterns) => {
    const expected = oracle(patterns);
    const got = () => rel(selectFiles(['placements'], dir, { configIgnores: patterns, ignoreBase: dir }).files);
    expect(got()).toEqual(expected);
  });

  it.each(PATTERN_SETS.map((p) => [JSON.stringify(p), p]))(
    '--ignore-pattern %s, from a working folder below the config',
    (_name, patterns) => {
      // --ignore-pattern is relative to the working folder; here that is the base the oracle uses too.
      const expected = oracle(patterns);
      expect(rel(selectFiles([join(dir, 'placements')], dir, { ignorePatterns: patterns }).files)).toEqual(expected);
    },
  );

  it('the sets above differ from one another (each case tests something)', () => {
    const outcomes = new Set(PATTERN_SETS.map((p) => JSON.stringify(oracle(p))));
    expect(outcomes.size).toBeGreaterThan(10);
  });

  it('a folder or glob whose files are all ignored is a usage error (exit 2) when asked for; a named file is not', () => {
    const all = { configIgnores: ['*.yaml'], ignoreBase: dir, allIgnoredIsError: true };
    expect(() => selectFiles(['placements'], dir, all)).toThrow(UsageError);
    expect(() => selectFiles(['placements/**/*.yaml'], dir, all)).toThrow(
      /All the placement files in placements\/\*\*\/\*\.yaml are ignored/,
    );
    expect(selectFiles(['placements/a.yaml'], dir, all).files).toEqual([]);
    expect(selectFiles(['placements'], dir, { ...all, allIgnoredIsError: false }).files).toEqual([]);
  });
});

describe('globs', () => {
  const table: [string, string, boolean][] = [
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'x/a.yaml', false],
    ['**/*.yaml', 'a.yaml', true],
    ['**/*.yaml', 'x/y/a.yaml', true],
    ['p/**', 'p/x/y.yaml', true],
    ['p/**/q/*.yaml', 'p/q/a.yaml', true],
    ['p/**/q/*.yaml', 'p/r/s/q/a.yaml', true],
    ['p/**/q/*.yaml', 'p/r/a.yaml', false],
    ['p/{a,b}.yaml', 'p/b.yaml', true],
    ['p/{a,b}.yaml', 'p/c.yaml', false],
    ['p/{a,{b,c}x}.yaml', 'p/cx.yaml', true],
    ['p/{a}.yaml', 'p/{a}.yaml', true],
    ['p/[ab].yaml', 'p/c.yaml', false],
    ['p/[a-c].yaml', 'p/b.yaml', true],
    ['p/[!a-c].yaml', 'p/b.yaml', false],
    ['p/[!a-c].yaml', 'p/d.yaml', true],
    ['p/?.yaml', 'p/a.yaml', true],
    ['p/?.yaml', 'p/ab.yaml', false],
    ['a.b', 'axb', false],
    ['(x', '(x', true],
    ['p/[x', 'p/[x', true],
    ['p/\\*.yaml', 'p/*.yaml', true],
    ['p/\\*.yaml', 'p/a.yaml', false],
    ['*a*b', 'xaxxb', true],
    ['*a*b', 'xaxxbx', false],
    ['/abs/**/*.yaml', '/abs/p/a.yaml', true],
  ];
  it.each(table)('%s against %s: %s', (glob, path, hit) => {
    expect(globMatcher(glob)(path)).toBe(hit);
  });

  it('braces expand in order, nested, and at most 1,000 ways', () => {
    expect(expandBraces('p/{a,b{1,2}}/{x,y}')).toEqual(['p/a/x', 'p/a/y', 'p/b1/x', 'p/b1/y', 'p/b2/x', 'p/b2/y']);
    expect(() => expandBraces('{a,b}'.repeat(11))).toThrow(UsageError);
  });
});
