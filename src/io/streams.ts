// The command line's standard output and error, as streams it is given (the process's, or a test's), so a
// command's words all go one way and a failed write is an answer, not a crash:
// - a reader that has gone away (`ap-ready check | head -1`, EPIPE) ends the run quietly, with the exit code
//   it already had: there is nobody left to tell;
// - any other failure (`ap-ready check > /dev/full`: the disk is full) is said in one line on standard error,
//   and the run exits 2.

/** The streams and surroundings a run of the command line is given (the process's own in dist/cli.js). */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** The working folder every relative path is read against. */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** A write to standard output that failed: `code` is the system's (EPIPE, ENOSPC, EIO…). */
export class OutputError extends Error {
  constructor(
    readonly code: string | undefined,
    cause: unknown,
  ) {
    super(`standard output could not be written (${code ?? String(cause)})`);
    this.name = 'OutputError';
  }
}

/** Why a write failed, in words. */
export function writeFailure(code: string | undefined): string {
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EIO') return 'the device reported an input/output error';
  return `the system said ${code ?? 'it could not'}`;
}

/**
 * One output stream for the length of a run: text and chunks written in order, each once the last has gone
 * (so a report of tens of megabytes never sits in memory twice), a failure raised as an OutputError.
 */
export class Channel {
  private failed: NodeJS.ErrnoException | undefined;

  /** The failure of a write so far, if any. */
  get failure(): NodeJS.ErrnoException | undefined {
    return this.failed;
  }
  private readonly onError = (e: NodeJS.ErrnoException) => {
    this.failed ??= e;
  };

  /**
   * `escape` is applied to everything `say` writes (standard error: control characters made visible, so a
   * message quoting a file's text cannot repaint the terminal).
   */
  constructor(
    readonly stream: NodeJS.WritableStream,
    private readonly escape: (text: string) => string = (text) => text,
  ) {
    // Listening means a failed write never becomes an uncaught 'error' event.
    stream.on('error', this.onError);
  }

  /** Stops listening (the run is over). */
  release(): void {
    this.stream.removeListener('error', this.onError);
  }

  private check(): void {
    if (this.failed) throw new OutputError(this.failed.code, this.failed);
  }

  /** Hands the chunk on; false when the stream wants a 'drain' first. A failure is kept and raised by the next step. */
  private put(chunk: string): boolean {
    return this.stream.write(chunk, (e?: Error | null) => {
      if (e) this.failed ??= e as NodeJS.ErrnoException;
    });
  }

  /** Writes the text (nothing for an empty one) and waits until it has gone. */
  async write(text: string): Promise<void> {
    this.check();
    if (!text) return;
    this.put(text);
    await this.flushed();
  }

  /** Writes each chunk once the stream has room for it, then waits until all have gone. */
  async writeAll(chunks: Iterable<string>): Promise<void> {
    for (const chunk of chunks) {
      this.check();
      if (!chunk) continue;
      if (!this.put(chunk)) await this.drained();
    }
    await this.flushed();
  }

  private drained(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.failed) return reject(new OutputError(this.failed.code, this.failed));
      const ok = () => {
        this.stream.removeListener('error', bad);
        resolve();
      };
      const bad = (e: NodeJS.ErrnoException) => {
        this.stream.removeListener('drain', ok);
        reject(new OutputError(e.code, e));
      };
      this.stream.once('drain', ok);
      this.stream.once('error', bad);
    });
  }

  /** Resolves once everything written so far has been handed on (an empty write's callback comes after them). */
  private flushed(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.stream.write('', (e?: Error | null) => {
        const failed = e ?? this.failed;
        if (failed) reject(new OutputError((failed as NodeJS.ErrnoException).code, failed));
        else resolve();
      });
    });
  }

  /** Waits until everything written has gone; raises a failure of any of it. */
  async finish(): Promise<void> {
    this.check();
    await this.flushed();
  }

  /** Writes text without waiting, and never fails (standard error: a message that cannot be shown is lost). */
  say(text: string): void {
    if (!text || this.failed) return;
    try {
      this.stream.write(this.escape(text));
    } catch {
      /* nowhere left to say it */
    }
  }
}
