// A fast parser for the plain YAML that placement files are written in: block mappings and sequences, keys
// of letters, digits, `_` and `-`, one-line plain and quoted scalars, one-line flow lists and mappings,
// comments. It gives exactly what js-yaml gives for such a file (the same values, the core schema's
// implicit types resolved by js-yaml's own resolvers) and the node positions js-yaml's listener would,
// in about a third of the time. Anchors and aliases are read too (fast-yaml-anchors.ts). Anything else (tags,
// block scalars, a scalar over several lines,
// tabs, carriage returns, escapes, duplicate keys, a syntax error) makes it give up, and the file is
// parsed by js-yaml as before: it never judges what it is not sure of, so js-yaml words every error.
import { KIND_MAPPING, KIND_NONE, KIND_SEQUENCE, type Nodes } from './yaml-nodes.js';
import { doneWithScratch, KNOWN_TYPES, MAX_DEPTH, UNSURE } from './fast-yaml-pieces.js';
import { AnchorReader } from './fast-yaml-anchors.js';

class Parser extends AnchorReader {
  /** Where js-yaml's position stands at the end of the file: it adds a line break when the text has none. */
  private readonly eof: number;

  constructor(src: string, maxNodes: number) {
    super(src, maxNodes);
    this.eof = src.charCodeAt(src.length - 1) === 10 ? src.length : src.length + 1;
  }

  /** Set by block, mapping, sequence and value: the next line with content after what they read, or -1. */
  private next = -1;

  /** The top node, after node 0 (the whole file). */
  document(): unknown {
    const t = this.t;
    t.add(0);
    const first = this.nextContent(0);
    if (first < 0) throw UNSURE;
    const value = this.block(first, first - this.lineStart(first));
    if (this.next >= 0) throw UNSURE;
    t.last[0] = t.n - 1;
    t.end[0] = this.src.length;
    return value;
  }

  private lineStart(p: number): number {
    return p === this.lastContent ? this.lastContentLine : this.src.lastIndexOf('\n', p - 1) + 1;
  }
  /** The last line with content nextContent found, and where that line starts. */
  private lastContent = -1;
  private lastContentLine = 0;

  /** From `p` (a line's start, or just past a value), the first character of the next line with content, or -1 at the end. */
  private nextContent(p: number): number {
    const src = this.src,
      n = src.length;
    for (;;) {
      const line = p; // nextContent is always given a line's start
      while (p < n && src.charCodeAt(p) === 32) p++;
      if (p >= n) return -1;
      const c = src.charCodeAt(p);
      if (c === 10) {
        p++;
        continue;
      }
      if (c === 35 /* # */) {
        const nl = src.indexOf('\n', p);
        if (nl < 0) return -1;
        p = nl + 1;
        continue;
      }
      this.lastContent = p;
      this.lastContentLine = line;
      return p;
    }
  }

  /** After a value on its line: only spaces and a comment may follow. Returns the next line's start. */
  private endOfLine(p: number): number {
    const src = this.src,
      n = src.length;
    while (p < n && src.charCodeAt(p) === 32) p++;
    if (p >= n) return n;
    const c = src.charCodeAt(p);
    if (c === 10) return p + 1;
    if (c === 35 && src.charCodeAt(p - 1) === 32) {
      const nl = src.indexOf('\n', p);
      return nl < 0 ? n : nl + 1;
    }
    throw UNSURE;
  }

  private isDash(p: number): boolean {
    const after = this.src.charCodeAt(p + 1);
    return this.src.charCodeAt(p) === 45 && (after === 32 || after === 10 || Number.isNaN(after));
  }

  /** A block node whose first line's content starts at `c`, indented `indent`. */
  private block(c: number, indent: number): unknown {
    if (++this.depth > MAX_DEPTH) throw UNSURE;
    let value: unknown;
    if (this.isDash(c)) value = this.sequence(c, indent);
    else if (this.keyAt(c) >= 0) value = this.mapping(c, indent);
    else throw UNSURE;
    this.depth--;
    return value;
  }

  private mapping(c: number, m: number): Record<string, unknown> {
    const node = this.add(c, KIND_MAPPING);
    const obj: Record<string, unknown> = {};
    for (;;) {
      const colon = this.keyAt(c);
      if (colon < 0) throw UNSURE;
      const key = this.key(c, colon);
      // A duplicate, or a name every object has (constructor, __proto__): js-yaml says what to do.
      if (obj[key] !== undefined || key === '__proto__') throw UNSURE;
      obj[key] = this.value(colon + 1, m, true);
      const next = this.next;
      if (next < 0) {
        this.close(node, this.eof);
        return obj;
      }
      const ind = next - this.lineStart(next);
      if (ind < m) {
        this.close(node, next);
        return obj;
      }
      if (ind > m || this.isDash(next)) throw UNSURE;
      c = next;
    }
  }

