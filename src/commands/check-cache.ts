// `ap-ready check --cache`: a whole-run cache, as `eslint --cache` is for editors and pre-commit hooks.
// Several rules look across files (a pupil in two placements, the register against the placements, the
// attendance marks), so findings cannot be kept per file: the run is one unit. A check records everything it
// looked at (CheckResult.reads: each file read, placement files read for context and the GIAS extract
// included, each folder listed, each path asked about), and the cache stores that list with a digest of
// what each entry held: a file's content (the size and times of one over 64 MB, such as a GIAS extract), a
// folder's names, a path's kind. A lookup works out the digest of the same list again, with no parsing and
// no rule loaded; the same digest, under the same options, as-of date, tool version and build, input limits
// and Node, is a hit. Nothing the run looked at can change without the lookup seeing it.
// A cache file that is missing, unreadable, corrupt or from another version is a miss, never an error, and
// its contents are never printed. A cache that cannot be written is said on stderr; the report is the same.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { todayIso } from '../model/dates.js';
import { writeOutput } from '../io/output.js';
import { VERSION } from '../version.js';
import type { CheckOutcome, Presented } from './check-report.js';
import { isOutcome as isReportable } from './cache-shape.js';
import type { CheckCommandOptions } from './check.js';
import { digest, fileSystemNow, readRegular } from './cache-digest.js';

/** Bump when the stored shape changes: an older file is then a miss. */
const CACHE_FORMAT = 2;
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
  /** The run's environment: its input limits change the findings. */
  env: NodeJS.ProcessEnv;
}

interface CacheFile {
  format: number;
  version: string;
  /** The run asked for: options, as-of date, tool and Node (see key()). */
  key: string;
  /** What each thing the run looked at held, when it was checked. */
  digest: string;
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
  } catch {
    /* a new file */
  }
  return path;
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

/** The run asked for: everything but the files that decides the report. */
export function key(req: CacheRequest): string {
  const env = req.env;
  return createHash('sha256')
    .update(
      JSON.stringify({
        CACHE_FORMAT,
        VERSION,
        build: buildStamp(),
        node: process.version,
        cwd: req.cwd,
        asOf: req.asOf ?? todayIso(),
        paths: req.paths,
        configOption: req.configPath,
        giasOption: req.giasPath,
        ignorePatterns: req.ignorePatterns ?? [],
        // The input limits the environment may set (load/budget.ts) change what a check reports.
        limits: LIMIT_VARIABLES.map((k) => `${k}=${env[k] ?? ''}`),
      }),
    )
    .digest('hex');
}

/** A whole stored outcome (cache-shape.ts checks every entry), with the list of what its run looked at. */
function isOutcome(x: unknown): x is CheckOutcome {
  const strings = (a: unknown) => Array.isArray(a) && a.every((s) => typeof s === 'string');
  const reads = (x as { reads?: CheckOutcome['reads'] } | null)?.reads;
  return (
    isReportable(x) &&
    typeof reads === 'object' &&
    reads !== null &&
    strings(reads.files) &&
    strings(reads.folders) &&
    strings(reads.probes)
  );
}

/** The stored outcome when the cache file holds this very run, and nothing it looked at has changed; undefined for any miss. */
export function lookup(file: string, req: CacheRequest): CheckOutcome | undefined {
  let stored: CacheFile;
  try {
    stored = JSON.parse(readRegular(file, MAX_CACHE_BYTES, false).toString('utf8')) as CacheFile;
  } catch {
    return undefined;
  }
  if (typeof stored !== 'object' || stored === null || stored.format !== CACHE_FORMAT || stored.version !== VERSION)
    return undefined;
  if (stored.key !== key(req) || typeof stored.digest !== 'string' || !isOutcome(stored.outcome)) return undefined;
  return digest(stored.outcome.reads) === stored.digest ? stored.outcome : undefined;
}

/** Stores an outcome under its digest; returns a notice for stderr when the file cannot be written. */
export function store(file: string, req: CacheRequest, fp: string, outcome: CheckOutcome): string | undefined {
  const data: CacheFile = { format: CACHE_FORMAT, version: VERSION, key: key(req), digest: fp, outcome };
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Through the safe writer as a file of our own: 0600 always (the findings name pupils' refs), a link at the
    // path replaced rather than followed, never over an input or a device.
    writeOutput(file, JSON.stringify(data), {
      inputs: outcome.inputs,
      cwd: req.cwd,
      option: '--cache-location',
      own: true,
    });
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'part of its path is a file, not a folder'
          : e instanceof Error && e.name === 'UsageError'
            ? e.message.replace(/^Cannot write [^:]*: /, '').replace(/ Choose another .*$/, '')
            : (code ?? 'it could not be written');
    return `ap-ready: the cache was not saved to ${file}: ${why}. The report is complete; give --cache-location a path you can write, or leave out --cache.`;
  }
}

export interface CachedCheckOptions extends CheckCommandOptions {
  env: NodeJS.ProcessEnv;
  /** The cache file, or a folder for it (default node_modules/.cache/ap-ready/, else .ap-ready-cache). */
  cacheLocation?: string;
}

/** `check --cache`: the stored report when nothing changed, else a full check whose outcome is stored. */
export async function runCheckCached(
  paths: string[],
  opts: CachedCheckOptions,
): Promise<Presented & { cache: 'hit' | 'miss' }> {
  const cwd = resolve(opts.cwd);
  const file = cacheFilePath(opts.cacheLocation, cwd);
  const req: CacheRequest = {
    paths: [...paths],
    cwd,
    asOf: opts.asOf,
    configPath: opts.configPath,
    giasPath: opts.giasPath,
    ignorePatterns: opts.ignorePatterns,
    env: opts.env,
  };
  const hit = lookup(file, req);
  if (hit) {
    const { present } = await import('./check-report.js');
    return { ...(await present(hit, { ...opts, cwd })), cache: 'hit' };
  }
  const started = fileSystemNow();
  let outcome: CheckOutcome | undefined;
  const { runCheck } = await import('./check.js');
  const result = await runCheck(paths, {
    ...opts,
    cwd,
    onOutcome: (o: CheckOutcome) => {
      outcome = o;
    },
  });
  let stderr = result.stderr;
  // Worked out after the run, from the list the run made; a file changed while it ran is not stored (the next
  // run is a miss, and checks afresh).
  const fp = outcome && digest(outcome.reads, started);
  if (outcome && fp) {
    const failed = store(file, req, fp, outcome);
    if (failed) stderr += `${failed}\n`;
  }
  return { ...result, stderr, cache: 'miss' };
}
