// The check itself, once check.ts has found the config and the files: the placement files, the register, the
// GIAS extract and the attendance records are read, the school's other placement files joined as context, and
// the rules run. Loaded by check.ts only when there is something to check (a config to read or files found).
import { dirname, join, resolve } from 'node:path';
import { stdinPlacementFile } from './load/stdin.js';
import { loadPlacementFiles, PlacementFile } from './load/placement-file.js';
import { loadConfig } from './load/config.js';
import type { FsLike } from './load/fs.js';
import { selectFiles, type Selected } from './load/select.js';
import { countPupils, runRules } from './engine.js';
import { createRun } from './run.js';
import { RULES } from './rules/index.js';
import { UsageError } from './model/findings.js';
import type { Config } from './model/config.js';
import type { GiasIndex } from './gias/reader.js';
import { findRegister, PupilsFile } from './load/pupils-file.js';
import { InputBudget } from './load/budget.js';
import { openRegular, SpecialFileError } from './load/open-regular.js';
import type { RecordingFs } from './load/reads.js';
import type { EngineResult } from './engine.js';
import type { Reads } from './load/reads.js';

export { defaultConfig } from './load/config.js';

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
  /** Check this text as one placement file (from standard input) instead of, or besides, the paths. */
  stdin?: Uint8Array;
  /** The name the stdin text is checked under (default stdin.yaml). */
  stdinFilename?: string;
  /** Patterns of files to leave out, relative to cwd (as well as the config's `ignores`). */
  ignorePatterns?: readonly string[];
  /** Where files are read from; default node:fs. */
  fs?: FsLike;
  /** The environment, for the input limits it may set (AP_READY_MAX_INPUT_BYTES, AP_READY_MAX_INPUT_VALUES); default the process's. */
  env?: NodeJS.ProcessEnv;
}

export interface CheckResult extends EngineResult {
  config: Config;
  configPath?: string;
  /** Every file the run read (absolute): an output path may never be one of them. New inputs join here. */
  inputs?: string[];
  /**
   * Everything the run looked at: each file read (placement files, those read for context too, the register,
   * the attendance CSVs, the config, the GIAS extract), each folder listed and each path asked about (a config
   * or register looked for). `check --cache` keys on exactly this.
   */
  reads: Reads;
}

/** The config file at `path`, read and checked against the rules' ids. */
export function loadConfigAt(path: string, cwd: string, fs: FsLike): { config: Config; configPath?: string } {
  const ids = RULES.map((r) => r.id),
    fixed = RULES.filter((r) => r.fixed).map((r) => r.id);
  const loaded = loadConfig(path, ids, fixed, cwd, fs);
  return { config: loaded.config, configPath: loaded.path };
}

interface Found extends CheckOptions {
  cwd: string;
  fs: RecordingFs;
  asOf: string;
  config: Config;
  configPath: string | undefined;
}

async function loadGiasFor(config: Config, giasPath: string | undefined, cwd: string): Promise<GiasIndex | undefined> {
  const path = giasPath ?? config.gias ?? undefined;
  if (!path) return undefined;
  const { loadGias, GiasError } = await import('./gias/reader.js');
  // Only a regular file: a FIFO would block the stream reader for ever, a device would never end.
  try {
    openRegular(resolve(cwd, path), { what: 'GIAS extract', shown: path }).close();
  } catch (e) {
    if (e instanceof SpecialFileError)
      throw new UsageError(`${e.message} Give the CSV file downloaded from Get Information About Schools.`);
    // Anything else (missing, unreadable) the GIAS reader says in its own words.
  }
  try {
    return await loadGias(resolve(cwd, path));
  } catch (e) {
    if (e instanceof GiasError) throw new UsageError(e.message);
    if (e instanceof SpecialFileError)
      throw new UsageError(`${e.message} Give the CSV file downloaded from Get Information About Schools.`);
    // A field that never ends (an unclosed quote in a huge file) grows past the longest string V8 can hold.
    if (e instanceof RangeError)
      throw new UsageError(
        `${path} is not a well-formed CSV file: a field runs on for hundreds of megabytes, most likely a quote that is never closed. Download the extract again from Get Information About Schools.`,
      );
    throw e;
  }
}

