// Reads one placement file into typed records, with the `yaml-syntax`, `schema` and `date-format`
// findings that decide which blocks the other rules may look at.
import { relative } from 'node:path';
import { nodeFsLike, readBounded, type FsLike } from './fs.js';
import type { z } from 'zod';
import type { DataPath, Position, Severity, YamlDocument } from '../model/findings.js';
import type { PlacementRecord } from '../model/placement.js';
import {
  PlacementSchema, ProviderSchema, PLACEMENT_DATE_PATHS, PROVIDER_DATE_PATHS,
  type Placement, type Provider,
} from '../model/schema.js';
import { dayNumber, suggestIso } from '../model/dates.js';
import { exceedsNodeBudget, LineIndex, parseYaml, TooManyValuesError, YamlSyntaxError, type YamlTree } from './yaml.js';
import { describeIssue, keysAt, nearest } from './issues.js';
import { ASK_ZOD, fastParse } from './fast-valid.js';

/** A finding before severities apply: which rule, about which node. */
export interface FileFinding extends Position {
  ruleId: string;
  message: string;
  severity?: Severity;
}

export type { PlacementRecord } from '../model/placement.js';

/** Files larger than this are not placement files; they are refused before parsing so a 20 MB file costs nothing. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Values a file may expand to (aliases counted each time they are used): a "billion laughs" file stops here. */
export const MAX_VALUES = 200_000;

export class PlacementFile implements YamlDocument {
  readonly displayPath: string;
  source = '';
  private parsedTree: YamlTree | undefined;
  /** The provider block, when it passed the schema and date checks. */
  provider: Provider | undefined;
  /** Placements that passed the schema and date checks. */
  placements: PlacementRecord[] = [];
  /** The `yaml-syntax`, `schema` and `date-format` findings. */
  readonly fileFindings: FileFinding[] = [];
  /** Whether the file parsed as YAML at all. */
  parsed = false;
  private lines: LineIndex | undefined;
  /** Set by `release()`: the text was let go and is read again from the file when a position is asked for. */
  private released = false;
  /** Made from text in memory: there is no file to read again, so its text is never let go. */
  private inMemory = false;

  constructor(readonly path: string, cwd = process.cwd(), private readonly fs: FsLike = nodeFsLike) {
    this.displayPath = relative(cwd, path) || path;
  }

  /** A placement file from text in memory (no file system): parsed and validated like one read from disk. */
  static fromSource(path: string, text: string, cwd = process.cwd()): PlacementFile {
    const file = new PlacementFile(path, cwd);
    file.inMemory = true;
    file.fromBytes(Buffer.from(text, 'utf8'));
    return file;
  }

  /** Node positions, for the findings in this file. */
  get tree(): YamlTree | undefined {
    return this.parsedTree;
  }

  /**
   * Lets go of the text and node tree once the file is checked: an area of thousands of files keeps only
   * the records (measured: 6,000 files took 1.3 GB resident with their text, 0.45 GB without). A later
   * `at()` reads the file again, once.
   */
  release(): void {
    if (this.inMemory || !this.parsedTree) return;
    this.source = '';
    this.parsedTree = undefined;
    this.lines = undefined;
    this.released = true;
  }

