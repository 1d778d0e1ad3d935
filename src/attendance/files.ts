// Finding the attendance CSV files and reading one chunk by chunk, through node:fs or a caller's FsLike.
import { readSync } from 'node:fs';
import { resolve } from 'node:path';
import { isNodeFs, nodeFsLike, type FsLike } from '../load/fs.js';
import { openRegular } from '../load/open-regular.js';

/**
 * The entries of a folder named *.csv (sorted), or undefined when the folder does not exist. Every entry that
 * is not a folder is listed: a link, a FIFO or a device is then read or reported as what it is (never skipped
 * without a word, which would show the provider as sending no marks).
 */
export function attendanceFiles(folder: string, fs: FsLike = nodeFsLike): string[] | undefined {
  let entries;
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
  return entries
    .filter((e) => !e.isDirectory() && e.name.toLowerCase().endsWith('.csv'))
    .map((e) => resolve(folder, e.name))
    .sort();
}

export type ChunkSource = { size: number; next(): Buffer | undefined; close(): void };

/**
 * A regular file's bytes chunk by chunk: through node:fs one file opened once (O_NONBLOCK, and checked on the
 * descriptor, so a CSV swapped for a FIFO after the folder was listed cannot block); an FsLike's file read
 * whole. Anything but a regular file throws a SpecialFileError saying what it is.
 */
export function openChunks(path: string, size: number, fs: FsLike): ChunkSource {
  if (!isNodeFs(fs)) {
    const st = fs.statSync(path);
    if (!st.isFile())
      throw Object.assign(new Error('not a regular file'), { code: st.isDirectory() ? 'EISDIR' : 'ESPECIAL' });
    const bytes = Buffer.from(fs.readFileSync(path));
    let at = 0;
    return {
      size: bytes.length,
      next: () => (at < bytes.length ? bytes.subarray(at, (at += size)) : undefined),
      close: () => {},
    };
  }
  const file = openRegular(path, { what: 'CSV file' });
  const buf = Buffer.allocUnsafe(size);
  return {
    size: file.size,
    next: () => {
      const n = readSync(file.fd, buf, 0, size, null);
      return n === 0 ? undefined : buf.subarray(0, n);
    },
    close: () => file.close(),
  };
}
