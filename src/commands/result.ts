// What every command gives back to the command line: the exit code and the words for each stream. Nothing in
// a command prints or exits; `execute` (src/execute.ts) writes these, so the command line runs in-process.
import type { ExitCode } from '../model/findings.js';

export interface CommandResult {
  exitCode: ExitCode;
  /** For standard output (empty when `chunks` holds it, or when the report went to -o). */
  stdout: string;
  /**
   * The same output in chunks, written one after another, where a report can be made that way (the json
   * report of a large check is tens of megabytes); `stdout` is then empty.
   */
  chunks?: Iterable<string>;
  /** For standard error: warnings and notices, each line ending in a newline. */
  stderr: string;
}

/** A command's text result (lists, schemas, pages): exit 0 and that text on standard output. */
export const printed = (stdout: string, exitCode: ExitCode = 0): CommandResult => ({ exitCode, stdout, stderr: '' });