  /** Where a finding about `path` goes: the node itself, else its nearest existing parent (at its key). */
  at(path: DataPath, opts: { key?: boolean } = {}): Position {
    if (this.released) {
      this.released = false;
      const again = new PlacementFile(this.path, undefined, this.fs).load();
      this.source = again.source;
      this.parsedTree = again.parsedTree;
    }
    if (!this.tree) return { line: 1, column: 1 };
    const { node, exact } = this.tree.locate(path);
    const useKey = (opts.key || !exact || node.collection) && node.keyStart !== undefined;
    const start = useKey ? node.keyStart! : node.start;
    const end = useKey ? node.keyEnd! : node.end;
    this.lines ??= new LineIndex(this.source);
    const a = this.lines.pos(start), b = this.lines.pos(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  private add(ruleId: string, path: DataPath, message: string, key = false): void {
    this.fileFindings.push({ ruleId, message, ...this.at(path, { key }) });
  }

  /** Reads, parses and validates. Never throws for anything the file holds. */
  load(): this {
    let bytes: Buffer;
    try {
      // Refuse by size before reading: a 3 GB file must cost nothing.
      const read = readBounded(this.fs, this.path, MAX_FILE_BYTES);
      if ('size' in read) {
        return this.syntax(`The file is ${(read.size / 1048576).toFixed(1)} MB; a placement file is a few KB. Check it is the right file, or split it into one file per provider.`);
      }
      bytes = read.bytes;
    } catch (e) {
      this.fileFindings.push({ ruleId: 'yaml-syntax', message: `The file cannot be read: ${this.unreadableWhy(e)}.`, line: 1, column: 1 });
      return this;
    }
    return this.fromBytes(bytes);
  }

  /** Parses and validates the file's bytes. */
  private fromBytes(bytes: Buffer): this {
    const nul = bytes.indexOf(0);
    if (nul >= 8192) {
      // Text with a stray NUL far in: say where, so it can be found and deleted.
      const at = new LineIndex(bytes.subarray(0, nul).toString('utf8')).pos(bytes.subarray(0, nul).toString('utf8').length);
      this.fileFindings.push({ ruleId: 'yaml-syntax', message: 'The file has a NUL character (a zero byte) here, which text files never hold: delete it, or save the file again as plain UTF-8 text.', ...at });
      return this;
    }
    if (bytes[0] === 0xff && bytes[1] === 0xfe || bytes[0] === 0xfe && bytes[1] === 0xff) {
      return this.syntax('The file is saved as UTF-16: save it again as UTF-8.');
    }
    if (bytes.subarray(0, 8192).includes(0)) {
      return this.syntax('The file is binary, not YAML text: check it is the right file, or remove it from the placements folder.');
    }
    try {
      this.source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return this.syntax('The file is not UTF-8 text: save it again as UTF-8 (most editors offer this in "Save as").');
    }
    if (blankOrComments(this.source)) {
      return this.syntax('The file is empty: add a provider: block and its placements:, or delete the file.');
    }
    let value: unknown;
    try {
      const parsed = parseYaml(this.source, MAX_VALUES);
      value = parsed.value;
      this.parsedTree = parsed.tree;
    } catch (e) {
      if (e instanceof TooManyValuesError) {
        return this.syntax(`The file holds more than ${MAX_VALUES.toLocaleString('en-GB')} values; a placement file holds a few hundred. Check it is the right file, or split it into one file per provider.`);
      }
      if (e instanceof YamlSyntaxError) {
        this.fileFindings.push({ ruleId: 'yaml-syntax', message: `This is not valid YAML: ${e.message}.`, line: e.line, column: e.column });
        return this;
      }
      throw e;
    }
    // Only aliases (`*name`) can make the values outnumber the nodes the parser already counted.
    if (this.source.includes('*') && exceedsNodeBudget(value, MAX_VALUES)) {
      return this.syntax(`The file expands to more than ${MAX_VALUES.toLocaleString('en-GB')} values (YAML aliases used over and over): write the values out instead of aliasing them.`);
    }
    this.parsed = true;
    if (value === null || value === undefined) {
      return this.syntax('The file is empty: add a provider: block and its placements:, or delete the file.');
    }
    this.validate(value);
    return this;
  }

  private unreadableWhy(e: unknown): string {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'it is a link that points back to itself (a loop): replace the link with the file it should point to';
    if (code === 'ENOENT') {
      try {
        if (this.fs.lstatSync(this.path).isSymbolicLink()) return `it is a link to ${this.fs.readlinkSync(this.path)}, which does not exist: fix or delete the link`;
      } catch { /* gone altogether */ }
      return 'it disappeared while being checked: run the check again';
    }
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied: let the user running ap-ready read it';
    if (code === 'EISDIR') return 'it is a folder, not a file';
    return `the system said ${code ?? (e as Error).message}`;
  }

  /** A folder under the given paths that could not be listed: its files were not checked. */
  static unreadableFolder(path: string, cwd: string): PlacementFile {
    const file = new PlacementFile(path, cwd);
    file.fileFindings.push({ ruleId: 'yaml-syntax', line: 1, column: 1,
      message: 'The folder cannot be read (permission denied), so the placement files in it were not checked: let the user running ap-ready read it.' });
    return file;
  }

  private syntax(message: string): this {
    this.fileFindings.push({ ruleId: 'yaml-syntax', message, line: 1, column: 1 });
    return this;
  }

  private validate(value: unknown): void {
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.add('schema', [], 'The file must be a mapping with a provider: block and a placements: list (see ap-ready init for an example).');
      return;
    }
    const top = value as Record<string, unknown>;
    for (const key of Object.keys(top)) {
      if (key !== 'provider' && key !== 'placements') {
        this.add('schema', [key], describeIssue({ code: 'unrecognized_keys', keys: [key], path: [] } as never, top, ['provider', 'placements']), true);
      }
    }
    if (top.provider === undefined) {
      this.add('schema', [], 'The provider: block is missing: add it with the provider\'s name, address and registration.');
    } else {
      const ok = this.block(ProviderSchema, top.provider, ['provider'], PROVIDER_DATE_PATHS);
      if (ok) this.provider = ok as Provider;
    }
    const list = top.placements;
    if (list === undefined || list === null) return;
    if (!Array.isArray(list)) {
      this.add('schema', ['placements'], 'placements: must be a list, each entry starting with "- pupil:".', true);
      return;
    }
    list.forEach((item, index) => {
      const ok = this.block(PlacementSchema, item, ['placements', index], PLACEMENT_DATE_PATHS);
      if (ok) this.placements.push({ index, placement: ok as Placement });
    });
  }

  /** Validates one block; returns the typed value when it has no schema or date finding. */
  private block(schema: z.ZodType, raw: unknown, at: DataPath, datePaths: (string | number)[][]): unknown {
    const before = this.fileFindings.length;
    // Valid blocks skip zod (fast-valid.ts gives what zod would); zod judges the rest and words the findings.
    const fast = fastParse(schema, raw);
    const result: { success: true; data: unknown } | ReturnType<typeof schema.safeParse> = fast !== ASK_ZOD ? { success: true, data: fast } : schema.safeParse(raw);
    if (!result.success) {
      // A typo'd key (start_dte) also leaves its field (start_date) missing: say it once, as the typo.
      const typoFor = new Set<string>();
      for (const issue of result.error.issues) {
        if (issue.code !== 'unrecognized_keys') continue;
        for (const key of issue.keys) {
          const guess = nearest(key, keysAt(schema, issue.path as DataPath));
          if (guess) typoFor.add([...issue.path, guess].join('\0'));
        }
      }
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            this.add('schema', [...at, ...(issue.path as DataPath), key], describeIssue({ ...issue, keys: [key] }, raw, schema), true);
          }
        } else if (!(issue.code === 'invalid_type' && typoFor.has(issue.path.join('\0')))) {
          this.add('schema', [...at, ...(issue.path as DataPath)], describeIssue(issue, raw, schema));
        }
      }
    }
    for (const p of datePaths) this.checkDates(raw, p, at, []);
    return this.fileFindings.length === before && result.success ? result.data : undefined;
  }

  private checkDates(value: unknown, rest: (string | number)[], at: DataPath, done: (string | number)[]): void {
    if (rest.length === 0) {
      if (typeof value === 'string') {
        const field = done.join('.');
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
          const iso = suggestIso(value);
          this.add('date-format', [...at, ...done], iso
            ? `${field} is "${value}": write dates as YYYY-MM-DD, here ${iso}.`
            : `${field} is "${value}", which is not a date: write it as YYYY-MM-DD, e.g. 2025-10-06.`);
        } else if (dayNumber(value) === undefined) {
          this.add('date-format', [...at, ...done], `${field} is ${value}, which is not a real date: check the day and month.`);
        }
      }
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const [head, ...tail] = rest;
    if (head === '*') {
      if (Array.isArray(value)) value.forEach((v, i) => this.checkDates(v, tail, at, [...done, i]));
    } else {
      this.checkDates((value as Record<string, unknown>)[head], tail, at, [...done, head]);
    }
  }
}

/**
 * Whether every line is blank or a comment. Stops at the first other line (the first or second, in a
 * real file) without splitting the whole text into lines first.
 */
function blankOrComments(src: string): boolean {
  for (let i = 0; ;) {
    const nl = src.indexOf('\n', i);
    if (!/^\s*(#.*)?$/.test(nl < 0 ? src.slice(i) : src.slice(i, nl))) return false;
    if (nl < 0) return true;
    i = nl + 1;
  }
}

/** Loads every file; the order of the result is the order of `paths`. */
export function loadPlacementFiles(paths: readonly string[], cwd = process.cwd(), fs: FsLike = nodeFsLike): PlacementFile[] {
  return paths.map((p) => new PlacementFile(p, cwd, fs).load());
}
