// Reading one of the area's own YAML files (area.yaml, providers.yaml): a mistake in either stops the
// command (exit 2) with every problem listed at once, each at its line; findings can point into either.
import { nodeFsLike, readBounded } from '../load/fs.js';
import { SpecialFileError } from '../load/open-regular.js';
import { isAbsolute, relative, resolve } from 'node:path';
import { UsageError, type DataPath, type Position } from '../model/findings.js';
import { LineIndex, parseYaml, YamlSyntaxError, type YamlTree } from '../load/yaml.js';

export interface AreaYaml {
  abs: string;
  /** Relative to the working folder when inside it, else in full. */
  shown: string;
  raw: unknown;
  at: (p: DataPath, key?: boolean) => Position;
  /** "area.yaml:3:5": where a problem is, for a usage message. */
  where: (p: DataPath, key?: boolean) => string;
}

export function shownPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

/** An area file or provider directory: a few kilobytes (a large trust's directory, a few hundred). */
const MAX_AREA_YAML_BYTES = 5 * 2 ** 20;

/** Reads and parses; `what` names the file in messages ("the area file", "the provider directory"). */
export function readAreaYaml(path: string, cwd: string, what: string, hint: string): AreaYaml {
  const abs = resolve(cwd, path);
  const shown = shownPath(abs, cwd);
  let src: string;
  try {
    // Through the one bounded reader: a FIFO cannot block, /dev/zero cannot fill the memory.
    const read = readBounded(nodeFsLike, abs, MAX_AREA_YAML_BYTES, { shown });
    if (!('bytes' in read))
      throw new UsageError(
        `${shown} is ${Math.round(read.size / 2 ** 20)} MB, far larger than ${what}: give the path of ${what} (${hint}).`,
      );
    src = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if (e instanceof SpecialFileError)
      throw new UsageError(`${shown} is ${e.kind}, not an ordinary file: give the path of ${what} (${hint}).`);
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `${shown} does not exist: give the path of ${what} (${hint}).`
        : `${shown} cannot be read (${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `the system said ${code ?? 'unknown error'}`}): give the path of ${what} (${hint}).`,
    );
  }
  return parseAreaYaml(src, abs, shown, what);
}

/** The same, from the file's text (`abs` its absolute path, `shown` the path as messages name it). */
export function parseAreaYaml(src: string, abs: string, shown: string, what: string): AreaYaml {
  let tree: YamlTree, raw: unknown;
  try {
    const parsed = parseYaml(src, 100_000);
    tree = parsed.tree;
    raw = parsed.value;
  } catch (e) {
    if (e instanceof YamlSyntaxError)
      throw new UsageError(`${shown}:${e.line}:${e.column}: ${what} is not valid YAML: ${e.message}.`);
    throw new UsageError(`${shown}: ${what} is too large to be ${what}.`);
  }
  const lines = new LineIndex(src);
  const at = (p: DataPath, key = false): Position => {
    const { node, exact } = tree.locate(p);
    const off = (key || !exact || node.collection) && node.keyStart !== undefined ? node.keyStart : node.start;
    return lines.pos(off);
  };
  const where = (p: DataPath, key = false) => {
    const pos = at(p, key);
    return `${shown}:${pos.line}:${pos.column}`;
  };
  return { abs, shown, raw, at, where };
}

export function problemsError(what: string, problems: readonly string[]): UsageError {
  return new UsageError(
    `${what} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
}