  private sequence(c: number, d: number): unknown[] {
    const node = this.add(c, KIND_SEQUENCE);
    const arr: unknown[] = [];
    for (;;) {
      let p = c + 1;
      while (this.src.charCodeAt(p) === 32) p++;
      if (this.isDash(p)) throw UNSURE; // a list straight inside a list item
      const c0 = this.src.charCodeAt(p);
      if (Number.isNaN(c0) || c0 === 10 || c0 === 35) {
        // Nothing after the dash: a block below it, or an empty item, which js-yaml makes null without a node.
        const next = this.nextContent(this.endOfLine(p));
        if (next >= 0 && next - this.lineStart(next) > d) arr.push(this.block(next, next - this.lineStart(next)));
        else {
          // After an empty item js-yaml takes the next dash as this list's, however it is indented.
          if (next >= 0 && this.isDash(next) && next - this.lineStart(next) !== d) throw UNSURE;
          arr.push(null);
          this.extra++; // a value without a node
          this.next = next;
        }
      } else if (this.keyAt(p) >= 0) {
        // `- key: value`: a mapping whose keys line up with this first one.
        if (++this.depth > MAX_DEPTH) throw UNSURE;
        arr.push(this.mapping(p, p - this.lineStart(p)));
        this.depth--;
      } else {
        arr.push(this.value(p, d, false));
      }
      const next = this.next;
      if (next < 0) {
        this.close(node, this.eof);
        return arr;
      }
      const ind = next - this.lineStart(next);
      if (ind > d) throw UNSURE;
      if (ind < d || !this.isDash(next)) {
        this.close(node, next);
        return arr;
      }
      c = next;
    }
  }

  /**
   * The value after `key:` or `- ` at `p` (spaces may come first), in a block whose lines are indented `m`:
   * on the same line, or a block on the lines below. `inMapping`: a list may line up with its key.
   */
  private value(p: number, m: number, inMapping: boolean): unknown {
    const src = this.src;
    while (src.charCodeAt(p) === 32) p++;
    const c = src.charCodeAt(p);
    if (c === 38 /* & */) return this.anchored(p, m, inMapping);
    if (c === 42 /* * */) {
      const { value, node, end } = this.alias(p, false);
      const next = this.nextContent(this.endOfLine(end));
      if (next >= 0 && next - this.lineStart(next) > m) throw UNSURE;
      // js-yaml's alias ends where the next content starts (it skips the spaces, comments and lines after it).
      this.close(node, next >= 0 ? next : this.eof);
      this.next = next;
      return value;
    }
    if (Number.isNaN(c) || c === 10 || c === 35) {
      // Nothing on this line: a nested block below, or an empty value (null).
      const next = this.nextContent(this.endOfLine(p));
      if (next >= 0) {
        const ind = next - this.lineStart(next);
        if (ind > m || (inMapping && ind === m && this.isDash(next))) return this.block(next, ind);
      }
      this.close(this.add(p, KIND_NONE), p);
      this.next = next;
      return null;
    }
    let value: unknown;
    if (c === 91 /* [ */ || c === 123 /* { */) value = this.flow(p);
    else if (c === 34 || c === 39) value = this.quoted(p);
    else value = this.plain(p, false);
    const next = this.nextContent(this.endOfLine(this.end));
    // A more indented line after a one-line value continues it (or is an error): js-yaml knows which.
    if (next >= 0 && next - this.lineStart(next) > m) throw UNSURE;
    this.next = next;
    return value;
  }

  /** `&name` at `p` before a value: on this line (a scalar or flow), or a block on the lines below. */
  private anchored(p: number, m: number, inMapping: boolean): unknown {
    const src = this.src;
    const nameEnd = this.nameEnd(p, false);
    let r = nameEnd;
    while (src.charCodeAt(r) === 32) r++;
    const c = src.charCodeAt(r);
    let block = -1;
    if (Number.isNaN(c) || c === 10 || c === 35) {
      // PyYAML's way: the anchor ends the line, and its mapping or list follows, indented (or a list lined up
      // with its key). Anything else (an anchored empty value) is js-yaml's.
      block = this.nextContent(this.endOfLine(r));
      const ind = block < 0 ? -1 : block - this.lineStart(block);
      if (!(ind > m || (inMapping && ind === m && this.isDash(block)))) throw UNSURE;
    } else if (c === 38 || c === 42 || this.keyAt(r) >= 0) throw UNSURE; // two anchors, an anchored alias or key
    const mark = this.beginAnchor(p, nameEnd);
    const value = block >= 0 ? this.block(block, block - this.lineStart(block)) : this.value(r, m, inMapping);
    this.endAnchor(mark, p, value);
    return value;
  }
}

/**
 * Parses `src` if it is plain YAML of the kind placement files hold, filling the node arrays as js-yaml's
 * listener would; undefined when it is not sure (then js-yaml must parse it).
 */
export function parseFast(
  src: string,
  maxNodes: number,
): { value: unknown; t: Nodes; nodes: number; values: number } | undefined {
  if (!KNOWN_TYPES || src.includes('\t') || src.includes('\r') || src.includes('\0') || src.charCodeAt(0) === 0xfeff)
    return undefined;
  const parser = new Parser(src, maxNodes);
  try {
    const value = parser.document();
    // The file keeps a copy of its own: the parser's arrays are read into again by the next file.
    return { value, t: parser.t.detach(), nodes: parser.t.n - 1, values: parser.values() };
  } catch (e) {
    if (e === UNSURE) return undefined;
    throw e;
  } finally {
    doneWithScratch();
  }
}
