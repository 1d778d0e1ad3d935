// Findings are data: every rule, the loader and the validator produce these, and formatters print them.

export type Severity = 'error' | 'warn';
export type DataPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Finding extends Position {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Which of the rule's messages this is (absent for the loader's findings). */
  messageId?: string;
  /** Absolute path of the file the finding is about. */
  file: string;
  /** Set when an inline directive suppressed the finding. */
  suppression?: { justification: string };
}

/** A mistake in how the command was called (bad option, missing path, bad config): exit code 2. */
export class UsageError extends Error {
  /** The library option the message is about (e.g. `asOf`), so a CLI can name its own flag instead. */
  readonly option?: string;
  constructor(message: string, option?: string) {
    super(message);
    this.option = option;
    this.name = 'UsageError';
  }
}

export enum ExitCode {
  Ok = 0,
  LintErrors = 1,
  CouldNotRun = 2,
}

/** A file a check looked at, as the reports list it. */
export interface CheckedFile {
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the working folder, for people. */
  readonly displayPath: string;
}

/** A YAML document that can say where a data path is (a placement file, a pupil register). */
export interface YamlDocument extends CheckedFile {
  at(path: DataPath, opts?: { key?: boolean }): Position;
}

/**
 * Where a finding goes: a node of a YAML document by its data path (`key` points at the key rather than
 * the value), or a place in any file by absolute path, line and column (a row of an attendance CSV).
 */
export type Location =
  | { readonly file: YamlDocument; readonly path: DataPath; readonly key?: boolean }
  | {
      readonly file: string;
      readonly line: number;
      readonly column: number;
      readonly endLine?: number;
      readonly endColumn?: number;
    };
