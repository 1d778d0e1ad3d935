// Parses one YAML file and keeps where every node stands in the source (yaml-tree.ts reads the positions).
//
// Two parsers: the fast one (fast-yaml.ts) for the plain YAML nearly every placement file is written in, and
// js-yaml for everything else, which also words every syntax error. Why js-yaml and not `yaml`'s
// parseDocument: measured on this 2-core machine, parseDocument takes ~8.7 ms for a 10 KB placement file and
// js-yaml ~1.0 ms. js-yaml's `listener` reports each node's open and close; from those the node arrays are
// filled, and line/column are computed only for the nodes a finding is about.
import jsYaml from 'js-yaml';
import { kindCode, Nodes } from './yaml-nodes.js';
import { YamlTree } from './yaml-tree.js';
import { parseFast } from './fast-yaml.js';

export { LineIndex, YamlTree } from './yaml-tree.js';

/** The file holds more nodes than any placement file could: parsing stops there. */
export class TooManyValuesError extends Error {}

export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

export interface ParsedYaml {
  value: unknown;
  tree: YamlTree;
  /** Nodes parsed (aliases count once here: exceedsNodeBudget counts their expansion). */
  nodes: number;
  /**
   * The values the file expands to, each alias counted as the values it stands for, when the parser counted
   * them as it read (the fast parser does); else exceedsNodeBudget walks the value.
   */
  values?: number;
}

/** Parses `src` (core schema: dates stay text, `yes` stays text). Throws YamlSyntaxError. */
export function parseYaml(src: string, maxNodes = Infinity): ParsedYaml {
  // Most files are plain YAML the fast parser reads itself; js-yaml parses the rest and words every error.
  const fast = parseFast(src, maxNodes);
  if (fast)
    return { value: fast.value, tree: new YamlTree(src, fast.t, 1, false), nodes: fast.nodes, values: fast.values };
  return parseWithJsYaml(src, maxNodes);
}

/** Parses `src` with js-yaml, whatever it holds (the tests hold the fast parser equal to this). */
export function parseWithJsYaml(src: string, maxNodes = Infinity): ParsedYaml {
  let nodes = 0;
  const t = new Nodes(Math.max(64, src.length >> 4));
  t.result = [];
  t.add(0); // node 0: the whole file
  const stack: number[] = [0];
  let value: unknown;
  try {
    value = jsYaml.load(src, {
      schema: jsYaml.CORE_SCHEMA,
      json: false,
      listener(event, state) {
        if (event === 'open') {
          if (++nodes > maxNodes) throw new TooManyValuesError();
          stack.push(t.add(state.position));
        } else {
          const i = stack.pop()!;
          t.kind[i] = kindCode(state.kind);
          t.result![i] = state.result;
          t.end[i] = state.position;
          t.last[i] = t.n - 1;
        }
      },
    });
  } catch (e) {
    if (e instanceof jsYaml.YAMLException) {
      const mark = (e as { mark?: { line: number; column: number } }).mark;
      // js-yaml may point just past the last line when the file ends early: point at the last line instead.
      let line = (mark?.line ?? 0) + 1,
        column = (mark?.column ?? 0) + 1;
      const lines = src.split(/\r\n|\r|\n/);
      const last = lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
      if (line > last) {
        line = Math.max(1, last);
        column = (lines[line - 1]?.length ?? 0) + 1;
      }
      throw new YamlSyntaxError(plainReason(e.reason), line, column);
    }
    throw e;
  }
  t.last[0] = t.n - 1;
  t.end[0] = src.length;
  const docs = t.children(0);
  return { value, tree: new YamlTree(src, t, docs.length ? docs[docs.length - 1] : -1), nodes };
}

/** js-yaml's reasons, said for people who are not developers. */
function plainReason(reason: string): string {
  if (/duplicated mapping key/.test(reason)) return 'a key appears twice in the same block: keep one of them';
  if (/tab characters must not be used/.test(reason)) return 'a tab is used for indentation: indent with spaces only';
  if (/bad indentation/.test(reason))
    return 'the indentation is wrong here: line it up with the other keys of its block';
  if (/end of the stream or a document separator is expected/.test(reason))
    return 'unexpected text here: check the indentation and any missing colon or dash';
  if (/expected a single document/.test(reason))
    return 'the file holds more than one YAML document (---): keep one provider per file';
  if (/unexpected end of the stream within a (single|double) quoted scalar/.test(reason))
    return 'a quoted value is never closed: add the closing quote';
  if (/unexpected end of the stream within a flow collection/.test(reason))
    return 'the file ends inside a [ ] or { } list: it may have been cut short, so check its end and add the closing bracket';
  if (/unexpected end of the (stream|input)/.test(reason))
    return 'the file ends too early: it may have been cut short, so check its end';
  if (/can not read a block mapping entry; a multiline key may not be an implicit key/.test(reason))
    return 'a line here is not a "key: value" pair: check for a missing colon or a value that should be indented under its key';
  if (/missed comma between flow collection entries/.test(reason))
    return 'a comma is missing between the entries of a { } or [ ] list';
  if (/nesting exceeded maxDepth/.test(reason)) return 'the file is nested too deeply to be a placement file';
  return reason;
}

/** Whether the file expands to more than `limit` values (aliases counted each time they are used). */
export function expandsPast(parsed: ParsedYaml, src: string, limit: number): boolean {
  if (parsed.values !== undefined) return parsed.values > limit;
  // Only aliases (`*name`) can make the values outnumber the nodes the parser already counted.
  return src.includes('*') && exceedsNodeBudget(parsed.value, limit);
}

/** Counts values as they would be expanded (aliases counted each time they are used), up to `limit`. */
function exceedsNodeBudget(value: unknown, limit: number): boolean {
  let count = 0;
  const walk = (v: unknown): boolean => {
    if (++count > limit) return true;
    if (Array.isArray(v)) {
      for (const x of v) if (walk(x)) return true;
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) if (walk((v as Record<string, unknown>)[k])) return true;
    }
    return false;
  };
  return walk(value);
}
