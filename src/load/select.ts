// Which files `check` reads: the paths given (files, folders or quoted globs), less those the config's
// `ignores` (relative to the config's folder) or --ignore-pattern (relative to the working folder) exclude.
import { isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from '../model/findings.js';
import { findPlacementPaths } from './files.js';
import { nodeFsLike, type FsLike } from './fs.js';
import { globBase, globMatcher, ignoreMatcher, isGlob, toSlashes } from './ignore.js';

export interface SelectOptions {
  /** --ignore-pattern values, relative to cwd. */
  ignorePatterns?: readonly string[];
  /** The config's `ignores`, relative to `ignoreBase`. */
  configIgnores?: readonly string[];
  /** The config file's folder. */
  ignoreBase?: string;
  /** Where files are read from; default node:fs. */
  fs?: FsLike;
  /**
   * A path given (a folder or a glob) whose files are all ignored is a UsageError (exit 2), as in ESLint:
   * a check that reads nothing must not pass as if all were well. Off for the folders read only for context.
   */
  allIgnoredIsError?: boolean;
}

/** The files selected, sorted, and the folders that could not be listed. */
export interface Selected {
  files: string[];
  unreadableFolders: string[];
}

export function selectFiles(paths: readonly string[], cwd: string, options: SelectOptions = {}): Selected {
  const fs = options.fs ?? nodeFsLike;
  const cli = ignoreMatcher(options.ignorePatterns ?? []);
  const fromConfig = ignoreMatcher(options.configIgnores ?? []);
  const configBase = options.ignoreBase ?? cwd;
  const kept = (f: string, folder = false) =>
    (cli.empty || !cli.ignores(relative(cwd, f), folder)) &&
    (fromConfig.empty || !fromConfig.ignores(relative(configBase, f), folder));
  const files = new Set<string>(),
    unreadable = new Set<string>();
  const take = (given: string, found: { files: string[]; unreadableFolders: string[] }) => {
    const keep = found.files.filter((f) => kept(f));
    keep.forEach((f) => files.add(f));
    found.unreadableFolders.filter((f) => kept(f, true)).forEach((f) => unreadable.add(f));
    if (
      options.allIgnoredIsError &&
      found.files.length &&
      !keep.length &&
      (isGlob(given) || found.files.length > 1 || found.files[0] !== resolve(cwd, given))
    ) {
      throw new UsageError(
        `All the placement files in ${given} are ignored (by --ignore-pattern or the config's ignores:), so there is nothing to check. Change the ignore patterns, or name other files.`,
      );
    }
  };
  for (const given of paths) {
    if (!isGlob(given) || fs.existsSync(resolve(cwd, given))) {
      take(given, findPlacementPaths([given], cwd, fs));
      continue;
    }
    const glob = toSlashes(given).replace(/^\.\//, '');
    const base = globBase(glob);
    const matches = globMatcher(isAbsolute(given) ? toSlashes(resolve(glob)) : glob);
    const matched: { files: string[]; unreadableFolders: string[] } = { files: [], unreadableFolders: [] };
    if (fs.existsSync(resolve(cwd, base))) {
      let found: { files: string[]; unreadableFolders: string[] } = { files: [], unreadableFolders: [] };
      try {
        found = findPlacementPaths([base], cwd, fs);
      } catch (e) {
        if (!(e instanceof UsageError)) throw e; // a folder with no YAML: the glob matches nothing
      }
      matched.files = found.files.filter((f) =>
        matches(isAbsolute(given) ? toSlashes(f) : toSlashes(relative(cwd, f))),
      );
      matched.unreadableFolders = found.unreadableFolders;
    }
    if (matched.files.length === 0)
      throw new UsageError(
        `No placement file matches ${given}. Check the pattern (quote it, so ap-ready sees it rather than the shell), or name a folder such as placements.`,
      );
    take(given, matched);
  }
  return { files: [...files].sort(), unreadableFolders: [...unreadable].sort() };
}
