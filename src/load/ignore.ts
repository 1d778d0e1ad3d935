// Globs for the paths given to `check`, and ignore patterns with .gitignore's meaning.
//
// Ignores (the config's `ignores:`, --ignore-pattern) are matched by the `ignore` package, the implementation
// of .gitignore that ESLint uses: `!` re-includes, `\` escapes, a pattern with no slash (other than a trailing
// one) matches a name at any depth, a trailing slash only a folder, and nothing under an ignored folder can be
// re-included (as in git).
//
// Globs (`*` and `?` within one folder name, `**` across folders, `{a,b}` either, `[abc]` one of, `\` escapes)
// are matched here without regular expressions: a glob compiled to a backtracking regular expression takes
// exponential time on a pattern such as `*a*a*a…b` against a long name (picomatch's does too), and a command
// line must never hang on what a user typed. Within a name, the classic wildcard walk (one remembered `*`)
// takes at most (name length × pattern length) steps; across folders, each `**` is one step of a table over
// (pattern folders × path folders).
import { sep } from 'node:path';
import ignore from 'ignore';
import { UsageError } from '../model/findings.js';

const GLOB_CHARS = /[*?[\]{}]/;

export const isGlob = (s: string) => GLOB_CHARS.test(s);

/** The most alternatives `{a,b}` braces may make of one glob. */
const MAX_ALTERNATIVES = 1000;

type Token =
  | { kind: 'char'; c: string }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'class'; negate: boolean; ranges: [string, string][] };
const GLOBSTAR = Symbol('**');
type Segment = Token[] | typeof GLOBSTAR;

/** The top-level alternatives of the first `{…,…}` group, with what comes before and after it; undefined when there is none. */
function firstBraceGroup(glob: string): { before: string; options: string[]; after: string } | undefined {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') {
      i++;
      continue;
    }
    if (glob[i] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let j = i; j < glob.length; j++) {
      const c = glob[j];
      if (c === '\\') {
        j++;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        if (!commas.length) break; // "{a}" is literal, as in the shell
        const cuts = [i, ...commas, j];
        return {
          before: glob.slice(0, i),
          options: cuts.slice(1).map((end, k) => glob.slice(cuts[k] + 1, end)),
          after: glob.slice(j + 1),
        };
      } else if (c === ',' && depth === 1) commas.push(j);
    }
  }
  return undefined;
}

/** "p/{a,b}.yaml" as ["p/a.yaml", "p/b.yaml"], nested braces too. */
export function expandBraces(glob: string): string[] {
  const done: string[] = [];
  const queue = [glob];
  while (queue.length) {
    const g = queue.pop()!;
    const group = firstBraceGroup(g);
    if (!group) {
      done.push(g);
      continue;
    }
    for (const option of group.options) queue.push(group.before + option + group.after);
    if (done.length + queue.length > MAX_ALTERNATIVES) {
      throw new UsageError(
        `The pattern ${glob.slice(0, 80)} makes more than ${MAX_ALTERNATIVES} alternatives with its {…} braces: write a shorter pattern, or name a folder.`,
      );
    }
  }
  return done.reverse();
}

function tokens(segment: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) out.push({ kind: 'char', c: segment[++i] });
    else if (c === '*') {
      if (out.at(-1)?.kind !== 'star') out.push({ kind: 'star' });
    } else if (c === '?') out.push({ kind: 'any' });
    else if (c === '[') {
      const negate = segment[i + 1] === '!' || segment[i + 1] === '^';
      const start = i + (negate ? 2 : 1);
      const close = segment.indexOf(']', start + 1); // a ']' first in the class is one of its characters
      if (close < 0) {
        out.push({ kind: 'char', c });
        continue;
      }
      const body = segment.slice(start, close);
      const ranges: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          ranges.push([body[k], body[k + 2]]);
          k += 2;
        } else ranges.push([body[k], body[k]]);
      }
      out.push({ kind: 'class', negate, ranges });
      i = close;
    } else out.push({ kind: 'char', c });
  }
  return out;
}

function matchesOne(t: Token, c: string): boolean {
  if (t.kind === 'char') return t.c === c;
  if (t.kind === 'any') return true;
  if (t.kind === 'class') return t.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== t.negate;
  return false;
}

/** One folder or file name against one segment of a glob: the wildcard walk that remembers only the last `*`. */
function matchName(pattern: readonly Token[], name: string): boolean {
  let t = 0,
    i = 0,
    star = -1,
    starAt = 0;
  while (i < name.length) {
    const token = pattern[t];
    if (token && token.kind === 'star') {
      star = t++;
      starAt = i;
    } else if (token && matchesOne(token, name[i])) {
      t++;
      i++;
    } else if (star >= 0) {
      t = star + 1;
      i = ++starAt;
    } else return false;
  }
  while (pattern[t]?.kind === 'star') t++;
  return t === pattern.length;
}

function segments(glob: string): Segment[] {
  const out: Segment[] = [];
  for (const part of glob.split('/')) {
    if (part === '**') {
      if (out.at(-1) !== GLOBSTAR) out.push(GLOBSTAR);
    } else out.push(tokens(part));
  }
  return out;
}

/** A path's folder names against a glob's segments: reach[j] says the segments so far match the first j names. */
function matchPath(pattern: readonly Segment[], names: readonly string[]): boolean {
  let reach = new Array<boolean>(names.length + 1).fill(false);
  reach[0] = true;
  for (const segment of pattern) {
    const next = new Array<boolean>(names.length + 1).fill(false);
    if (segment === GLOBSTAR) {
      let any = false;
      for (let j = 0; j <= names.length; j++) next[j] = any ||= reach[j];
    } else {
      for (let j = 0; j < names.length; j++) if (reach[j] && matchName(segment, names[j])) next[j + 1] = true;
    }
    reach = next;
  }
  return reach[names.length];
}

/** A test of paths (forward slashes) against a glob, in time polynomial in their lengths, whatever the glob. */
export function globMatcher(glob: string): (path: string) => boolean {
  const alternatives = expandBraces(glob).map(segments);
  return (path) => {
    const names = path.split('/');
    return alternatives.some((a) => matchPath(a, names));
  };
}

/** The folders to search for a glob: its leading part with no glob characters ("placements" for "placements/**\/*.yaml"). */
export function globBase(glob: string): string {
  const parts = glob.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (isGlob(p)) break;
    fixed.push(p);
  }
  return fixed.length === parts.length ? glob : fixed.join('/') || '.';
}

export interface IgnoreMatcher {
  /** Whether a path (relative to the patterns' base, forward or back slashes) is ignored; `folder` for a folder. */
  ignores(relPath: string, folder?: boolean): boolean;
  /** No pattern at all (only blank lines and comments, or none): nothing is ignored, whatever the path. */
  readonly empty: boolean;
}

/** Patterns as in a .gitignore file (blank lines and `#` comments allowed), relative to one folder. */
export function ignoreMatcher(patterns: readonly string[]): IgnoreMatcher {
  // Most runs have no pattern: then no path need be made relative and split (2,000 path.relative() calls were
  // 17 ms of a 1,000-file check before its first file was read).
  if (patterns.every((p) => p.trim() === '' || p.startsWith('#'))) return { ignores: () => false, empty: true };
  const ig = ignore().add([...patterns]);
  return {
    empty: false,
    ignores(relPath: string, folder = false): boolean {
      const names = relPath.split(/[\\/]/).filter((s) => s !== '' && s !== '.');
      if (!names.length || names[0] === '..') return false;
      return ig.ignores(names.join('/') + (folder ? '/' : ''));
    },
  };
}

export const toSlashes = (p: string) => p.split(sep).join('/');
