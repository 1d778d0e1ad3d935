// The command line run in-process: `execute(args, io)` with streams that collect what it writes, a folder and
// an environment of the test's own. No process is started, so a test may run the CLI hundreds of times.
import { PassThrough, Writable } from 'node:stream';
import { execute } from '../../src/execute.js';

export interface Ran {
  /** The exit code execute() resolved to (what the process would exit with). */
  status: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** Added to an environment without colour (NO_COLOR=1), as the spawned CLI's tests had. */
  env?: NodeJS.ProcessEnv;
  /** What standard input holds (nothing: an empty, ended stream). */
  stdin?: string | Uint8Array;
  /** Pretend standard output is a terminal. */
  tty?: boolean;
}

/** A stream that keeps what is written to it. */
export function collector(): Writable & { text: () => string; isTTY?: boolean; columns?: number } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

/** Runs `ap-ready <args>` in-process and returns the exit code and what it wrote. */
export async function runCli(args: readonly string[], opts: RunOptions): Promise<Ran> {
  const stdout = collector(),
    stderr = collector();
  if (opts.tty) Object.assign(stdout, { isTTY: true, columns: 100 });
  const stdin = new PassThrough();
  stdin.end(opts.stdin === undefined ? undefined : Buffer.from(opts.stdin));
  const status = await execute(args, {
    stdin,
    stdout,
    stderr,
    cwd: opts.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...opts.env },
  });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
