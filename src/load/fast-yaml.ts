// A fast parser for the plain YAML that placement files are written in: block mappings and sequences, keys
// of letters, digits, `_` and `-`, one-line plain and quoted scalars, one-line flow lists and mappings,
// comments. It gives exactly what js-yaml gives for such a file (the same values, the core schema's
// implicit types resolved by js-yaml's own resolvers) and the node positions js-yaml's listener would,
// in about a third of the time. Anything else (anchors, tags, block scalars, a scalar over several lines,
// tabs, carriage returns, escapes, duplicate keys, a syntax error) makes it give up, and the file is
// parsed by js-yaml as before: it never judges what it is not sure of, so js-yaml words every error.
import jsYaml from 'js-yaml';
import { KIND_MAPPING, KIND_NONE, KIND_SCALAR, KIND_SEQUENCE, Nodes } from './yaml-nodes.js';

interface ImplicitType { tag: string; resolve(data: string): boolean; construct(data: string): unknown }
/** js-yaml's core schema's implicit types (null, bool, int, float), in the order js-yaml tries them. */
const IMPLICIT = (jsYaml.CORE_SCHEMA as unknown as { compiledImplicit?: ImplicitType[] }).compiledImplicit ?? [];
/** The shortcut in resolvePlain holds only for these four types: another js-yaml may resolve more. */
const KNOWN_TYPES = IMPLICIT.map((t) => t.tag).join() === ['null', 'bool', 'int', 'float'].map((t) => `tag:yaml.org,2002:${t}`).join();

/** Thrown inside the parser when the text is outside what it knows: js-yaml then parses the file. */
const UNSURE = Symbol('unsure');
/** Short scalars already made, by a hash of their text: [text, value, text, value, …], plain and quoted apart. */
const CACHE_SLOTS = 4096;
const PLAIN: unknown[] = new Array(CACHE_SLOTS * 2);
const QUOTED: unknown[] = new Array(CACHE_SLOTS * 2);
/** Deeper than this, the file is left to js-yaml (which has its own depth limit and message). */
const MAX_DEPTH = 64;

/** A plain scalar's value, as js-yaml resolves it with the core schema. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // A word starting with a letter is text unless it is a null or bool word (n, t, f in any case): no int
  // or float of the core schema starts with a letter.
  if (((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && c !== 110 && c !== 78 && c !== 116 && c !== 84 && c !== 102 && c !== 70) return s;
  for (const type of IMPLICIT) if (type.resolve(s)) return type.construct(s);
  return s;
}

const isKeyChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
/** Characters js-yaml refuses in a scalar (non-printable), and line breaks other than \n: left to js-yaml. */
const isOdd = (c: number) => c < 32 || (c >= 0x7f && c <= 0x9f) || c >= 0xd800 || c === 0x2028 || c === 0x2029;
/** Characters that cannot start a plain scalar (YAML's indicators). */
const INDICATOR = new Uint8Array(128);
for (const ch of ',[]{}#&*!|>\'"%@`?:-') INDICATOR[ch.charCodeAt(0)] = 1;

class Parser {
  readonly t: Nodes;
  /** Where js-yaml's position stands at the end of the file: it adds a line break when the text has none. */
  private readonly eof: number;
  private depth = 0;

  constructor(private readonly src: string, private readonly maxNodes: number) {
    // A placement file has about one node per 12 bytes: room for one per 8, trimmed to size at the end.
    this.t = new Nodes(Math.max(64, src.length >> 3));
    this.eof = src.charCodeAt(src.length - 1) === 10 ? src.length : src.length + 1;
  }

