// What a cached check looked at, as one digest: each file's content (the size and times of one over 64 MB, such
// as a GIAS extract), each folder's names, each path's kind. Worked out with no parsing and no rule loaded, so
// a lookup costs a read of the inputs and nothing more.
import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Reads } from '../load/reads.js';

/** A file larger than this is known by its size and times rather than its content (a GIAS extract is hundreds of MB). */
const MAX_HASHED_BYTES = 64 * 1024 * 1024;

/** A regular file's bytes, read through one descriptor (a FIFO or device is refused, never waited on). */
export function readRegular(path: string, max = Infinity, follow = true): Buffer {
  const fd = openSync(
    path,
    constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY | (follow ? 0 : constants.O_NOFOLLOW),
  );
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error('not a regular file');
    if (st.size > max) throw new Error('too large');
    const buf = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buf, got, st.size - got, null);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? 'error';
const kind = (st: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }) =>
  st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : st.isDirectory() ? 'folder' : 'special';

/**
 * The digest of what everything in `reads` holds now, or undefined when one of them was changed after
 * `changedSince` (ms, by the file system's clock): a file edited while the run read it must not be stored under
 * its new content. (One edited within the same tick of that clock as the run started, after the run had
 * already read it, is the one case this cannot see.)
 */
export function digest(reads: Reads, changedSince = Infinity): string | undefined {
  const h = createHash('sha256');
  const part = (...xs: (string | number)[]) => h.update(`${xs.join('\u0000')}\u0001`);
  let changed = false;
  const recent = (mtimeMs: number) => {
    if (mtimeMs > changedSince) changed = true;
  };
  for (const file of reads.files) {
    try {
      const st = statSync(file);
      recent(st.mtimeMs);
      if (st.isFile() && st.size > MAX_HASHED_BYTES)
        part('large', file, st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs);
      else part('file', file, createHash('sha256').update(readRegular(file, MAX_HASHED_BYTES)).digest('hex'));
    } catch (e) {
      part('file', file, (e as Error).message === 'not a regular file' ? 'special' : code(e));
    }
  }
  for (const folder of reads.folders) {
    try {
      recent(statSync(folder).mtimeMs);
      const names = readdirSync(folder, { withFileTypes: true })
        .map((d) => `${d.name}/${kind(d)}`)
        .sort();
      part('folder', folder, ...names);
    } catch (e) {
      part('folder', folder, code(e));
    }
  }
  for (const path of reads.probes) {
    let seen: string;
    try {
      const link = lstatSync(path);
      seen = kind(link);
      if (link.isSymbolicLink()) seen += `>${readlinkSync(path)}`;
      const st = statSync(path);
      recent(st.mtimeMs);
      seen += `:${kind(st)}`;
    } catch (e) {
      seen = code(e);
    }
    part('probe', path, seen);
  }
  return changed ? undefined : h.digest('hex');
}

/**
 * Now, by the file system's own clock (the time it stamps a new file with, as coarse as it is: it may lag the
 * process's clock by a tick), so a file changed from now on has this time or later. The clock is read from a
 * new file in the temporary folder, never in a folder the run may list; failing that, the process's clock,
 * less a little.
 */
export function fileSystemNow(): number {
  const probe = join(tmpdir(), `.ap-ready-clock-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    const fd = openSync(probe, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      return fstatSync(fd).mtimeMs;
    } finally {
      closeSync(fd);
      rmSync(probe, { force: true });
    }
  } catch {
    return Date.now() - 20;
  }
}
