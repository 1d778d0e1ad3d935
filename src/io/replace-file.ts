// A file replaced whole or not at all: written to a temporary file beside it (0600 from creation) and renamed
// over it, so a failure half-way leaves the old file exactly as it was.
import {
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Writes every byte of `data` (text, bytes, or text in chunks) to an open descriptor. */
export function writeAll(fd: number, data: string | Uint8Array | Iterable<string>): void {
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) {
    for (const chunk of data) writeAll(fd, chunk);
    return;
  }
  const buf =
    typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off, buf.length - off);
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

/** Writes a temporary file beside `real` and renames it over `real`; `st` is the file replaced, whose mode is kept. */
export function replaceFile(
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