  /** Set by block, mapping, sequence and value: the next line with content after what they read, or -1. */
  private next = -1;
  /** Set by plain, quoted and flow: the offset just past what they read. */
  private end = 0;

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
    const src = this.src, n = src.length;
    for (;;) {
      const line = p; // nextContent is always given a line's start
      while (p < n && src.charCodeAt(p) === 32) p++;
      if (p >= n) return -1;
      const c = src.charCodeAt(p);
      if (c === 10) { p++; continue; }
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
    const src = this.src, n = src.length;
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

  /** `key:` at p (the colon followed by a space or the line's end): the colon's offset, or -1. */
  private keyAt(p: number): number {
    const src = this.src;
    let i = p;
    const first = src.charCodeAt(i);
    if (!isKeyChar(first) || first === 45) return -1;
    while (isKeyChar(src.charCodeAt(i))) i++;
    if (src.charCodeAt(i) !== 58 /* : */) return -1;
    const after = src.charCodeAt(i + 1);
    return after === 32 || after === 10 || Number.isNaN(after) ? i : -1;
  }

  private isDash(p: number): boolean {
    const after = this.src.charCodeAt(p + 1);
    return this.src.charCodeAt(p) === 45 && (after === 32 || after === 10 || Number.isNaN(after));
  }

  private add(open: number, kind: number): number {
    const t = this.t;
    if (t.n > this.maxNodes) throw UNSURE;
    const i = t.add(open);
    t.kind[i] = kind;
    return i;
  }

  private close(i: number, end: number): void {
    this.t.end[i] = end;
    this.t.last[i] = this.t.n - 1;
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

  /** A key node for the key from c to the colon, and its name as js-yaml stores it. */
  private key(c: number, colon: number): string {
    const keyNode = this.add(c, KIND_SCALAR);
    const resolved = this.scalar(c, colon, PLAIN);
    this.close(keyNode, colon);
    // A key that stays text is its own text; one resolved to a number, bool or null is stored as String(value).
    if (typeof resolved === 'string') return resolved;
    const name = String(resolved);
    if (name.length !== colon - c || !this.src.startsWith(name, c)) (this.t.renamed ??= new Map()).set(keyNode, name);
    return name;
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
      if (next < 0) { this.close(node, this.eof); return obj; }
      const ind = next - this.lineStart(next);
      if (ind < m) { this.close(node, next); return obj; }
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
      if (next < 0) { this.close(node, this.eof); return arr; }
      const ind = next - this.lineStart(next);
      if (ind > d) throw UNSURE;
      if (ind < d || !this.isDash(next)) { this.close(node, next); return arr; }
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

  /** A plain scalar at p: up to the line's end or a comment (block), or to , ] } (flow). */
  private plain(p: number, inFlow: boolean): unknown {
    const src = this.src, n = src.length;
    const first = src.charCodeAt(p);
    if (first < 128 && INDICATOR[first]) {
      // - may start a plain scalar when no space follows; ? : and the others are left to js-yaml.
      const after = src.charCodeAt(p + 1);
      if (!(first === 45 && after !== 32 && after !== 10 && !Number.isNaN(after) && !(inFlow && (after === 44 || after === 93 || after === 125 || after === 91 || after === 123)))) throw UNSURE;
    }
    let i = p, last = p;
    for (; i < n; i++) {
      const c = src.charCodeAt(i);
      if (c === 10) break;
      if (c === 58 /* : */) {
        const after = src.charCodeAt(i + 1);
        if (after === 32 || after === 10 || Number.isNaN(after) || (inFlow && (after === 44 || after === 93 || after === 125 || after === 91 || after === 123))) throw UNSURE;
      } else if (c === 35 /* # */ && src.charCodeAt(i - 1) === 32) {
        if (inFlow) throw UNSURE;
        break;
      } else if (inFlow && (c === 44 || c === 93 || c === 125)) break;
      else if (inFlow && (c === 91 || c === 123)) throw UNSURE;
      else if (isOdd(c)) throw UNSURE;
      if (c !== 32) last = i + 1;
    }
    if (last === p) throw UNSURE;
    const node = this.add(p, KIND_SCALAR);
    const value = this.scalar(p, last, PLAIN);
    this.close(node, last);
    this.end = last;
    return value;
  }

  /**
   * The value of the text from `start` to `end`: js-yaml's resolution for a plain scalar, the text itself
   * for a quoted one. Short texts repeat (keys, days, times, dates, codes), so each is made and resolved
   * once and then shared: fewer strings to allocate and collect, and no integer or float test repeated.
   */
  private scalar(start: number, end: number, cache: (string | unknown)[]): unknown {
    const src = this.src;
    const len = end - start;
    if (len > 24) return cache === PLAIN ? resolvePlain(src.slice(start, end)) : src.slice(start, end);
    let h = len;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + src.charCodeAt(i)) | 0;
    const slot = (h & (CACHE_SLOTS - 1)) * 2;
    const text = cache[slot] as string | undefined;
    if (text !== undefined && text.length === len && src.startsWith(text, start)) return cache[slot + 1];
    const fresh = src.slice(start, end);
    const value = cache === PLAIN ? resolvePlain(fresh) : fresh;
    cache[slot] = fresh;
    cache[slot + 1] = value;
    return value;
  }

  /** A quoted scalar on one line, without escapes ('' in single quotes is a quote). */
  private quoted(p: number): unknown {
    const src = this.src, n = src.length, q = src.charCodeAt(p);
    let i = p + 1, doubled = false;
    for (; ; i++) {
      if (i >= n) throw UNSURE;
      const c = src.charCodeAt(i);
      if (c === q) {
        if (q === 39 && src.charCodeAt(i + 1) === 39) { doubled = true; i++; continue; }
        break;
      }
      if (c === 92 /* \ */ && q === 34) throw UNSURE;
      if (c === 10 || isOdd(c)) throw UNSURE;
    }
    const node = this.add(p, KIND_SCALAR);
    const value = doubled ? src.slice(p + 1, i).split("''").join("'") : this.scalar(p + 1, i, QUOTED);
    this.close(node, i + 1);
    this.end = i + 1;
    return value;
  }

  /** A flow list or mapping that opens and closes on this line. */
  private flow(p: number): unknown {
    if (++this.depth > MAX_DEPTH) throw UNSURE;
    const src = this.src;
    const isMap = src.charCodeAt(p) === 123;
    const closer = isMap ? 125 : 93;
    const node = this.add(p, isMap ? KIND_MAPPING : KIND_SEQUENCE);
    const obj: Record<string, unknown> | undefined = isMap ? {} : undefined, arr: unknown[] | undefined = isMap ? undefined : [];
    let i = p + 1;
    while (src.charCodeAt(i) === 32) i++;
    if (src.charCodeAt(i) !== closer) {
      for (;;) {
        let key = '';
        if (isMap) {
          const colon = this.keyAt(i);
          if (colon < 0 || src.charCodeAt(colon + 1) !== 32) throw UNSURE;
          key = this.key(i, colon);
          if (obj![key] !== undefined || key === '__proto__') throw UNSURE;
          i = colon + 1;
          while (src.charCodeAt(i) === 32) i++;
        }
        const c = src.charCodeAt(i);
        const value = c === 91 || c === 123 ? this.flow(i) : c === 34 || c === 39 ? this.quoted(i) : this.plain(i, true);
        if (obj) obj[key] = value; else arr!.push(value);
        i = this.end;
        while (src.charCodeAt(i) === 32) i++;
        const s = src.charCodeAt(i);
        if (s === closer) break;
        if (s !== 44 /* , */) throw UNSURE;
        i++;
        while (src.charCodeAt(i) === 32) i++;
        if (src.charCodeAt(i) === closer) throw UNSURE; // a trailing comma: left to js-yaml
      }
    }
    this.close(node, i + 1);
    this.depth--;
    this.end = i + 1;
    return obj ?? arr;
  }
}

/**
 * Parses `src` if it is plain YAML of the kind placement files hold, filling the node arrays as js-yaml's
 * listener would; undefined when it is not sure (then js-yaml must parse it).
 */
export function parseFast(src: string, maxNodes: number): { value: unknown; t: Nodes; nodes: number } | undefined {
  if (!KNOWN_TYPES || src.includes('\t') || src.includes('\r') || src.includes('\0') || src.charCodeAt(0) === 0xfeff) return undefined;
  const parser = new Parser(src, maxNodes);
  try {
    const value = parser.document();
    parser.t.trim();
    return { value, t: parser.t, nodes: parser.t.n - 1 };
  } catch (e) {
    if (e === UNSURE) return undefined;
    throw e;
  }
}
