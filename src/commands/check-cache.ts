// `ap-ready check --cache`: a whole-run cache, as `eslint --cache` is for editors and pre-commit hooks.
// Several rules look across files (a pupil in two placements, the register against the placements, the
// attendance marks), so findings cannot be kept per file: the run is one unit. Its key (the fingerprint) is a
// hash of every input's content (placement files, pupil register, attendance CSVs, config), the GIAS
// extract's size and time (it is hundreds of megabytes), which files the paths select, the as-of date, the
// options that change what is checked, the tool's version and build, and the input limits from the
// environment (AP_READY_MAX_INPUT_*). When the fingerprint is the one stored, the stored outcome is reported without parsing a
// file or loading a rule; otherwise the check runs as usual and its outcome is stored.
// A cache file that is missing, unreadable, corrupt or from another version is a miss, never an error, and
// its contents are never printed. A cache that cannot be written is said on stderr; the report is the same.
import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { attendanceFiles } from '../attendance/files.js';
import { findConfig, findRegister } from '../load/files.js';
import { selectFiles } from '../load/select.js';
import { todayIso } from '../model/dates.js';
import type { Config } from '../model/config.js';
import { writeOutput } from '../io/output.js';
import { VERSION } from '../version.js';
import type { CheckOutcome, Presented } from './check-report.js';
import { isOutcome } from './cache-shape.js';
import type { CheckCommandOptions } from './check.js';

/** Bump when the stored shape changes: an older file is then a miss. */
const CACHE_FORMAT = 1;
/** The file name inside a cache folder (the default is a folder in node_modules/.cache). */
export const CACHE_FILE_NAME = 'check-cache.json';
/** The environment variables that change a check's findings. */
const LIMIT_VARIABLES = ['AP_READY_MAX_INPUT_BYTES', 'AP_READY_MAX_INPUT_VALUES'];
/** A cache file larger than this is not read (it would be a strange one): a miss. */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

export interface CacheRequest {
  paths: readonly string[];
  cwd: string;
  asOf?: string;
  configPath?: string;
  giasPath?: string;
  ignorePatterns?: readonly string[];
  env?: NodeJS.ProcessEnv;
}

/** The parts of the config that decide which files are read: stored so a hit finds them without parsing it. */
interface Discovery {
  ignores: string[];
  pupils?: string;
  attendanceFolder?: string;
  gias?: string;
}

interface CacheFile {
  format: number;
  version: string;
  fingerprint: string;
  discovery: Discovery;
  outcome: CheckOutcome;
}

/** The cache file: --cache-location as given (a folder when it ends in / or is one), else the default. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (location === undefined) {
    const modules = join(cwd, 'node_modules');
    return existsSync(modules) ? join(modules, '.cache', 'ap-ready', CACHE_FILE_NAME) : join(cwd, '.ap-ready-cache');
  }
  const path = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(path, CACHE_FILE_NAME);
  try {
    if (statSync(path).isDirectory()) return join(path, CACHE_FILE_NAME);
  } catch { /* a new file */ }
  return path;
}

function discoveryOf(config: Config): Discovery {
  return {
    ignores: [...(config.ignores ?? [])],
    ...(config.pupils ? { pupils: config.pupils } : {}),
    ...(config.attendance?.folder ? { attendanceFolder: config.attendance.folder } : {}),
    ...(config.gias ? { gias: config.gias } : {}),
  };
}

/** What the built code is: a rebuild of the same version (a new rule) changes it. */
function buildStamp(): string {
  try {
    const st = statSync(new URL('../rules/index.js', import.meta.url));
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return 'source';
  }
}

/** A regular file's bytes, read through one descriptor (a FIFO or device is refused, never waited on). */
function readRegular(path: string, max = Infinity, follow = true): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY | (follow ? 0 : constants.O_NOFOLLOW));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error('not a regular file');
    if (st.size > max) throw new Error('too large');
    const buf = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buf, got, st.size - got, null);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/**
 * The run's fingerprint with the given discovery settings, or undefined when it cannot be made (a path that
 * does not exist, a file that cannot be read): the check then runs and says what is wrong in its own words.
 */
