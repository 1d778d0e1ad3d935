// Writes a report or a document to the path a user gave as the output option (-o), without ever losing a file:
// - a regular file (or a new path) is written to a temporary file beside it (0600 from creation), given the
//   old file's mode (a new file that holds pupil data stays 0600), then renamed over it, so a failure half-way
//   leaves the old file exactly as it was;
// - a symlink is followed: its target is replaced, and the link stays a link;
// - anything else (a character device such as /dev/null, a FIFO, a terminal, /dev/stdout) is written to
//   directly and never renamed over: renaming would replace the device with a file of pupil data;
// - a path that is one of the run's inputs (a placement file, the config, a register…) is refused (exit 2);
// - with writeOutputFile, the one -o of every command (check, area, render), missing folders are made first.
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, realpathSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../model/findings.js';
import { refuseInput, statOrUndefined, type InputGuard } from './refuse-input.js';
import { replaceFile, writeAll } from './replace-file.js';

export interface WriteOutputOptions extends InputGuard {
  /**
   * A file ap-ready owns (the --cache file): a link at the path is replaced, never followed (a repository
   * could ship `.ap-ready-cache` as a link to any file of the user's), anything but a regular file is refused,
   * and the file is 0600 whatever mode an old one had.
   */
  own?: boolean;
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

/** Writes `data` (text, bytes, or text in chunks written one after another) to `given`, safely: see above. */
export function writeOutput(
  given: string,
  data: string | Uint8Array | Iterable<string>,
  opts: WriteOutputOptions,
): void {
  const cwd = opts.cwd;
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

/**
 * The -o of every command (check's and area's reports, render's documents): the missing folders of the path are
 * made (as ESLint's --output-file does), then the data is written as writeOutput writes it (never over one of
 * the run's inputs; a device or FIFO written to, never replaced; a file replaced whole or not at all).
 */
export function writeOutputFile(
  given: string,
  data: string | Uint8Array | Iterable<string>,
  opts: WriteOutputOptions,
): void {
  const cwd = opts.cwd;
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
