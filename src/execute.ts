// The whole command line as one function: `execute(args, io)` parses the arguments (commander), runs one
// command and writes what it says to the streams it is given, then returns the exit code. It never exits,
// never reads process.cwd() or process.env and never prints to the console: dist/cli.js passes the process's
// own streams, tests pass their own and run it in-process. Each command's modules load only when it runs,
// so `--help` starts fast.
import { CommanderError } from 'commander';
import { ExitCode } from './model/findings.js';
import { Channel, OutputError, writeFailure, type CliIO } from './io/streams.js';
import type { CommandResult } from './commands/result.js';
import { makeProgram } from './commands/program.js';
import { printable } from './report/escape.js';

/**
 * Text for stderr with every control character shown as a visible escape except the line breaks between its
 * lines: a message may quote a config file's text (a school's name, a path), which could hold ESC, CR or
 * an OSC-8 link that would repaint the terminal.
 */
function safeLines(text: string): string {
  return text
    .split('\n')
    .map((line) => printable(line))
    .join('\n');
}

export type { CliIO } from './io/streams.js';

/** The command-line flag of each library option an error may name. */
const OPTION_FLAGS: Record<string, string> = {
  asOf: '--as-of',
  output: '--output',
  configPath: '--config',
  giasPath: '--gias',
  within: '--within',
  format: '--format',
};

/**
 * Runs the command line with these arguments (without the `node` and script path: `['check', 'placements']`).
 * Resolves to the exit code: 0 no errors, 1 errors found (or too many warnings), 2 could not run.
 */
export async function execute(argv: readonly string[], io: CliIO): Promise<number> {
  const out = new Channel(io.stdout);
  const err = new Channel(io.stderr, safeLines);
  const debug = argv.includes('--debug');
  // Set by a command before its output is written: a reader that goes away (EPIPE) ends the run with it.
  let exitCode: number = ExitCode.Ok;
  /** Writes a command's result: standard output (text or chunks), then standard error. */
  const emit = async (result: CommandResult) => {
    exitCode = result.exitCode;
    try {
      if (result.chunks) await out.writeAll(result.chunks);
      else await out.write(result.stdout);
    } finally {
      // Said whether or not standard output could be written (its reader may have gone: `| head -1`).
      err.say(result.stderr);
    }
  };
  // --debug also says how long each phase of a document took (check, html, launch, load, print).
  const phases = debug
    ? (phase: string, ms: number) => err.say(`ap-ready: ${phase} took ${Math.round(ms)} ms\n`)
    : undefined;
  let code: number;
  try {
    const program = await makeProgram(io, out, err, emit, phases);
    // No arguments at all asks what the tool does: the help, on standard output, exit 0 (as `eslint --help`;
    // a mistake in the arguments is what goes to standard error with exit 2).
    await program.parseAsync(argv.length ? [...argv] : ['--help'], { from: 'user' });
    code = exitCode;
  } catch (e) {
    code = await handleError(e, { err, debug, exitCode });
  }
  try {
    // Whatever was written last (the help, a version) has gone, or its failure is known (and said once).
    if (!out.failure) await out.finish();
  } catch (e) {
    code = await handleError(e, { err, debug, exitCode: code });
  } finally {
    out.release();
    err.release();
  }
  return code;
}

/** The exit code and the one line for whatever ended the run early. */
async function handleError(e: unknown, run: { err: Channel; debug: boolean; exitCode: number }): Promise<number> {
  const { err } = run;
  if (e instanceof OutputError) {
    // The reader went away: nobody is left to tell, and the run ends as it would have.
    if (e.code === 'EPIPE') return run.exitCode;
    err.say(
      `ap-ready: could not write to standard output: ${writeFailure(e.code)}. Write the report to a file with -o instead, or free some space.\n`,
    );
    return ExitCode.CouldNotRun;
  }
  if (e instanceof CommanderError) {
    return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help'
      ? ExitCode.Ok
      : ExitCode.CouldNotRun;
  }
  const { UsageError } = await import('./model/findings.js');
  if (e instanceof UsageError) {
    // The library names its options (asOf); a person typed a flag (--as-of).
    const flag = e.option ? OPTION_FLAGS[e.option] : undefined;
    const message = flag ? e.message.replace(new RegExp(`(^|\\s)${e.option}(?=[\\s."])`, 'g'), `$1${flag}`) : e.message;
    err.say(`ap-ready: ${message}\n`);
    return ExitCode.CouldNotRun;
  }
  if (run.debug) err.say(`${(e as Error)?.stack ?? String(e)}\n`);
  else
    err.say(
      `ap-ready: something unexpected went wrong: ${(e as Error)?.message ?? String(e)}. Run again with --debug for details, and report it.\n`,
    );
  return ExitCode.CouldNotRun;
}
