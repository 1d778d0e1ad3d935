// Where each node of a parsed YAML file stands, for placing a finding: the path of a value → its node, and
// offsets → line and column. Both parsers (fast-yaml.ts, and js-yaml with a listener in yaml.ts) fill the
// same flat node arrays (yaml-nodes.ts) this reads.
import { KIND_MAPPING, KIND_NONE, KIND_SEQUENCE, type Nodes } from './yaml-nodes.js';

/** Where one node stands: offsets into the source. */
export interface PosNode {
  /** Offset of the node's first character (or of its key, for an empty value). */
  start: number;
  /** Offset just past the node. */
  end: number;
  /** Offset of the key whose value this node is, when it is a mapping value. */
  keyStart?: number;
  keyEnd?: number;
  /** A mapping or a sequence. */
  collection: boolean;
}

/** Whether a character is white space as the regular expression \s has it, without a regular expression per character. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Skips spaces, line breaks and comments from `i`. */
function skipBlank(src: string, i: number): number {
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) i++;
    else if (c === 35 /* # */ && (i === 0 || isSpace(src.charCodeAt(i - 1)))) {
      while (i < n && src.charCodeAt(i) !== 10) i++;
    } else break;
  }
  return i;
}

function trimEnd(src: string, start: number, end: number): number {
  while (end > start && isSpace(src.charCodeAt(end - 1))) end--;
  return end;
}

/** Past this many keys or items, a collection is indexed once instead of walked on each look-up. */
const LONG = 64;

/** A node js-yaml first tried as an implicit key and then kept whole wraps itself once: see through it. */
function unwrap(t: Nodes, f: number): number {
  for (;;) {
    const c = f + 1;
    // Exactly one child: the first child's subtree ends where f's does.
    if (t.kind[f] === KIND_NONE || c > t.last[f] || t.last[c] !== t.last[f]) return f;
    if (t.result![c] !== t.result![f] || t.kind[c] !== t.kind[f]) return f;
    f = c;
  }
}

/**
 * The positions of a parsed file. Nothing is built up front (a check of 1,000 files looks up only the
 * nodes its findings are about); a mapping's key index is built the first time it is searched.
 */
export class YamlTree {
  /** A long mapping's keys → key node, built the first time the mapping is searched. */
  private readonly indexes = new Map<number, Map<string, number>>();
  /** A long sequence's items, listed the first time it is searched. */
  private readonly items = new Map<number, number[]>();
  /**
   * `top` is the document's node, or -1 for a file with no document. `wrapped`: js-yaml's listener opens
   * some nodes twice (see unwrap); the fast parser's nodes are never wrapped.
   */
  constructor(
    private readonly src: string,
    private readonly t: Nodes,
    private readonly top: number,
    private readonly wrapped = true,
  ) {}

  private unwrap(f: number): number {
    return this.wrapped ? unwrap(this.t, f) : f;
  }

  /**
   * An upper bound on the length of every text value in the file: the longest source of a node with no
   * children. A scalar's value is never longer than its source (quoting, escapes, folding and indentation
   * only shorten it), and an alias is the value of its anchor, which is a node of the same file. A node whose
   * end was never set makes the bound unknown (Infinity).
   */
  longestLeaf(): number {
    const t = this.t;
    let longest = 0;
    for (let i = 0; i < t.n; i++) {
      if (t.last[i] !== i) continue;
      const span = t.end[i] - t.open[i];
      if (span < 0) return Infinity;
      if (span > longest) longest = span;
    }
    return longest;
  }

  /** The deepest node along `path`; `exact` says whether the whole path exists. */
  locate(path: readonly (string | number)[]): { node: PosNode; exact: boolean } {
    if (this.top < 0) return { node: { start: 0, end: 0, collection: false }, exact: path.length === 0 };
    const t = this.t;
    let frame = this.unwrap(this.top);
    let key = -1;
    let exact = true;
    for (const k of path) {
      let value = -1,
        keyNode = -1;
      if (typeof k === 'number' && t.kind[frame] === KIND_SEQUENCE) {
        value = this.item(frame, k);
      } else if (t.kind[frame] === KIND_MAPPING) {
        keyNode = this.entry(frame, String(k));
        if (keyNode >= 0) value = t.last[keyNode] + 1;
      }
      // Not found: the finding goes on the deepest node that exists, at its key.
      if (value < 0) {
        exact = false;
        break;
      }
      key = keyNode;
      frame = this.unwrap(value);
    }
    return { node: this.node(frame, key), exact };
  }