export function fingerprint(req: CacheRequest, configPath: string | undefined, discovery: Discovery): string | undefined {
  try {
    const { cwd } = req;
    const h = createHash('sha256');
    const part = (...xs: (string | number | undefined)[]) => h.update(`${xs.map((x) => x ?? '').join('\u0000')}\u0001`);
    // The input limits the environment may set (load/budget.ts) change what a check reports.
    const env = LIMIT_VARIABLES.map((k) => `${k}=${(req.env ?? process.env)[k] ?? ''}`);
    part(JSON.stringify({
      CACHE_FORMAT, VERSION, build: buildStamp(), node: process.version, cwd, asOf: req.asOf ?? todayIso(), paths: req.paths,
      configOption: req.configPath, giasOption: req.giasPath, ignorePatterns: req.ignorePatterns ?? [], env, discovery,
    }));
    const content = (kind: string, path: string) => part(kind, path, createHash('sha256').update(readRegular(path)).digest('hex'));
    part('config', configPath);
    if (configPath) content('config-content', configPath);
    const list = req.paths.length ? req.paths : ['placements'];
    const found = selectFiles(list, cwd, { ignorePatterns: req.ignorePatterns, configIgnores: discovery.ignores, ignoreBase: configPath ? dirname(configPath) : cwd });
    const register = findRegister({ pupils: discovery.pupils } as Config, configPath, cwd);
    for (const dir of found.unreadableFolders) part('unreadable-folder', dir);
    for (const file of found.files) content('file', file);
    if (register) content('register', register);
    const base = configPath ? dirname(resolve(cwd, configPath)) : cwd;
    const folder = resolve(base, discovery.attendanceFolder ?? 'attendance');
    for (const csv of attendanceFiles(folder) ?? []) content('attendance', csv);
    const gias = req.giasPath ?? discovery.gias;
    if (gias) {
      const st = statSync(resolve(cwd, gias));
      part('gias', resolve(cwd, gias), st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs);
    }
    return h.digest('hex');
  } catch {
    return undefined;
  }
}

function configPathFor(req: CacheRequest): string | undefined {
  return req.configPath !== undefined ? resolve(req.cwd, req.configPath) : findConfig(req.paths[0], req.cwd);
}

/** The stored outcome when the cache file holds this very run's fingerprint; undefined for any miss. */
export function lookup(file: string, req: CacheRequest): CheckOutcome | undefined {
  let stored: CacheFile;
  try {
    stored = JSON.parse(readRegular(file, MAX_CACHE_BYTES, false).toString('utf8')) as CacheFile;
  } catch {
    return undefined;
  }
  if (typeof stored !== 'object' || stored === null || stored.format !== CACHE_FORMAT || stored.version !== VERSION) return undefined;
  const d = stored.discovery;
  if (typeof d !== 'object' || d === null || !Array.isArray(d.ignores) || !d.ignores.every((i) => typeof i === 'string')) return undefined;
  if (typeof stored.fingerprint !== 'string' || !isOutcome(stored.outcome)) return undefined;
  const now = fingerprint(req, configPathFor(req), d);
  return now !== undefined && now === stored.fingerprint ? stored.outcome : undefined;
}

/** Stores an outcome under a fingerprint; returns a notice for stderr when the file cannot be written. */
export function store(file: string, fp: string, discovery: Discovery, outcome: CheckOutcome, cwd: string): string | undefined {
  const data: CacheFile = { format: CACHE_FORMAT, version: VERSION, fingerprint: fp, discovery, outcome };
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Through the safe writer as a file of our own: 0600 always (the findings name pupils' refs), a link at the
    // path replaced rather than followed, never over an input or a device.
    writeOutput(file, JSON.stringify(data), { inputs: outcome.inputs, cwd, option: '--cache-location', own: true });
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'ENOTDIR' || code === 'EEXIST' ? 'part of its path is a file, not a folder'
        : e instanceof Error && e.name === 'UsageError' ? e.message.replace(/^Cannot write [^:]*: /, '').replace(/ Choose another .*$/, '') : (code ?? 'it could not be written');
    return `ap-ready: the cache was not saved to ${file}: ${why}. The report is complete; give --cache-location a path you can write, or leave out --cache.`;
  }
}

export interface CachedCheckOptions extends CheckCommandOptions {
  /** The cache file, or a folder for it (default node_modules/.cache/ap-ready/, else .ap-ready-cache). */
  cacheLocation?: string;
}

/** `check --cache`: the stored report when nothing changed, else a full check whose outcome is stored. */
export async function runCheckCached(paths: string[], opts: CachedCheckOptions): Promise<Presented & { cache: 'hit' | 'miss' }> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const file = cacheFilePath(opts.cacheLocation, cwd);
  const req: CacheRequest = { paths: [...paths], cwd, asOf: opts.asOf, configPath: opts.configPath, giasPath: opts.giasPath, ignorePatterns: opts.ignorePatterns, env: opts.env };
  const hit = lookup(file, req);
  if (hit) {
    const { present } = await import('./check-report.js');
    return { ...(await present(hit, { ...opts, cwd })), cache: 'hit' };
  }
  // A miss: the fingerprint is taken before the check reads anything, with the config the check will use, so
  // a file changed during the run is a miss next time rather than a stale hit.
  const { resolveConfig } = await import('../check.js');
  let fp: string | undefined, discovery: Discovery | undefined;
  try {
    const { config, configPath } = resolveConfig(paths, { cwd, configPath: opts.configPath });
    discovery = discoveryOf(config);
    fp = fingerprint(req, configPath, discovery);
  } catch {
    // A config the check cannot read: the check says why, and nothing is stored.
  }
  let outcome: CheckOutcome | undefined;
  const { runCheck } = await import('./check.js');
  const result = await runCheck(paths, { ...opts, cwd, onOutcome: (o: CheckOutcome) => { outcome = o; } });
  let stderr = result.stderr;
  if (outcome && fp && discovery) {
    const failed = store(file, fp, discovery, outcome, cwd);
    if (failed) stderr += `${failed}\n`;
  }
  return { ...result, stderr, cache: 'miss' };
}
