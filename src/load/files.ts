// Finds the placement files under the paths a user names.
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Config } from '../model/config.js';
import { UsageError } from '../model/findings.js';
import { nodeFsLike, type FsLike } from './fs.js';

const YAML_EXT = new Set(['.yaml', '.yml']);
export const CONFIG_NAMES = new Set(['ap-ready.config.yaml', 'ap-ready.config.yml']);
/** The pupil register's default name: never read as a placement file when a folder is searched. */
export const REGISTER_NAME = 'pupils.yaml';

/** Directories never searched: tool folders (.git, .github workflows, node_modules) hold YAML that is not ours. */
function skipDir(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * Every `*.yaml`/`*.yml` below the given paths, sorted, absolute. A file named explicitly is taken whatever
 * its extension. A path that does not exist, or a directory with no YAML, is a UsageError (exit 2).
 */
export function findPlacementFiles(paths: readonly string[], cwd = process.cwd(), fs: FsLike = nodeFsLike): string[] {
  return findPlacementPaths(paths, cwd, fs).files;
}

/** The files, and the folders below the paths that could not be listed (their files go unchecked: say so). */
export function findPlacementPaths(
  paths: readonly string[],
  cwd = process.cwd(),
  fs: FsLike = nodeFsLike,
): { files: string[]; unreadableFolders: string[] } {
  const found = new Set<string>();
  const unreadable = new Set<string>();
  for (const given of paths) {
    const abs = resolve(cwd, given);
    let st;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new UsageError(
        `${given}: no such file or folder. Check the path, or run ap-ready in the folder that holds placements/.`,
      );
    }
    // A file, or anything that is not a folder (a FIFO, a device): the loader says what it is.
    if (!st.isDirectory()) {
      found.add(abs);
      continue;
    }
    const before = found.size;
    walk(fs, abs, found, new Set(), unreadable);
    if (found.size === before && !unreadable.size) {
      throw new UsageError(
        `${given}: this folder holds no .yaml or .yml placement file. Name the folder that holds them, or run 'ap-ready init' to start one.`,
      );
    }
  }
  return { files: readOnce(fs, [...found].sort()), unreadableFolders: [...unreadable].sort() };
}

/**
 * A file reached twice (a symlink to it, a hard link, or named twice by different spellings) is read once,
 * so one provider is not counted as two. The file itself is kept in preference to a link to it.
 */
function readOnce(fs: FsLike, sorted: string[]): string[] {
  const ids = new Map<string, string>();
  const keep = new Set<string>();
  const isLink = (p: string) => {
    try {
      return fs.lstatSync(p).isSymbolicLink();
    } catch {
      return false;
    }
  };
  const links = new Set(sorted.filter(isLink)); // one lstat a file
  const order = [...sorted.filter((p) => !links.has(p)), ...links];
  for (const p of order) {
    let id: string;
    try {
      const st = fs.statSync(p);
      // A file system without inodes (files in memory) has no hard links: its real path names the file.
      id = st.dev !== undefined && st.ino !== undefined ? `${st.dev}:${st.ino}` : fs.realpathSync(p);
    } catch {
      keep.add(p); // dangling or unreadable: the loader reports it
      continue;
    }
    if (!ids.has(id)) {
      ids.set(id, p);
      keep.add(p);
    }
  }
  return sorted.filter((p) => keep.has(p));
}

function walk(fs: FsLike, dir: string, out: Set<string>, seen: Set<string>, unreadable: Set<string>): void {
  // A folder is known by its device and inode (one stat), not its real path: realpath walks every folder
  // above it, so a deep tree cost the square of its depth (1,200 folders down took 37 s).
  let id: string;
  try {
    const st = fs.statSync(dir);
    id = st.dev !== undefined && st.ino !== undefined ? `${st.dev}:${st.ino}` : fs.realpathSync(dir);
  } catch {
    return; // a dangling link or a folder that vanished: nothing to check there
  }
  if (seen.has(id)) return; // a symlink loop
  seen.add(id);
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    unreadable.add(dir);
    return;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    let isDir = e.isDirectory(),
      isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        isFile = YAML_EXT.has(extname(e.name).toLowerCase()); // dangling: report it as unreadable
      }
    }
    if (isDir) {
      if (!skipDir(e.name)) walk(fs, full, out, seen, unreadable);
    } else if (
      isFile &&
      YAML_EXT.has(extname(e.name).toLowerCase()) &&
      !CONFIG_NAMES.has(basename(e.name)) &&
      e.name !== REGISTER_NAME
    )
      out.add(full);
  }
}

/** The config file: the one named, else the first found upward from the first path checked, then from cwd. */
export function findConfig(
  firstPath: string | undefined,
  cwd = process.cwd(),
  fs: FsLike = nodeFsLike,
): string | undefined {
  const starts: string[] = [];
  if (firstPath) {
    const abs = resolve(cwd, firstPath);
    starts.push(fs.existsSync(abs) && fs.statSync(abs).isDirectory() ? abs : dirname(abs));
  }
  starts.push(cwd);
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      for (const name of CONFIG_NAMES) {
        const p = join(dir, name);
        if (fs.existsSync(p)) return p;
      }
      if (dirname(dir) === dir) break;
    }
  }
  return undefined;
}

/**
 * The pupil register to read: the config's `pupils:` (which must then exist), else `pupils.yaml` beside the
 * config file (or in cwd without one) when it exists. Undefined when the school keeps no register.
 */
export function findRegister(
  config: Config,
  configPath: string | undefined,
  cwd: string,
  fs: FsLike = nodeFsLike,
): string | undefined {
  if (config.pupils) {
    const p = resolve(cwd, config.pupils);
    if (!fs.existsSync(p))
      throw new UsageError(
        `The config names the pupil register ${config.pupils}, which does not exist: create it (ap-ready init writes an example) or correct pupils: in the config.`,
      );
    return p;
  }
  const p = join(configPath ? dirname(configPath) : cwd, REGISTER_NAME);
  return fs.existsSync(p) ? p : undefined;
}
