// Finds the placement files under the paths a user names.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { UsageError } from '../findings.js';

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
export function findPlacementFiles(paths: readonly string[], cwd = process.cwd()): string[] {
  return findPlacementPaths(paths, cwd).files;
}

/** The files, and the folders below the paths that could not be listed (their files go unchecked: say so). */
export function findPlacementPaths(paths: readonly string[], cwd = process.cwd()): { files: string[]; unreadableFolders: string[] } {
  const found = new Set<string>();
  const unreadable = new Set<string>();
  for (const given of paths) {
    const abs = resolve(cwd, given);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UsageError(`${given}: no such file or folder. Check the path, or run ap-ready in the folder that holds placements/.`);
    }
    // A file, or anything that is not a folder (a FIFO, a device): the loader says what it is.
    if (!st.isDirectory()) { found.add(abs); continue; }
    const before = found.size;
    walk(abs, found, new Set(), unreadable);
    if (found.size === before && !unreadable.size) {
      throw new UsageError(`${given}: this folder holds no .yaml or .yml placement file. Name the folder that holds them, or run 'ap-ready init' to start one.`);
    }
  }
  return { files: readOnce([...found].sort()), unreadableFolders: [...unreadable].sort() };
}

/**
 * A file reached twice (a symlink to it, a hard link, or named twice by different spellings) is read once,
 * so one provider is not counted as two. The file itself is kept in preference to a link to it.
 */
function readOnce(sorted: string[]): string[] {
  const ids = new Map<string, string>();
  const keep = new Set<string>();
  const isLink = (p: string) => { try { return lstatSync(p).isSymbolicLink(); } catch { return false; } };
  const order = [...sorted.filter((p) => !isLink(p)), ...sorted.filter(isLink)];
  for (const p of order) {
    let id: string;
    try {
      const st = statSync(p);
      id = `${st.dev}:${st.ino}`;
    } catch {
      keep.add(p); // dangling or unreadable: the loader reports it
      continue;
    }
    if (!ids.has(id)) { ids.set(id, p); keep.add(p); }
  }
  return sorted.filter((p) => keep.has(p));
}

function walk(dir: string, out: Set<string>, seen: Set<string>, unreadable: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return; // a dangling link or a folder that vanished: nothing to check there
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    unreadable.add(dir);
    return;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    let isDir = e.isDirectory(), isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = statSync(full);
        isDir = st.isDirectory(); isFile = st.isFile();
      } catch {
        isFile = YAML_EXT.has(extname(e.name).toLowerCase()); // dangling: report it as unreadable
      }
    }
    if (isDir) { if (!skipDir(e.name)) walk(full, out, seen, unreadable); }
    else if (isFile && YAML_EXT.has(extname(e.name).toLowerCase()) && !CONFIG_NAMES.has(basename(e.name))) out.add(full);
  }
}
