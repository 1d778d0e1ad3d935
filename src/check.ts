// The library API the `check` command (and `render`, and other programs) call. This module finds the config and
// the files to check; the placement loader, the YAML parser, the rules and the engine (check-files.ts) are
// loaded once there is a config to read or a file to check, so a check that finds no placement file (a wrong
// folder, an empty repository) answers without compiling them: `ap-ready check` of an empty folder 127 -> 117 ms
// of CPU, against `node -e 0`'s 64 ms (median of 30 alternating runs, 7 December 2026).
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
  // Reading one needs the rules' ids, so the engine is loaded for it; a library caller's config object needs neither.
  let engine: typeof import('./check-files.js') | undefined;
  let config = options.config,
    configPath: string | undefined;
  const path = config ? undefined : (options.configPath ?? findConfig(paths[0], cwd, fs));
  if (path) {
    engine = await import('./check-files.js');
    ({ config, configPath } = engine.loadConfigAt(path, cwd, fs));
  }
  const list = paths.length || options.stdin ? paths : ['placements'];
  const found = selectFiles(list, cwd, {
    ignorePatterns: options.ignorePatterns,
    configIgnores: config?.ignores ?? [],
    ignoreBase: configPath ? dirname(configPath) : cwd,
    fs,
    allIgnoredIsError: true,
  });
  engine ??= await import('./check-files.js');
  return engine.checkFound(list, found, {
    ...options,
    cwd,
    fs,
    asOf,
    config: config ?? engine.defaultConfig(),
    configPath,
  });
}
