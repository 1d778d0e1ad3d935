// The few file-system calls a check makes, so a caller (or a test) can check files that exist only in
// memory: `check(paths, { fs: memoryFs({ '/school/placements/a.yaml': text }) })`. Defaults to node:fs.
import * as nodeFs from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { openRegular, SpecialFileError } from './open-regular.js';

export interface FsStat {
  isFile(): boolean;
  isDirectory(): boolean;
  size: number;
  /** Device and inode, where the file system has them: a file reached by two paths is read once. */
  dev?: number;
  ino?: number;
}
export interface FsDirent {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface FsLike {
  statSync(path: string): FsStat;
  lstatSync(path: string): FsStat & { isSymbolicLink(): boolean };
  readdirSync(path: string, options: { withFileTypes: true }): FsDirent[];
  realpathSync(path: string): string;
  readlinkSync(path: string): string;
  existsSync(path: string): boolean;
  readFileSync(path: string): Uint8Array;
}

export const nodeFsLike: FsLike = nodeFs;

/**
 * Whether node:fs is underneath (itself, or wrapped by a recorder that passes every call on: load/reads.ts),
 * so a file may be read through node:fs directly (one descriptor for the kind, size and bytes; chunks).
 */
export function isNodeFs(fs: FsLike): boolean {
  const inner = (fs as { inner?: FsLike }).inner;
  return fs === nodeFsLike || (inner !== undefined && isNodeFs(inner));
}

/**
 * Reads at most `max` bytes' worth of file: a larger one returns its size only (it costs nothing to refuse).
 * Only a regular file is read: anything else (a FIFO, a device, a folder) throws a SpecialFileError, so a
 * FIFO cannot block the run and /dev/zero cannot fill the memory.
 */
export function readBounded(
  fs: FsLike,
  path: string,
  max: number,
  opts: { what?: string; shown?: string } = {},
): { bytes: Buffer } | { size: number } {
  if (isNodeFs(fs)) {
    // One open file for the kind, the size and the read (checked on the descriptor): the file cannot be
    // swapped for a FIFO or a huge one in between.
    const file = openRegular(path, opts);
    try {
      return file.size > max ? { size: file.size } : { bytes: file.read(max) };
    } finally {
      file.close();
    }
  }
  const st = fs.statSync(path);
  if (!st.isFile()) {
    const kind = st.isDirectory() ? 'a folder' : 'not a regular file';
    throw new SpecialFileError(
      `${opts.shown ?? path} is ${kind}, not a ${opts.what ?? 'file'}: ap-ready reads only ordinary files.`,
      kind,
    );
  }
  return st.size > max ? { size: st.size } : { bytes: Buffer.from(fs.readFileSync(path)) };
}

const enoent = (path: string) =>
  Object.assign(new Error(`ENOENT: no such file or directory, '${path}'`), { code: 'ENOENT' });

/** A read-only file system of the given files (absolute path → text); folders are implied by the paths. */
export function memoryFs(files: Record<string, string | Uint8Array>): FsLike {
  const data = new Map(
    Object.entries(files).map(([p, t]) => [resolve(p), typeof t === 'string' ? Buffer.from(t) : Buffer.from(t)]),
  );
  const dirs = new Set<string>();
  for (const p of data.keys())
    for (let d = dirname(p); !dirs.has(d); d = dirname(d)) {
      dirs.add(d);
      if (dirname(d) === d) break;
    }
  const stat = (path: string) => {
    const p = resolve(path),
      file = data.get(p);
    if (!file && !dirs.has(p)) throw enoent(path);
    return { isFile: () => !!file, isDirectory: () => !file, isSymbolicLink: () => false, size: file?.length ?? 0 };
  };
  return {
    statSync: stat,
    lstatSync: stat,
    existsSync: (path) => data.has(resolve(path)) || dirs.has(resolve(path)),
    realpathSync: (path) => {
      stat(path);
      return resolve(path);
    },
    readlinkSync: (path) => {
      throw Object.assign(new Error(`EINVAL: not a link, '${path}'`), { code: 'EINVAL' });
    },
    readFileSync: (path) => {
      const b = data.get(resolve(path));
      if (!b) throw enoent(path);
      return b;
    },
    readdirSync: (path) => {
      const dir = resolve(path);
      if (!dirs.has(dir)) throw enoent(path);
      const prefix = dir.endsWith(sep) ? dir : dir + sep;
      const names = new Map<string, boolean>();
      for (const p of [...data.keys(), ...dirs]) {
        if (!p.startsWith(prefix) || p === dir) continue;
        const rest = p.slice(prefix.length);
        if (!rest.includes(sep)) names.set(rest, data.has(p));
      }
      return [...names].map(([name, isFile]) => ({
        name,
        isFile: () => isFile,
        isDirectory: () => !isFile,
        isSymbolicLink: () => false,
      }));
    },
  };
}
