// Writes a report or a document to the path a user gave as the output option (-o), without ever losing a file:
// - a regular file (or a new path) is written to a temporary file beside it (0600 from creation), given the
//   old file's mode (a new file that holds pupil data stays 0600), then renamed over it, so a failure half-way
//   leaves the old file exactly as it was;
// - a symlink is followed: its target is replaced, and the link stays a link;
// - anything else (a character device such as /dev/null, a FIFO, a terminal, /dev/stdout) is written to
//   directly and never renamed over: renaming would replace the device with a file of pupil data;
// - a path that is one of the run's inputs (a placement file, the config, a register…) is refused (exit 2).
import { closeSync, constants, fchmodSync, fstatSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../model/findings.js';

export interface WriteOutputOptions {
  /** Every file the run read (absolute or relative to cwd): writing over one of them is refused. */
  inputs?: Iterable<string>;
  cwd?: string;
  /** The library option that named the path, for messages (default `output`; the CLI shows its flag). */
  option?: string;
}

const identity = (st: Stats) => `${st.dev}:${st.ino}`;

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'ELOOP') return 'it is a link that points back to itself';
  return `the system said ${code ?? (e as Error).message}`;
}

/** Throws when `target` is one of the inputs (compared by device and inode, so links and other spellings count). */
export function refuseInput(given: string, target: Stats | undefined, opts: WriteOutputOptions): void {
  if (!target || !opts.inputs) return;
  const cwd = opts.cwd ?? process.cwd();
  const id = identity(target);
  for (const input of opts.inputs) {
    const st = statOrUndefined(resolve(cwd, input));
    if (st && identity(st) === id) {
      throw new UsageError(`Cannot write ${given}: it is one of the files this run reads (${input}), and writing would replace it. Choose another ${opts.option ?? 'output'} path.`, opts.option ?? 'output');
    }
  }
}

function writeAll(fd: number, data: string | Uint8Array | Iterable<string>): void {
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) {
    for (const chunk of data) writeAll(fd, chunk);
    return;
  }
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off, buf.length - off);
}

/** Writes `data` (text, bytes, or text in chunks written one after another) to `given`, safely: see above. */
export function writeOutput(given: string, data: string | Uint8Array | Iterable<string>, opts: WriteOutputOptions = {}): void {
  const cwd = opts.cwd ?? process.cwd();
  const path = resolve(cwd, given);
  const fail = (e: unknown): never => {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`Cannot write ${given}: ${why(e)}. Choose another ${opts.option ?? 'output'} path.`, opts.option ?? 'output');
  };
  // stat follows links, /proc magic links (/dev/stdout → pipe:[…]) included.
  const st = statOrUndefined(path);
  if (!st) {
    let link: Stats | undefined;
    try { link = lstatSync(path); } catch { /* a new path */ }
    if (link?.isSymbolicLink()) fail(new UsageError(`Cannot write ${given}: it is a link to something that does not exist. Fix or remove the link, or choose another ${opts.option ?? 'output'} path.`, opts.option ?? 'output'));
  }
  if (st?.isDirectory()) fail(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  refuseInput(given, st, opts);
  // The rename replaces what a link names, never the link itself.
  let real = path;
  if (st?.isFile()) {
    try { real = realpathSync(path); } catch (e) { fail(e); }
  }

  if (st && !st.isFile()) {
    // A device, FIFO, socket or terminal: write to it as it is. O_NONBLOCK so a FIFO nobody reads fails
    // at once (ENXIO) instead of hanging; then back to blocking writes so a slow reader gets every byte.
    let fd: number | undefined;
    try {
      fd = openSync(real, constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
      const opened = fstatSync(fd);
      if (opened.isFile() || opened.isDirectory()) throw new UsageError(`Cannot write ${given}: it changed while being written. Run again.`);
      closeSync(fd);
      fd = openSync(real, constants.O_WRONLY | constants.O_NOCTTY);
      writeAll(fd, data);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENXIO') fail(new UsageError(`Cannot write ${given}: it is a named pipe (FIFO) that nothing is reading. Start the reader first, or choose another ${opts.option ?? 'output'} path.`, opts.option ?? 'output'));
      fail(e);
    } finally {
      if (fd !== undefined) try { closeSync(fd); } catch { /* already closed */ }
    }
    return;
  }

  // A regular file or a new one: a temporary file beside it, 0600 from the moment it exists.
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    writeAll(fd, data);
    // The old file's mode (a report the school made group-readable stays so); a new one stays 0600.
    if (st) fchmodSync(fd, st.mode & 0o7777);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, real);
  } catch (e) {
    if (fd !== undefined) try { closeSync(fd); } catch { /* closed */ }
    rmSync(tmp, { force: true });
    fail(e);
  }
}