/** The check of the files `found` for the paths `list` (check.ts has read the config and selected them). */
export async function checkFound(list: readonly string[], found: Selected, options: Found): Promise<CheckResult> {
  const { cwd, fs, asOf, config, configPath } = options;
  // One input budget for every YAML file the run reads (the files asked about, the register, the context below).
  const budget = InputBudget.from(options.env ?? process.env);
  const registerPath = findRegister(config, configPath, cwd, fs);
  const register = registerPath ? new PupilsFile(registerPath, cwd, fs).load(budget) : undefined;
  const files = [
    ...(options.stdin ? [stdinPlacementFile(options.stdin, options.stdinFilename, cwd)] : []),
    // The register is not a placement file, even when it sits inside the folder being checked.
    ...loadPlacementFiles(
      found.files.filter((f) => f !== registerPath),
      cwd,
      fs,
      budget,
    ),
    ...found.unreadableFolders.map((dir) => PlacementFile.unreadableFolder(dir, cwd)),
  ];
  const gias = await loadGiasFor(config, options.giasPath, cwd);
  // Attendance records: the folder named in the config (default `attendance`), beside the config file.
  const { readAttendance } = await import('./attendance/read.js');
  const base = configPath ? dirname(resolve(cwd, configPath)) : cwd;
  const attendanceFolder = resolve(base, config.attendance?.folder ?? 'attendance');
  const attendance = readAttendance(attendanceFolder, {
    columns: config.attendance?.columns,
    mappings: config.attendance?.mappings,
    followUps: resolve(base, config.attendance?.follow_ups ?? 'follow-ups.csv'),
    fs,
  });
  // The register's whole week and the attendance matching are about every provider the school uses. When only
  // some placement files are checked (named files, a glob, standard input from an editor, the pre-commit hook's
  // staged files), the rest of the school's placements/ folder is read as context: its placements count
  // towards each pupil's week and match attendance rows, but its own findings are not reported.
  const context =
    register || attendance
      ? notAlreadyChecked(
          contextFiles(
            resolve(base, 'placements'),
            new Set([...found.files, ...files.map((f) => f.path), ...(registerPath ? [registerPath] : [])]),
            cwd,
            fs,
            config,
            configPath,
            options.ignorePatterns,
            budget,
          ),
          files,
        )
      : [];
  const run = createRun([...files, ...context], { asOf, config, gias, register, rules: RULES, attendance, cwd });
  // Every file the run read: an output path that is one of these is refused, so a report never replaces an input.
  const giasFile = options.giasPath ?? config.gias ?? undefined;
  const inputs = [
    ...found.files,
    ...(configPath ? [configPath] : []),
    ...(giasFile ? [resolve(cwd, giasFile)] : []),
    ...(register ? [register.path] : []),
    ...(attendance?.files ?? []),
    ...(attendance?.followUps ? [attendance.followUps] : []),
    ...couldRead(list, found.files, resolve(base, 'placements'), attendanceFolder, cwd, fs),
    ...(options.stdin ? [resolve(cwd, options.stdinFilename ?? 'stdin.yaml')] : []),
  ];
  const result = runRules(run, RULES);
  // The files read through node:fs directly (one descriptor; chunks; the GIAS reader) join the recorded ones.
  for (const path of [...inputs, ...context.map((f) => f.path)]) fs.read(path);
  const reads = fs.reads();
  // Standard input (an editor checking the buffer) gets one result, its file's, as ESLint gives: the register's
  // and the attendance files' findings belong to a run over the folder.
  const asked = new Set(files.map((f) => f.path));
  if (context.length === 0 && !options.stdin) return { ...result, config, configPath, inputs, reads };
  const shown = options.stdin
    ? (path: string) => asked.has(path)
    : (path: string) => !context.some((f) => f.path === path);
  return {
    ...result,
    files: result.files.filter((f) => shown(f.path)),
    checked: result.checked.filter((f) => shown(f.path)),
    findings: result.findings.filter((f) => shown(f.file)),
    // The summary counts the files asked about, as before.
    counts: countPupils({
      ...run,
      files,
      placements: run.placements.filter((p) => shown(p.file.path)),
      providers: run.providers.filter((p) => shown(p.file.path)),
    }),
    config,
    configPath,
    inputs: [...inputs, ...context.map((f) => f.path)],
    reads,
  };
}

/**
 * The folders a run could read files of a kind from, as input patterns (io/output.ts): the school's
 * placements/, each folder named and each folder a file was found in (a file left out by an ignore pattern
 * is still a placement file: a report written over it would lose it), and the attendance folder's CSVs.
 */
function couldRead(
  paths: readonly string[],
  files: readonly string[],
  placements: string,
  attendance: string,
  cwd: string,
  fs: FsLike,
): string[] {
  const folders = new Set([placements, ...files.map((f) => dirname(f))]);
  for (const p of paths) {
    try {
      if (fs.statSync(resolve(cwd, p)).isDirectory()) folders.add(resolve(cwd, p));
    } catch {
      /* a glob or a file */
    }
  }
  return [
    ...[...folders].flatMap((dir) => [join(dir, '**', '*.yaml'), join(dir, '**', '*.yml')]),
    join(attendance, '**', '*.csv'),
  ];
}

/** The placement files in the school's placements/ folder that are not already being checked (none when it does not exist). */
function contextFiles(
  dir: string,
  taken: ReadonlySet<string>,
  cwd: string,
  fs: FsLike,
  config: Config,
  configPath: string | undefined,
  ignorePatterns: readonly string[] | undefined,
  budget: InputBudget,
): PlacementFile[] {
  try {
    if (!fs.statSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  const found = selectFiles([dir], cwd, {
    ignorePatterns,
    configIgnores: config.ignores ?? [],
    ignoreBase: configPath ? dirname(configPath) : cwd,
    fs,
  });
  return loadPlacementFiles(
    found.files.filter((f) => !taken.has(f)),
    cwd,
    fs,
    budget,
  );
}

/** The context less any file for a provider already being checked (standard input under another name holds a copy of it). */
function notAlreadyChecked(context: readonly PlacementFile[], files: readonly PlacementFile[]): PlacementFile[] {
  const key = (f: PlacementFile) => f.provider?.name.trim().toLowerCase();
  const names = new Set(files.map(key).filter((k): k is string => k !== undefined));
  return context.filter((f) => {
    const k = key(f);
    return k === undefined || !names.has(k);
  });
}
