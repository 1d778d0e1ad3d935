// Anchors (`&id001`) and aliases (`*id001`) for the fast YAML parser, as Python's PyYAML writes a value used
// twice: the anchor on the value's first use (a mapping or list on the lines below, or a scalar or flow list
// after it), an alias at each later use. js-yaml gives an alias the anchored value itself, not a copy, and so
// does this: a file of aliases used over and over ("billion laughs") costs no more to parse than its text,
// and the values it would expand to are counted as the nodes are read (`values`), for the loaders' limit.
//
// Positions are js-yaml's: an anchored node starts at its `&` (js-yaml's node opens before its properties),
// and an alias is a node of no kind of its own, so a finding about an aliased value, or inside one, is placed
// at the alias, on its key (yaml-tree.ts), never in the anchored block it stands for. Anything else (an alias
// used as a key, an anchor on a key or on nothing, an alias before or inside its anchor's value, an anchor
// defined twice, a name of characters other than letters, digits, `_` and `-`) is left to js-yaml.
import { KIND_NONE } from './yaml-nodes.js';
import { PieceReader, UNSURE } from './fast-yaml-pieces.js';

/** An anchored value and the values it expands to; OPEN while its own value is still being read. */
interface Anchored {
  value: unknown;
  size: number;
}
const OPEN: Anchored = { value: undefined, size: 0 };

const isNameChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
/** What may end an anchor's or alias's name: a space, the line's end, the file's end, or , ] } in a flow. */
const endsName = (c: number, inFlow: boolean) =>
  c === 32 || c === 10 || Number.isNaN(c) || (inFlow && (c === 44 || c === 93 || c === 125));

/** Where an anchored value's reading began, to count the values it expands to at its end. */
export interface AnchorMark {
  name: string;
  node: number;
  keys: number;
  extra: number;
}

export class AnchorReader extends PieceReader {
  private anchors: Map<string, Anchored> | undefined;

  /** The values the file expands to, each alias counted as the values of its anchor. */
  values(): number {
    return this.t.n - 1 - this.keys + this.extra;
  }

  /** The end of the `&name` or `*name` at `p`. */
  protected nameEnd(p: number, inFlow: boolean): number {
    const src = this.src;
    let i = p + 1;
    while (isNameChar(src.charCodeAt(i))) i++;
    if (i === p + 1 || !endsName(src.charCodeAt(i), inFlow)) throw UNSURE;
    return i;
  }

  /** An anchor `&name` at `p` whose value is about to be read: the value's node will be the next one added. */
  protected beginAnchor(p: number, end: number): AnchorMark {
    const name = this.src.slice(p + 1, end);
    const anchors = (this.anchors ??= new Map());
    // Defined twice: js-yaml's later aliases take the second, and an alias inside it the unfinished one.
    if (anchors.has(name)) throw UNSURE;
    anchors.set(name, OPEN);
    return { name, node: this.t.n, keys: this.keys, extra: this.extra };
  }

  /** The anchored value has been read: its node starts at the `&` at `p`, as js-yaml's does. */
  protected endAnchor(mark: AnchorMark, p: number, value: unknown): void {
    this.t.open[mark.node] = p;
    const size = this.t.n - mark.node - (this.keys - mark.keys) + (this.extra - mark.extra);
    this.anchors!.set(mark.name, { value, size });
  }

  /** The alias `*name` at `p`: its node (closed by the caller, where js-yaml's ends) and the anchored value. */
  protected alias(p: number, inFlow: boolean): { value: unknown; node: number; end: number } {
    const end = this.nameEnd(p, inFlow);
    const anchored = this.anchors?.get(this.src.slice(p + 1, end));
    // Not defined (js-yaml refuses it), or used inside its own value (js-yaml makes a loop): js-yaml's.
    if (!anchored || anchored === OPEN) throw UNSURE;
    const node = this.add(p, KIND_NONE);
    this.extra += anchored.size - 1;
    return { value: anchored.value, node, end };
  }

  /** A flow list's or mapping's value may be anchored or an alias too. */
  protected override flowValue(i: number): unknown {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (c === 42 /* * */) {
      const { value, node, end } = this.alias(i, true);
      let after = end;
      while (src.charCodeAt(after) === 32) after++;
      this.close(node, after);
      this.end = end;
      return value;
    }
    if (c !== 38 /* & */) return super.flowValue(i);
    const nameEnd = this.nameEnd(i, true);
    let p = nameEnd;
    while (src.charCodeAt(p) === 32) p++;
    const v = src.charCodeAt(p);
    // An anchor on nothing, on an alias or on a key: left to js-yaml.
    if (p === nameEnd || v === 44 || v === 93 || v === 125 || v === 38 || v === 42 || this.keyAt(p) >= 0) throw UNSURE;
    const mark = this.beginAnchor(i, nameEnd);
    const value = super.flowValue(p);
    this.endAnchor(mark, i, value);
    return value;
  }
}
