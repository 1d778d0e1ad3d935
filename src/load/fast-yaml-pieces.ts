// The fast YAML parser's reading of one line's pieces: keys, plain and quoted scalars, flow lists and
// mappings (fast-yaml.ts reads the lines and their indentation). Each gives exactly the value js-yaml gives,
// with js-yaml's own resolvers for the core schema's types, or throws UNSURE for anything it does not know.
import jsYaml from 'js-yaml';
import { KIND_MAPPING, KIND_SCALAR, KIND_SEQUENCE, Nodes } from './yaml-nodes.js';

interface ImplicitType {
  tag: string;
  resolve(data: string): boolean;
  construct(data: string): unknown;
}
/** js-yaml's core schema's implicit types (null, bool, int, float), in the order js-yaml tries them. */
const IMPLICIT = (jsYaml.CORE_SCHEMA as unknown as { compiledImplicit?: ImplicitType[] }).compiledImplicit ?? [];
/** The shortcut in resolvePlain holds only for these four types: another js-yaml may resolve more. */
export const KNOWN_TYPES =
  IMPLICIT.map((t) => t.tag).join() === ['null', 'bool', 'int', 'float'].map((t) => `tag:yaml.org,2002:${t}`).join();

/**
 * Thrown inside the parser when the text is outside what it knows: js-yaml then parses the file. Made once,
 * so a bail-out costs no stack trace; caught by identity in fastYaml and never seen outside it.
 */
export const UNSURE = new Error('fast-yaml: outside what the fast parser knows');
/** Short scalars already made, by a hash of their text: [text, value, text, value, …], plain and quoted apart. */
const CACHE_SLOTS = 4096;
const PLAIN: unknown[] = new Array(CACHE_SLOTS * 2);
const QUOTED: unknown[] = new Array(CACHE_SLOTS * 2);
/** Deeper than this, the file is left to js-yaml (which has its own depth limit and message). */
export const MAX_DEPTH = 64;

/** A plain scalar's value, as js-yaml resolves it with the core schema. */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // A word starting with a letter is text unless it is a null or bool word (n, t, f in any case): no int
  // or float of the core schema starts with a letter.
  if (
    ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) &&
    c !== 110 &&
    c !== 78 &&
    c !== 116 &&
    c !== 84 &&
    c !== 102 &&
    c !== 70
  )
    return s;
  for (const type of IMPLICIT) if (type.resolve(s)) return type.construct(s);
  return s;
}

const isKeyChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
/** Characters js-yaml refuses in a scalar (non-printable), and line breaks other than \n: left to js-yaml. */
const isOdd = (c: number) => c < 32 || (c >= 0x7f && c <= 0x9f) || c >= 0xd800 || c === 0x2028 || c === 0x2029;
/** , [ ] { }: what ends a plain scalar inside a flow list or mapping. */
const isFlowIndicator = (c: number) => c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
/** Characters that cannot start a plain scalar (YAML's indicators). */
const INDICATOR = new Uint8Array(128);
for (const ch of ',[]{}#&*!|>\'"%@`?:-') INDICATOR[ch.charCodeAt(0)] = 1;

/** The arrays every file is read into (parsing is never re-entered), kept for the next file unless one grew them large. */
let scratch: Nodes | undefined;
const SCRATCH_KEPT = 1 << 16;

/** Empty node arrays for a file of `length` characters: about one node per 12 bytes, so room for one per 8. */
function scratchNodes(length: number): Nodes {
  const want = Math.max(64, length >> 3);
  if (!scratch || scratch.open.length < want) scratch = new Nodes(want);
  scratch.reset();
  return scratch;
}

/** After every parse, read or given up: the scratch arrays are let go if a large file grew them. */
export function doneWithScratch(): void {
  if (scratch && scratch.open.length > SCRATCH_KEPT) scratch = undefined;
}

/** Reads the pieces of a line; the parser of lines (fast-yaml.ts) extends it. */
export class PieceReader {
  readonly t: Nodes;
  protected depth = 0;
  /** Set by plain, quoted and flow: the offset just past what they read. */
  protected end = 0;
  /** Key nodes added: the values a file expands to are its nodes less its keys, plus `extra`. */
  protected keys = 0;
  /** Values no node stands for: each alias's copy of its anchor's values (less the alias's own node), each empty list item. */
  protected extra = 0;

  constructor(
    protected readonly src: string,
    private readonly maxNodes: number,
  ) {
    this.t = scratchNodes(src.length);
  }

