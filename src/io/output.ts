// Writes a report or a document to the path a user gave as the output option (-o), without ever losing a file:
// - a regular file (or a new path) is written to a temporary file beside it (0600 from creation), given the
//   old file's mode (a new file that holds pupil data stays 0600), then renamed over it, so a failure half-way
//   leaves the old file exactly as it was;
// - a symlink is followed: its target is replaced, and the link stays a link;
// - anything else (a character device such as /dev/null, a FIFO, a terminal, /dev/stdout) is written to
//   directly and never renamed over: renaming would replace the device with a file of pupil data;
// - a path that is one of the run's inputs (a placement file, the config, a register…) is refused (exit 2);
// - with writeOutputFile, the one -o of every command (check, area, render), missing folders are made first.
import {
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UsageError } from '../model/findings.js';

export interface WriteOutputOptions {
  /** Every file the run read (absolute or relative to cwd): writing over one of them is refused. */
  inputs?: Iterable<string>;
  cwd?: string;
  /** The library option that named the path, for messages (default `output`; the CLI shows its flag). */
  option?: string;
  /**
   * A file ap-ready owns (the --cache file): a link at the path is replaced, never followed (a repository
   * could ship `.ap-ready-cache` as a link to any file of the user's), anything but a regular file is refused,
   * and the file is 0600 whatever mode an old one had.
   */
  own?: boolean;
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

/**
 * An input that is a folder pattern rather than one file: `<folder>/**` (every file below the folder: a
 * school's templates folder) or `<folder>/**` followed by `/*.<ext>` (the files of that kind below it: the placement
 * files of placements/, ignored ones too, and of the attendance folder). A run could read any of them, so
 * none may be an output, whether it exists yet or not.
 */
const FOLDER_INPUT = /^(.*?)[\\/]\*\*(?:[\\/]\*(\.[^\\/*]+))?$/;

/** The real path of `path`, or of its nearest existing folder with the rest appended (a new file's path). */
function realish(path: string): string {
  const rest: string[] = [];
  for (let p = path; ; p = dirname(p)) {
    try {
      return join(realpathSync(p), ...rest.reverse());
    } catch {
      if (dirname(p) === p) return path;
      rest.push(basename(p));
    }
  }
}

function insideFolder(target: string, folder: string, ext: string | undefined): boolean {
  const rel = relative(realish(folder), target);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
  return ext === undefined || extname(target).toLowerCase() === ext.toLowerCase();
}

/**
 * Throws when `target` is one of the inputs (compared by device and inode, so links and other spellings count),
 * or lies where a run reads files (an input folder pattern, see FOLDER_INPUT).
 */
export function refuseInput(given: string, target: Stats | undefined, opts: WriteOutputOptions): void {
  if (!opts.inputs) return;
  const cwd = opts.cwd ?? process.cwd();
  const id = target && identity(target);
  const real = realish(resolve(cwd, given));
  const refuse = (input: string, what: string) => {
    throw new UsageError(
      `Cannot write ${given}: it is ${what} (${input}), and writing would replace it or add to it. Choose another ${opts.option ?? 'output'} path.`,
      opts.option ?? 'output',
    );
  };
  for (const input of opts.inputs) {
    const folder = FOLDER_INPUT.exec(input);
    if (folder) {
      if (insideFolder(real, resolve(cwd, folder[1]), folder[2]))
        refuse(folder[1], folder[2] ? `where this run reads its ${folder[2]} files` : 'in a folder this run reads');
      continue;
    }
    if (!id) continue;
    const st = statOrUndefined(resolve(cwd, input));
    if (st && identity(st) === id) refuse(input, 'one of the files this run reads');
  }
}

function writeAll(fd: number, data: string | Uint8Array | Iterable<string>): void {
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) {
    for (const chunk of data) writeAll(fd, chunk);
    return;
  }
  const buf =
    typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off, buf.length - off);
}

/** Writes `data` (text, bytes, or text in chunks written one after another) to `given`, safely: see above. */
export function writeOutput(
  given: string,
  data: string | Uint8Array | Iterable<string>,
  opts: WriteOutputOptions = {},
): void {
  const cwd = opts.cwd ?? process.cwd();
  const path = resolve(cwd, given);
  const fail = (e: unknown): never => {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `Cannot write ${given}: ${why(e)}. Choose another ${opts.option ?? 'output'} path.`,
      opts.option ?? 'output',
    );
  };
  if (opts.own) return writeOwn(given, path, data, opts, fail);
  // stat follows links, /proc magic links (/dev/stdout → pipe:[…]) included.
  const st = statOrUndefined(path);
  if (!st) {
    let link: Stats | undefined;
    try {
      link = lstatSync(path);
    } catch {
      /* a new path */
    }
    if (link?.isSymbolicLink())
      fail(
        new UsageError(
          `Cannot write ${given}: it is a link to something that does not exist. Fix or remove the link, or choose another ${opts.option ?? 'output'} path.`,
          opts.option ?? 'output',
        ),
      );
  }
  if (st?.isDirectory()) fail(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
  refuseInput(given, st, opts);
  // The rename replaces what a link names, never the link itself.
  let real = path;
  if (st?.isFile()) {
    try {
      real = realpathSync(path);
    } catch (e) {
      fail(e);
    }
  }

  if (st && !st.isFile()) {
    // A device, FIFO, socket or terminal: write to it as it is. O_NONBLOCK so a FIFO nobody reads fails
    // at once (ENXIO) instead of hanging; then back to blocking writes so a slow reader gets every byte.
    let fd: number | undefined;
    try {
      fd = openSync(real, constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
      const opened = fstatSync(fd);
      if (opened.isFile() || opened.isDirectory())
        throw new UsageError(`Cannot write ${given}: it changed while being written. Run again.`);
      closeSync(fd);
      fd = openSync(real, constants.O_WRONLY | constants.O_NOCTTY);
      writeAll(fd, data);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENXIO')
        fail(
          new UsageError(
            `Cannot write ${given}: it is a named pipe (FIFO) that nothing is reading. Start the reader first, or choose another ${opts.option ?? 'output'} path.`,
            opts.option ?? 'output',
          ),
        );
      fail(e);
    } finally {
      if (fd !== undefined)
        try {
          closeSync(fd);
        } catch {
          /* already closed */
        }
    }
    return;
  }

  replaceFile(real, data, st, fail);
}

/** An own file (see `own`): lstat, so a link or a device at the path is seen as one and never written through. */
function writeOwn(
  given: string,
  path: string,
  data: string | Uint8Array | Iterable<string>,
  opts: WriteOutputOptions,
  fail: (e: unknown) => never,
): void {
  let link: Stats | undefined;
  try {
    link = lstatSync(path);
  } catch {
    /* a new file */
  }
  if (link && !link.isFile() && !link.isSymbolicLink())
    fail(new UsageError(`Cannot write ${given}: it is not a regular file.`, opts.option ?? 'output'));
  refuseInput(given, link?.isFile() ? link : undefined, opts);
  // The rename replaces the link itself; the file it named is left alone.
  replaceFile(path, data, undefined, fail);
}

/** Removes the temporary files of `real` that a run killed while writing left behind (their PID no longer runs). */
function removeStaleTemporaries(real: string): void {
  const prefix = `.${basename(real)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(real));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
    if (!m || Number(m[1]) === process.pid) continue;
    try {
      process.kill(Number(m[1]), 0);
      continue;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ESRCH') continue;
    }
    rmSync(join(dirname(real), name), { force: true });
  }
}

/** Writes a temporary file beside `real` and renames it over `real`; `old` is the file replaced, whose mode is kept. */
function replaceFile(
  real: string,
  data: string | Uint8Array | Iterable<string>,
  st: Stats | undefined,
  fail: (e: unknown) => never,
): void {
  removeStaleTemporaries(real);
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
    if (fd !== undefined)
      try {
        closeSync(fd);
      } catch {
        /* closed */
      }
    rmSync(tmp, { force: true });
    fail(e);
  }
}

/**
 * The -o of every command (check's and area's reports, render's documents): the missing folders of the path are
 * made (as ESLint's --output-file does), then the data is written as writeOutput writes it (never over one of
 * the run's inputs; a device or FIFO written to, never replaced; a file replaced whole or not at all).
 */
export function writeOutputFile(
  given: string,
  data: string | Uint8Array | Iterable<string>,
  opts: WriteOutputOptions = {},
): void {
  const cwd = opts.cwd ?? process.cwd();
  try {
    mkdirSync(dirname(resolve(cwd, given)), { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? 'part of the path is a file, not a folder'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EROFS'
            ? 'the disk is read-only'
            : `the system said ${code ?? (e as Error).message}`;
    throw new UsageError(
      `Cannot make the folder for ${given}: ${reason}. Choose another ${opts.option ?? 'output'} path.`,
      opts.option ?? 'output',
    );
  }
  writeOutput(given, data, opts);
}
