// Findings are data: every rule, the loader and the validator produce these, and formatters print them.

export type Severity = 'error' | 'warn';
export type DataPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A place in a file that is not a placement file (an attendance CSV): the rule names it directly. */
export interface FileLocation {
  /** Absolute path. */
  file: string;
  line: number;
  column: number;
}

export interface Finding extends Position {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Absolute path of the file the finding is about. */
  file: string;
  /** Set when an inline directive suppressed the finding. */
  suppression?: { justification: string };
}

/** A mistake in how the command was called (bad option, missing path, bad config): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export enum ExitCode {
  Ok = 0,
  LintErrors = 1,
  CouldNotRun = 2,
}