  /** `key:` at p (the colon followed by a space or the line's end): the colon's offset, or -1. */
  protected keyAt(p: number): number {
    const src = this.src;
    let i = p;
    const first = src.charCodeAt(i);
    if (!isKeyChar(first) || first === 45) return -1;
    while (isKeyChar(src.charCodeAt(i))) i++;
    if (src.charCodeAt(i) !== 58 /* : */) return -1;
    const after = src.charCodeAt(i + 1);
    return after === 32 || after === 10 || Number.isNaN(after) ? i : -1;
  }

  protected add(open: number, kind: number): number {
    const t = this.t;
    if (t.n > this.maxNodes) throw UNSURE;
    const i = t.add(open);
    t.kind[i] = kind;
    return i;
  }

  protected close(i: number, end: number): void {
    this.t.end[i] = end;
    this.t.last[i] = this.t.n - 1;
  }

  /** A key node for the key from c to the colon, and its name as js-yaml stores it. */
  protected key(c: number, colon: number): string {
    const keyNode = this.add(c, KIND_SCALAR);
    this.keys++;
    const resolved = this.scalar(c, colon, PLAIN);
    this.close(keyNode, colon);
    // A key that stays text is its own text; one resolved to a number, bool or null is stored as String(value).
    if (typeof resolved === 'string') return resolved;
    const name = String(resolved);
    if (name.length !== colon - c || !this.src.startsWith(name, c)) (this.t.renamed ??= new Map()).set(keyNode, name);
    return name;
  }

  /** A plain scalar at p: up to the line's end or a comment (block), or to , ] } (flow). */
  protected plain(p: number, inFlow: boolean): unknown {
    const src = this.src,
      n = src.length;
    const first = src.charCodeAt(p);
    if (first < 128 && INDICATOR[first]) {
      // - may start a plain scalar when no space follows; ? : and the others are left to js-yaml.
      const after = src.charCodeAt(p + 1);
      if (!(
        first === 45 &&
        after !== 32 &&
        after !== 10 &&
        !Number.isNaN(after) &&
        !(inFlow && isFlowIndicator(after))
      ))
        throw UNSURE;
    }
    let i = p,
      last = p;
    for (; i < n; i++) {
      const c = src.charCodeAt(i);
      if (c === 10) break;
      if (c === 58 /* : */) {
        const after = src.charCodeAt(i + 1);
        if (after === 32 || after === 10 || Number.isNaN(after) || (inFlow && isFlowIndicator(after))) throw UNSURE;
      } else if (c === 35 /* # */ && src.charCodeAt(i - 1) === 32) {
        if (inFlow) throw UNSURE;
        break;
      } else if (inFlow && isFlowIndicator(c)) {
        if (c === 91 || c === 123) throw UNSURE; // a list or mapping opening inside a plain scalar
        break;
      } else if (isOdd(c)) throw UNSURE;
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
  protected scalar(start: number, end: number, cache: unknown[]): unknown {
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
  protected quoted(p: number): unknown {
    const src = this.src,
      n = src.length,
      q = src.charCodeAt(p);
    let i = p + 1,
      doubled = false;
    for (; ; i++) {
      if (i >= n) throw UNSURE;
      const c = src.charCodeAt(i);
      if (c === q) {
        if (q === 39 && src.charCodeAt(i + 1) === 39) {
          doubled = true;
          i++;
          continue;
        }
        break;
      }
      if (c === 92 /* \ */ && q === 34) throw UNSURE;
      if (c === 10 || isOdd(c)) throw UNSURE;
    }
    const node = this.add(p, KIND_SCALAR);
    const value = doubled
      ? src
          .slice(p + 1, i)
          .split("''")
          .join("'")
      : this.scalar(p + 1, i, QUOTED);
    this.close(node, i + 1);
    this.end = i + 1;
    return value;
  }

  /** One value inside a flow list or mapping, at `i`: a nested list or mapping, a quoted or a plain scalar. */
  protected flowValue(i: number): unknown {
    const c = this.src.charCodeAt(i);
    return c === 91 || c === 123 ? this.flow(i) : c === 34 || c === 39 ? this.quoted(i) : this.plain(i, true);
  }

  /** A flow list or mapping that opens and closes on this line. */
  protected flow(p: number): unknown {
    if (++this.depth > MAX_DEPTH) throw UNSURE;
    const src = this.src;
    const isMap = src.charCodeAt(p) === 123;
    const closer = isMap ? 125 : 93;
    const node = this.add(p, isMap ? KIND_MAPPING : KIND_SEQUENCE);
    const obj: Record<string, unknown> | undefined = isMap ? {} : undefined,
      arr: unknown[] | undefined = isMap ? undefined : [];
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
        const value = this.flowValue(i);
        if (obj) obj[key] = value;
        else arr!.push(value);
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
