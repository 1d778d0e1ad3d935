// Finds the placement files under the paths a user names.
import { basename, extname, join, resolve } from 'node:path';
import { UsageError } from '../model/findings.js';
import { nodeFsLike, type FsLike } from './fs.js';

const YAML_EXT = new Set(['.yaml', '.yml']);
export const CONFIG_NAMES = new Set(['ap-ready.config.yaml', 'ap-ready.config.yml']);

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
export function findPlacementPaths(paths: readonly string[], cwd = process.cwd(), fs: FsLike = nodeFsLike): { files: string[]; unreadableFolders: string[] } {
  const found = new Set<string>();
  const unreadable = new Set<string>();
  for (const given of paths) {
    const abs = resolve(cwd, given);
    let st;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new UsageError(`${given}: no such file or folder. Check the path, or run ap-ready in the folder that holds placements/.`);
    }
    if (st.isFile()) { found.add(abs); continue; }
    const before = found.size;
    walk(fs, abs, found, new Set(), unreadable);
    if (found.size === before && !unreadable.size) {
      throw new UsageError(`${given}: this folder holds no .yaml or .yml placement file. Name the folder that holds them, or run 'ap-ready init' to start one.`);
    }
  }
  return { files: [...found].sort(), unreadableFolders: [...unreadable].sort() };
}

function walk(fs: FsLike, dir: string, out: Set<string>, seen: Set<string>, unreadable: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return; // a dangling link or a folder that vanished: nothing to check there
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    unreadable.add(dir);
    return;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    let isDir = e.isDirectory(), isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(full);
        isDir = st.isDirectory(); isFile = st.isFile();
      } catch {
        isFile = YAML_EXT.has(extname(e.name).toLowerCase()); // dangling: report it as unreadable
      }
    }
    if (isDir) { if (!skipDir(e.name)) walk(fs, full, out, seen, unreadable); }
    else if (isFile && YAML_EXT.has(extname(e.name).toLowerCase()) && !CONFIG_NAMES.has(basename(e.name))) out.add(full);
  }
}
