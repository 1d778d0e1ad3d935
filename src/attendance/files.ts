// Finding the attendance CSV files and reading one chunk by chunk, through node:fs or a caller's FsLike.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeFsLike, type FsLike } from '../load/fs.js';

/** The CSV files of a folder (regular files only, sorted), or undefined when the folder does not exist. */
export function attendanceFiles(folder: string, fs: FsLike = nodeFsLike): string[] | undefined {
  let entries;
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
  return entries.filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.csv'))
    .map((e) => resolve(folder, e.name)).sort();
}

export type ChunkSource = { size: number; next(): Buffer | undefined; close(): void } | undefined;

/** A regular file's bytes chunk by chunk (one open file for node:fs; an FsLike's file read whole), or undefined for anything else. */
export function openChunks(path: string, size: number, fs: FsLike): ChunkSource {
  if (!fs.statSync(path).isFile()) return undefined;
  if (fs !== nodeFsLike) {
    const bytes = Buffer.from(fs.readFileSync(path));
    let at = 0;
    return { size: bytes.length, next: () => (at < bytes.length ? bytes.subarray(at, (at += size)) : undefined), close: () => {} };
  }
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(size);
  return {
    size: fstatSync(fd).size,
    next: () => { const n = readSync(fd, buf, 0, size, null); return n === 0 ? undefined : buf.subarray(0, n); },
    close: () => closeSync(fd),
  };
}