  /**
   * The `k`th item of a sequence, or -1. Walked from the first item (a few steps in a placement file); past
   * the first LONG items the sequence is listed once, so findings on each of 8,000 items stay linear.
   */
  private item(f: number, k: number): number {
    const t = this.t;
    if (k >= LONG) {
      let index = this.items.get(f);
      if (!index) this.items.set(f, (index = t.children(f)));
      return index[k] ?? -1;
    }
    let i = 0;
    for (let c = f + 1; c <= t.last[f]; c = t.last[c] + 1) if (i++ === k) return c;
    return -1;
  }

  /** A key node's name, as js-yaml stores it. */
  private keyName(c: number): string {
    const t = this.t;
    return t.result ? String(t.result[c]) : (t.renamed?.get(c) ?? this.src.slice(t.open[c], t.end[c]));
  }

  /** Whether key node `c` is named `name`, compared in place without making its name. */
  private isKey(c: number, name: string): boolean {
    const t = this.t;
    if (t.result) return String(t.result[c]) === name;
    const renamed = t.renamed?.get(c);
    if (renamed !== undefined) return renamed === name;
    return t.end[c] - t.open[c] === name.length && this.src.startsWith(name, t.open[c]);
  }

  /**
   * The key node of `name` in a mapping, or -1 (its value is the node after the key's subtree). Keys are
   * compared in order (a placement has a few dozen); a mapping with more than LONG keys is indexed once.
   */
  private entry(f: number, name: string): number {
    const t = this.t;
    const index = this.indexes.get(f);
    if (index) return index.get(name) ?? -1;
    let n = 0;
    for (let c = f + 1; c < t.last[f]; n++) {
      if (n === LONG) return this.entries(f).get(name) ?? -1;
      if (this.isKey(c, name)) return c;
      c = t.last[t.last[c] + 1] + 1;
    }
    return -1;
  }

  /** Offsets of every scalar, keys included, sorted: a `#` inside one is text, not a comment. */
  scalarRanges(): [number, number][] {
    const out: [number, number][] = [];
    const t = this.t;
    const walk = (f: number) => {
      f = this.unwrap(f);
      if (t.kind[f] === KIND_MAPPING || t.kind[f] === KIND_SEQUENCE) t.children(f).forEach(walk);
      else if (t.kind[f] !== KIND_NONE) {
        const start = skipBlank(this.src, t.open[f]);
        out.push([start, Math.max(start, trimEnd(this.src, start, t.end[f]))]);
      }
    };
    if (this.top >= 0) walk(this.top);
    return out.sort((a, b) => a[0] - b[0]);
  }

  private entries(f: number): Map<string, number> {
    let index = this.indexes.get(f);
    if (!index) {
      index = new Map();
      const c = this.t.children(f);
      for (let i = 0; i + 1 < c.length; i += 2) if (!index.has(this.keyName(c[i]))) index.set(this.keyName(c[i]), c[i]);
      this.indexes.set(f, index);
    }
    return index;
  }

  private node(f: number, key: number): PosNode {
    const src = this.src,
      t = this.t;
    const start = skipBlank(src, t.open[f]);
    const collection = t.kind[f] === KIND_MAPPING || t.kind[f] === KIND_SEQUENCE;
    const node: PosNode = { start, end: Math.max(start, trimEnd(src, start, t.end[f])), collection };
    if (key >= 0) {
      node.keyStart = skipBlank(src, t.open[key]);
      node.keyEnd = trimEnd(src, node.keyStart, t.end[key]);
      if (t.kind[f] === KIND_NONE) {
        node.start = node.keyStart;
        node.end = node.keyEnd;
      }
    }
    return node;
  }
}

/** Offsets → 1-based line and column, computed once per file and only when a finding needs it. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly src: string) {}
  private lineStarts(): number[] {
    if (!this.starts) {
      const s = [0];
      // indexOf finds each line break far faster than a loop over every character.
      for (let i = this.src.indexOf('\n'); i >= 0; i = this.src.indexOf('\n', i + 1)) s.push(i + 1);
      // A CR alone (classic Mac line ends) also ends a line, for YAML as for js-yaml.
      if (this.src.includes('\r')) {
        s.length = 1;
        const re = /\r\n?|\n/g;
        for (let m; (m = re.exec(this.src));) s.push(m.index + m[0].length);
      }
      this.starts = s;
    }
    return this.starts;
  }
  pos(offset: number): { line: number; column: number } {
    const s = this.lineStarts();
    let lo = 0,
      hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - s[lo] + 1 };
  }
}
