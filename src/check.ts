// The library API the `check` command (and `render`, and other programs) call. This module finds the config and
// the files to check; the placement loader, the YAML parser, the rules and the engine (check-files.ts) are
// loaded once there is a config to read or a file to check, so a check that finds no placement file (a wrong
// folder, an empty repository) answers without compiling them: 0.13 -> 0.10 s of CPU for `ap-ready check`
// of an empty folder, against Node's own 0.06 s (bench/ratio.mjs's start-up row).
import { dirname } from 'node:path';
import { selectFiles } from './load/select.js';
import { findConfig } from './load/files.js';
import { nodeFsLike } from './load/fs.js';
import type { CheckOptions, CheckResult } from './check-files.js';
import { UsageError } from './model/findings.js';
import { dayNumber, todayIso } from './model/dates.js';
import { RecordingFs } from './load/reads.js';

export type { CheckOptions, CheckResult } from './check-files.js';

/** The as-of date: the option's value, checked, or today. Errors name the option (`asOf`); the CLI names its flag. */
export function parseAsOf(value: string | undefined): string {
  if (value === undefined) return todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || dayNumber(value) === undefined) {
    throw new UsageError(`asOf "${value}" is not a date: write it as YYYY-MM-DD, e.g. 2025-12-01.`, 'asOf');
  }
  return value;
}

export async function check(paths: readonly string[], options: CheckOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  // Every call on the file system is noted, so the result can say everything the run looked at.
  const fs = new RecordingFs(options.fs ?? nodeFsLike, cwd);
  const asOf = parseAsOf(options.asOf);
  // The config is read (and a mistake in it reported) before the files are looked for: its ignores say which count.
  const path = options.config ? undefined : (options.configPath ?? findConfig(paths[0], cwd, fs));
  const early = options.config || path ? await import('./check-files.js') : undefined;
  const given = options.config
    ? { config: options.config, configPath: undefined }
    : path && early
      ? early.loadConfigAt(path, cwd, fs)
      : undefined;
  const list = paths.length || options.stdin ? paths : ['placements'];
  const found = selectFiles(list, cwd, {
    ignorePatterns: options.ignorePatterns,
    configIgnores: given?.config.ignores ?? [],
    ignoreBase: given?.configPath ? dirname(given.configPath) : cwd,
    fs,
    allIgnoredIsError: true,
  });
  const engine = early ?? (await import('./check-files.js'));
  return engine.checkFound(list, found, {
    ...options,
    cwd,
    fs,
    asOf,
    config: given?.config ?? engine.defaultConfig(),
    configPath: given?.configPath,
  });
}
