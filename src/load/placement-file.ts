// Reads one placement file into typed records, with the `yaml-syntax`, `schema` and `date-format`
// findings that decide which blocks the other rules may look at.
import { SpecialFileError } from './open-regular.js';
import { InputBudget } from './budget.js';
import { UsageError } from '../model/findings.js';
import { relative } from 'node:path';
import { nodeFsLike, readBounded, type FsLike } from './fs.js';
import type { DataPath, Position, Severity, YamlDocument } from '../model/findings.js';
import type { PlacementRecord } from '../model/placement.js';
import type { Provider } from '../model/schema.js';
import {
  expandsPast,
  LineIndex,
  parseYaml,
  TooManyValuesError,
  YamlSyntaxError,
  type ParsedYaml,
  type YamlTree,
} from './yaml.js';
import { blankOrComments, decodeText } from './text.js';
import { validatePlacementDocument, type ValidPlacements } from './validate.js';
import { thousands } from '../model/wording.js';

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
  /** Entries of `placements:` that failed the schema or date checks: not counted in the summary, which says so. */
  unreadablePlacements = 0;
  /** The `yaml-syntax`, `schema` and `date-format` findings. */
  readonly fileFindings: FileFinding[] = [];
  /** Whether the file parsed as YAML at all. */
  parsed = false;
  private lines: LineIndex | undefined;
  /** Set by `release()`: the text was let go and is read again from the file when a position is asked for. */
  private released = false;
  /** Made from text in memory: there is no file to read again, so its text is never let go. */
  private inMemory = false;

  constructor(
    readonly path: string,
    cwd = process.cwd(),
    protected readonly fs: FsLike = nodeFsLike,
  ) {
    this.displayPath = relative(cwd, path) || path;
  }

  /**
   * A placement file from text or bytes in memory (no file system, e.g. standard input): parsed and validated
   * like one read from disk, with the same size limit.
   */
  static fromSource(path: string, text: string | Uint8Array, cwd = process.cwd()): PlacementFile {
    const file = new PlacementFile(path, cwd);
    file.inMemory = true;
    const bytes =
      typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
    return bytes.length > MAX_FILE_BYTES ? file.tooLarge(bytes.length) : file.fromBytes(bytes);
  }

  private tooLarge(size: number): this {
    return this.syntax(
      `The file is ${(size / 1048576).toFixed(1)} MB; a placement file is a few KB. Check it is the right file, or split it into one file per provider.`,
    );
  }

  /** Node positions, for the findings in this file. */
  get tree(): YamlTree | undefined {
    return this.parsedTree;
  }

  /**
   * No text value of the file is longer than this (Infinity when unknown: a file read again, or not parsed):
   * rules that look for long text skip the files that cannot hold any.
   */
  longestText(): number {
    return this.parsedTree?.longestLeaf() ?? Infinity;
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
    const a = this.lines.pos(start),
      b = this.lines.pos(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  protected add(ruleId: string, path: DataPath, message: string, key = false): void {
    this.fileFindings.push({ ruleId, message, ...this.at(path, { key }) });
  }

  /** Reads, parses and validates. Never throws for anything the file holds. */
  load(budget = new InputBudget()): this {
    let bytes: Buffer;
    try {
      // Only a regular file, checked on the opened descriptor: a FIFO or device swapped in is refused.
      // Refuse by size before reading: a 3 GB file must cost nothing.
      const read = readBounded(this.fs, this.path, MAX_FILE_BYTES);
      if ('size' in read) return this.tooLarge(read.size);
      budget.chargeBytes(read.bytes.length, this.displayPath);
      bytes = read.bytes;
    } catch (e) {
      if (e instanceof UsageError) throw e;
      if (e instanceof SpecialFileError && e.kind === 'growing')
        return this.syntax('The file grew while it was being read: run the check again once nothing is writing to it.');
      const why =
        e instanceof SpecialFileError && e.kind === 'a folder'
          ? 'it is a folder, not a file'
          : e instanceof SpecialFileError
            ? `it is ${e.kind}, not a file: remove it from the placements folder, or name the YAML file itself`
            : this.unreadableWhy(e);
      this.fileFindings.push({
        ruleId: 'yaml-syntax',
        message: `The file cannot be read: ${why}.`,
        line: 1,
        column: 1,
      });
      return this;
    }
    return this.fromBytes(bytes, budget);
  }

  /** Parses and validates the file's bytes, charging its values to the run's budget. */
  protected fromBytes(bytes: Buffer, budget = new InputBudget()): this {
    const decoded = decodeText(bytes);
    if ('problem' in decoded) {
      this.fileFindings.push({ ruleId: 'yaml-syntax', ...decoded.problem });
      return this;
    }
    this.source = decoded.text;
    if (blankOrComments(this.source)) {
      return this.syntax(this.emptyMessage());
    }
    let value: unknown, parsed: ParsedYaml;
    try {
      const left = budget.valuesLeft();
      parsed = parseYaml(this.source, Math.min(MAX_VALUES, left));
      value = parsed.value;
      this.parsedTree = parsed.tree;
      budget.chargeValues(parsed.nodes, this.displayPath);
    } catch (e) {
      if (e instanceof TooManyValuesError) {
        if (budget.valuesLeft() < MAX_VALUES) budget.valuesExceeded(this.displayPath);
        return this.syntax(
          `The file holds more than ${thousands(MAX_VALUES)} values; a placement file holds a few hundred. Check it is the right file, or split it into one file per provider.`,
        );
      }
      if (e instanceof YamlSyntaxError) {
        this.fileFindings.push({
          ruleId: 'yaml-syntax',
          message: `This is not valid YAML: ${e.message}.`,
          line: e.line,
          column: e.column,
        });
        return this;
      }
      throw e;
    }
    if (expandsPast(parsed, this.source, MAX_VALUES)) {
      return this.syntax(
        `The file expands to more than ${thousands(MAX_VALUES)} values (YAML aliases used over and over): write the values out instead of aliasing them.`,
      );
    }
    this.parsed = true;
    if (value === null || value === undefined) {
      return this.syntax(this.emptyMessage());
    }
    try {
      this.validate(value);
    } catch (e) {
      // Whatever goes wrong with one file stays with that file: the others are still checked.
      if (e instanceof UsageError) throw e;
      return this.syntax(
        `The file could not be checked (${String((e as Error)?.message ?? e).slice(0, 120)}): check it is a placement file, and report this if it is.`,
      );
    }
    return this;
  }

  /** What an empty file is told (the pupil register says it differently). */
  protected emptyMessage(): string {
    return 'The file is empty: add a provider: block and its placements:, or delete the file.';
  }

  private unreadableWhy(e: unknown): string {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      return 'it is a link that points back to itself (a loop): replace the link with the file it should point to';
    if (code === 'ENOENT') {
      try {
        if (this.fs.lstatSync(this.path).isSymbolicLink())
          return `it is a link to ${this.fs.readlinkSync(this.path)}, which does not exist: fix or delete the link`;
      } catch {
        /* gone altogether */
      }
      return 'it disappeared while being checked: run the check again';
    }
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied: let the user running ap-ready read it';
    if (code === 'EISDIR') return 'it is a folder, not a file';
    return `the system said ${code ?? (e as Error).message}`;
  }

  /** A folder under the given paths that could not be listed: its files were not checked. */
  static unreadableFolder(path: string, cwd: string): PlacementFile {
    const file = new PlacementFile(path, cwd);
    file.fileFindings.push({
      ruleId: 'yaml-syntax',
      line: 1,
      column: 1,
      message:
        'The folder cannot be read (permission denied), so the placement files in it were not checked: let the user running ap-ready read it.',
    });
    return file;
  }

  private syntax(message: string): this {
    this.fileFindings.push({ ruleId: 'yaml-syntax', message, line: 1, column: 1 });
    return this;
  }

  protected validate(value: unknown): void {
    // Filled as it goes: what passed before anything unexpected threw is kept, as the findings made so far are.
    const valid: ValidPlacements = { placements: this.placements, unreadable: 0 };
    try {
      validatePlacementDocument(value, (...finding) => this.add(...finding), valid);
    } finally {
      this.provider = valid.provider;
      this.unreadablePlacements += valid.unreadable;
    }
  }
}

/** Loads every file, in the order of `paths`. */
export function loadPlacementFiles(
  paths: readonly string[],
  cwd = process.cwd(),
  fs: FsLike = nodeFsLike,
  budget = new InputBudget(),
): PlacementFile[] {
  return paths.map((p) => new PlacementFile(p, cwd, fs).load(budget));
}
