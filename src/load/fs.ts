// The few file-system calls a check makes, so a caller (or a test) can check files that exist only in
// memory: `check(paths, { fs: memoryFs({ '/school/placements/a.yaml': text }) })`. Defaults to node:fs.
import * as nodeFs from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

export interface FsStat {
  isFile(): boolean;
  isDirectory(): boolean;
  size: number;
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

export const nodeFsLike: FsLike = nodeFs as unknown as FsLike;

/** Reads at most `max` bytes' worth of file: a larger one returns its size only (it costs nothing to refuse). */
export function readBounded(fs: FsLike, path: string, max: number): { bytes: Buffer } | { size: number } {
  if (fs === nodeFsLike) {
    // One open file for both the size and the read: the file cannot be swapped for a huge one in between.
    const fd = nodeFs.openSync(path, 'r');
    try {
      const size = nodeFs.fstatSync(fd).size;
      return size > max ? { size } : { bytes: nodeFs.readFileSync(fd) };
    } finally {
      nodeFs.closeSync(fd);
    }
  }
  const size = fs.statSync(path).size;
  return size > max ? { size } : { bytes: Buffer.from(fs.readFileSync(path)) };
}

const enoent = (path: string) => Object.assign(new Error(`ENOENT: no such file or directory, '${path}'`), { code: 'ENOENT' });

/** A read-only file system of the given files (absolute path → text); folders are implied by the paths. */
export function memoryFs(files: Record<string, string | Uint8Array>): FsLike {
  const data = new Map(Object.entries(files).map(([p, t]) => [resolve(p), typeof t === 'string' ? Buffer.from(t) : Buffer.from(t)]));
  const dirs = new Set<string>();
  for (const p of data.keys()) for (let d = dirname(p); !dirs.has(d); d = dirname(d)) { dirs.add(d); if (dirname(d) === d) break; }
  const stat = (path: string) => {
    const p = resolve(path), file = data.get(p);
    if (!file && !dirs.has(p)) throw enoent(path);
    return { isFile: () => !!file, isDirectory: () => !file, isSymbolicLink: () => false, size: file?.length ?? 0 };
  };
  return {
    statSync: stat,
    lstatSync: stat,
    existsSync: (path) => data.has(resolve(path)) || dirs.has(resolve(path)),
    realpathSync: (path) => { stat(path); return resolve(path); },
    readlinkSync: (path) => { throw Object.assign(new Error(`EINVAL: not a link, '${path}'`), { code: 'EINVAL' }); },
    readFileSync: (path) => { const b = data.get(resolve(path)); if (!b) throw enoent(path); return b; },
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
      return [...names].map(([name, isFile]) => ({ name, isFile: () => isFile, isDirectory: () => !isFile, isSymbolicLink: () => false }));
    },
  };
}
