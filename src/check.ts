// The library API the `check` command (and `render`, and other programs) call.
import { findPlacementPaths } from './load/files.js';
import { loadPlacementFiles, PlacementFile } from './load/placement-file.js';
import { loadConfig, findConfig } from './load/config.js';
import { runRules, type EngineResult } from './engine.js';
import { RULES } from './rules/index.js';
import { UsageError } from './findings.js';
import type { Config } from './model/config.js';
import { dayNumber, todayIso } from './model/dates.js';
import type { GiasIndex } from './gias/reader.js';
import { resolve as resolvePath } from 'node:path';
import { openRegular, SpecialFileError } from './load/open-regular.js';

export interface CheckOptions {
  /** YYYY-MM-DD; default today. */
  asOf?: string;
  /** Path of the config file; default: found upward from the first path, then from cwd. */
  configPath?: string;
  /** A config object to use instead of reading a file. */
  config?: Config;
  /** Path of a GIAS extract (overrides the config's `gias`). */
  giasPath?: string;
  cwd?: string;
}

export interface CheckResult extends EngineResult {
  config: Config;
  configPath?: string;
  /** Every file the run read (absolute): an output path may never be one of them. New inputs join here. */
  inputs?: string[];
}

export function parseAsOf(value: string | undefined): string {
  if (value === undefined) return todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || dayNumber(value) === undefined) {
    throw new UsageError(`--as-of "${value}" is not a date: write it as YYYY-MM-DD, e.g. --as-of 2025-12-01.`);
  }
  return value;
}

export function resolveConfig(paths: readonly string[], options: CheckOptions): { config: Config; configPath?: string } {
  if (options.config) return { config: options.config };
  const cwd = options.cwd ?? process.cwd();
  const path = options.configPath ?? findConfig(paths[0], cwd);
  const ids = RULES.map((r) => r.id), fixed = RULES.filter((r) => r.fixed).map((r) => r.id);
  const loaded = loadConfig(path, ids, fixed, cwd);
  return { config: loaded.config, configPath: loaded.path };
}

async function loadGiasFor(config: Config, giasPath: string | undefined, cwd: string): Promise<GiasIndex | undefined> {
  const path = giasPath ?? config.gias ?? undefined;
  if (!path) return undefined;
  const { loadGias, GiasError } = await import('./gias/reader.js');
  const { resolve } = await import('node:path');
  // Only a regular file: a FIFO would block the stream reader for ever, a device would never end.
  try {
    openRegular(resolve(cwd, path), { what: 'GIAS extract', shown: path }).close();
  } catch (e) {
    if (e instanceof SpecialFileError) throw new UsageError(`${e.message} Give the CSV file downloaded from Get Information About Schools.`);
    // Anything else (missing, unreadable) the GIAS reader says in its own words.
  }
  try {
    return await loadGias(resolve(cwd, path));
  } catch (e) {
    if (e instanceof GiasError) throw new UsageError(e.message);
    // A field that never ends (an unclosed quote in a huge file) grows past the longest string V8 can hold.
    if (e instanceof RangeError) throw new UsageError(`${path} is not a well-formed CSV file: a field runs on for hundreds of megabytes, most likely a quote that is never closed. Download the extract again from Get Information About Schools.`);
    throw e;
  }
}

export async function check(paths: readonly string[], options: CheckOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const asOf = parseAsOf(options.asOf);
  const { config, configPath } = resolveConfig(paths, options);
  const list = paths.length ? paths : ['placements'];
  const found = findPlacementPaths(list, cwd);
  const files = [
    ...loadPlacementFiles(found.files, cwd),
    ...found.unreadableFolders.map((dir) => PlacementFile.unreadableFolder(dir, cwd)),
  ];
  const gias = await loadGiasFor(config, options.giasPath, cwd);
  const giasFile = options.giasPath ?? config.gias ?? undefined;
  const inputs = [...found.files, ...(configPath ? [configPath] : []), ...(giasFile ? [resolvePath(cwd, giasFile)] : [])];
  return { ...runRules(files, { asOf, config, gias }), config, configPath, inputs };
}
