// Where every node of a parsed YAML file stands, in flat arrays: what both parsers (fast-yaml.ts for the
// plain YAML placement files are written in, js-yaml with a listener for everything else) fill in, and what
// YamlTree (yaml.ts) reads to place a finding.

/** js-yaml's node kinds, as small numbers: 0 is a node whose kind is not (yet) known. */
export const KIND_NONE = 0,
  KIND_SCALAR = 1,
  KIND_MAPPING = 2,
  KIND_SEQUENCE = 3;
export function kindCode(kind: string | null): number {
  return kind === 'scalar'
    ? KIND_SCALAR
    : kind === 'mapping'
      ? KIND_MAPPING
      : kind === 'sequence'
        ? KIND_SEQUENCE
        : KIND_NONE;
}

/**
 * Every node of a file in flat arrays, numbered in the order js-yaml opens them (node 0 is the whole
 * file). A node's children are the nodes after it up to `last`, the last node of its subtree. Flat
 * numbers instead of an object and a child array per node: the 1,000-file check kept 132 MB of such
 * objects alive and spent a fifth of its time collecting them.
 */
export class Nodes {
  n = 0;
  open: Int32Array;
  end: Int32Array;
  last: Int32Array;
  kind: Uint8Array;
  /** Each node's value, as js-yaml's listener gives it (js-yaml's trees only: see `renamed`). */
  result: unknown[] | undefined;
  /**
   * The fast parser's trees keep no values (a reference per node kept every parsed value alive): a key's
   * name is its text in the source, except for the few keys listed here, such as `0x10` (stored as "16").
   */
  renamed: Map<number, string> | undefined;

  /**
   * Room for `capacity` nodes before growing (a placement file has about one node per 16 bytes); or, given
   * `from`, exactly its nodes in arrays of their own (see detach).
   */
  constructor(capacity: number, from?: Nodes) {
    const n = from ? from.n : 0;
    this.open = from ? from.open.slice(0, n) : new Int32Array(capacity);
    this.end = from ? from.end.slice(0, n) : new Int32Array(capacity);
    this.last = from ? from.last.slice(0, n) : new Int32Array(capacity);
    this.kind = from ? from.kind.slice(0, n) : new Uint8Array(capacity);
    this.n = n;
    this.renamed = from?.renamed;
  }

  add(open: number): number {
    if (this.n === this.open.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.open = grow(this.open);
      this.end = grow(this.end);
      this.last = grow(this.last);
      this.kind = grow(this.kind);
    }
    const i = this.n++;
    this.open[i] = open;
    this.result?.push(undefined);
    return i;
  }

  /**
   * A Nodes holding exactly this one's nodes, in arrays of their own; this one's arrays are left as they are.
   * The fast parser reads every file into one set of arrays kept for the next file and keeps only this copy:
   * per file, four array allocations instead of eight, and no zero-filling of room never used.
   */
  detach(): Nodes {
    return new Nodes(0, this);
  }

  /** Empty again, its arrays kept for the next file (see detach). */
  reset(): void {
    this.n = 0;
    this.renamed = undefined;
    this.result = undefined;
  }

  /** The children of node `i`, in order. */
  children(i: number): number[] {
    const out: number[] = [];
    for (let c = i + 1; c <= this.last[i]; c = this.last[c] + 1) out.push(c);
    return out;
  }
}
