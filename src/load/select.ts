// Which files `check` reads: the paths given (files, folders or quoted globs), less those the config's
// `ignores` (relative to the config's folder) or --ignore-pattern (relative to the working folder) exclude.
import { isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from '../model/findings.js';
import { findPlacementPaths } from './files.js';
import { nodeFsLike, type FsLike } from './fs.js';
import { globBase, globToRegExp, ignoreMatcher, isGlob, toSlashes } from './ignore.js';

export interface SelectOptions {
  /** --ignore-pattern values, relative to cwd. */
  ignorePatterns?: readonly string[];
  /** The config's `ignores`, relative to `ignoreBase`. */
  configIgnores?: readonly string[];
  /** The config file's folder. */
  ignoreBase?: string;
  /** Where files are read from; default node:fs. */
  fs?: FsLike;
}

export function selectFiles(paths: readonly string[], cwd: string, options: SelectOptions = {}): { files: string[]; unreadableFolders: string[] } {
  const fs = options.fs ?? nodeFsLike;
  const files = new Set<string>(), unreadable = new Set<string>();
  for (const given of paths) {
    if (!isGlob(given) || fs.existsSync(resolve(cwd, given))) {
      const found = findPlacementPaths([given], cwd, fs);
      found.files.forEach((f) => files.add(f));
      found.unreadableFolders.forEach((f) => unreadable.add(f));
      continue;
    }
    const glob = toSlashes(given).replace(/^\.\//, '');
    const base = globBase(glob);
    const re = globToRegExp(isAbsolute(given) ? toSlashes(resolve(glob)) : glob);
    let matched = 0;
    if (fs.existsSync(resolve(cwd, base))) {
      let found: { files: string[]; unreadableFolders: string[] } = { files: [], unreadableFolders: [] };
      try {
        found = findPlacementPaths([base], cwd, fs);
      } catch (e) {
        if (!(e instanceof UsageError)) throw e; // a folder with no YAML: the glob matches nothing
      }
      for (const f of found.files) {
        const shown = isAbsolute(given) ? toSlashes(f) : toSlashes(relative(cwd, f));
        if (re.test(shown)) { files.add(f); matched++; }
      }
      found.unreadableFolders.forEach((f) => unreadable.add(f));
    }
    if (matched === 0) throw new UsageError(`No placement file matches ${given}. Check the pattern (quote it, so ap-ready sees it rather than the shell), or name a folder such as placements.`);
  }
  const cli = ignoreMatcher(options.ignorePatterns ?? []);
  const fromConfig = ignoreMatcher(options.configIgnores ?? []);
  const configBase = options.ignoreBase ?? cwd;
  const kept = (f: string) => {
    const fromCwd = relative(cwd, f), fromBase = relative(configBase, f);
    return !(!fromCwd.startsWith('..') && cli.ignores(fromCwd)) && !(!fromBase.startsWith('..') && fromConfig.ignores(fromBase));
  };
  return { files: [...files].filter(kept).sort(), unreadableFolders: [...unreadable].filter(kept).sort() };
}
