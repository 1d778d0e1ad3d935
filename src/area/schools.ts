// Loads each school named in area.yaml with its own config, by calling the library `check()` a school
// runs. A school that cannot be checked is a finding on area.yaml (area-school-left-out), never a throw:
// the other schools are still checked.
//
// How a school's path maps to what `check` reads: the path is the school's placements repo. Its config is
// `ap-ready.config.yaml` (or .yml) at the top of that folder; its placement files are in `placements/`
// inside it when that folder exists (the layout `ap-ready init` makes), else the folder itself.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { check, type CheckResult } from '../check.js';
import { UsageError, type DataPath } from '../model/findings.js';
import { FILE_RULE_IDS } from '../model/rule-meta.js';
import { CONFIG_NAMES } from '../load/files.js';
import type { AreaFile } from './file.js';
import { collectGit, commitOf } from './collect.js';

/** The loader's findings: a file with one of these could not be read in full. */
const BLOCKING_RULES: ReadonlySet<string> = new Set(FILE_RULE_IDS);

export interface AreaSchool {
  /** Position in area.yaml's `schools` list. */
  index: number;
  /** The school's name from its config, else its folder's name. */
  name: string;
  urn: string;
  dir: string;
  placementsDir: string;
  result: CheckResult;
  /** Files the school holds that could not be read in full (yaml-syntax, schema or date-format findings). */
  unreadable: string[];
  /** Where the data came from: a folder, or a git repository read into the cache. */
  source: 'path' | 'git';
  /** The date (YYYY-MM-DD) of the commit read, when the folder is in a git repository. */
  dataAsOf?: string;
  commit?: string;
}

/** Why a school was left out: the message id of area-school-left-out and its data. */
export type LeftOutWhy =
  | { messageId: 'missing'; data: { folder: string; areaFile: string; git: boolean } }
  | { messageId: 'notFolder'; data: { folder: string } }
  | { messageId: 'noConfig'; data: { folder: string } }
  | { messageId: 'notChecked'; data: { folder: string; problem: string } }
  | { messageId: 'noUrn'; data: { name: string; folder: string; config: string } }
  | { messageId: 'sameUrn'; data: { name: string; urn: string; first: string; position: number } }
  | { messageId: 'gitFailed'; data: { problem: string } }
  | { messageId: 'outside'; data: { folder: string; what: string } };

export type LeftOut = LeftOutWhy & {
  index: number;
  /** Who it is, as far as known: its name or path. */
  label: string;
  /** Where in area.yaml. */
  path: DataPath;
};

export interface LoadedSchools {
  schools: AreaSchool[];
  leftOut: LeftOut[];
}

/** A finding is one line: a multi-line usage message (a config's problems listed) is joined with semicolons. */
const oneLine = (message: string) =>
  message
    .trim()
    .replace(/:\n\s+/, ': ')
    .replace(/\n\s+/g, '; ');

function configIn(dir: string): string | undefined {
  for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

/** The school's URN as six digits, or undefined when the config has none. */
function urnOf(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const s = String(value).trim();
  return s === '' ? undefined : s;
}

/** Whether a path, links followed, lies inside the folder (itself included). */
/** Whether `path`, links resolved, lies in the folder whose real path is `root` (realpath(3): one system call). */
function inside(path: string, root: string): boolean {
  const real = realpathSync.native(path);
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** The folder in a git repository (some folder above it holds .git): worth asking git for its commit. */
function inGitRepo(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return true;
    if (dirname(d) === d) return false;
  }
}

export async function loadSchool(
  area: AreaFile,
  index: number,
  asOf: string,
  cwd: string,
  giasPath?: string,
  env?: NodeJS.ProcessEnv,
): Promise<AreaSchool | LeftOut> {
  const entry = area.data.schools[index];
  const fromGit = !entry.path && !!entry.git;
  const path: DataPath = ['schools', index, fromGit ? 'git' : 'path'];
  let dir: string,
    collected: { commit?: string; dataAsOf?: string } = {};
  if (fromGit) {
    const cache = resolve(dirname(area.path), area.data.cache ?? '.ap-ready-cache');
    const got = collectGit(entry.git!, entry.ref ?? undefined, cache);
    if (!got.dir) return { index, label: entry.git!, path, messageId: 'gitFailed', data: { problem: got.problem! } };
    dir = got.dir;
    collected = got;
  } else {
    dir = resolve(dirname(area.path), entry.path!);
  }
  const shown = relative(cwd, dir) || dir;
  const out = (why: LeftOutWhy, label = fromGit ? entry.git! : shown): LeftOut => ({ index, label, path, ...why });
  if (!existsSync(dir))
    return out({ messageId: 'missing', data: { folder: shown, areaFile: area.displayPath, git: !!entry.git } });
  if (!statSync(dir).isDirectory()) return out({ messageId: 'notFolder', data: { folder: shown } });
  const configPath = configIn(dir);
  if (!configPath) return out({ messageId: 'noConfig', data: { folder: shown } });
  // Nothing of a school outside its own folder is read: a placements/ that is a link elsewhere is refused unread.
  const placementsDir =
    existsSync(join(dir, 'placements')) && statSync(join(dir, 'placements')).isDirectory()
      ? join(dir, 'placements')
      : dir;
  const root = realpathSync.native(dir);
  if (!inside(placementsDir, root))
    return out({ messageId: 'outside', data: { folder: shown, what: 'its placements folder' } });
  if (!inside(configPath, root))
    return out({ messageId: 'outside', data: { folder: shown, what: 'its ap-ready.config.yaml' } });
  if (!fromGit && inGitRepo(dir)) collected = commitOf(dir);
  let result: CheckResult;
  try {
    result = await check([placementsDir], { asOf, configPath, cwd, giasPath, env });
  } catch (e) {
    if (e instanceof UsageError)
      return out({ messageId: 'notChecked', data: { folder: shown, problem: oneLine(e.message) } });
    throw e;
  }
  // A register or attendance folder the config names outside the school's folder: the school is refused.
  // (The GIAS extract is public data shared by schools: it may live anywhere.)
  const gias = result.run.gias?.path;
  const away = (result.inputs ?? []).find((f) => f !== gias && existsSync(f) && !inside(f, root));
  if (away)
    return out({
      messageId: 'outside',
      data: { folder: shown, what: `a file its config names (${relative(dir, away).split(sep).slice(-1)[0]})` },
    });
  const name = result.config.school?.name?.trim() || shown;
  const urn = urnOf(result.config.school?.urn);
  if (!urn)
    return out(
      { messageId: 'noUrn', data: { name, folder: shown, config: relative(cwd, configPath) || configPath } },
      name,
    );
  // An area holds thousands of files: keep the records, let go of the text (read again for a position).
  for (const file of result.files) file.release();
  const unreadable = [
    ...new Set(
      result.findings
        .filter((f) => BLOCKING_RULES.has(f.ruleId))
        .map((f) => result.files.find((file) => file.path === f.file)?.displayPath ?? f.file),
    ),
  ];
  return { index, name, urn, dir, placementsDir, result, unreadable, source: fromGit ? 'git' : 'path', ...collected };
}

/**
 * Every school, in area.yaml's order. Schools are checked one after another: each check is synchronous
 * file reading and parsing on one core, and bench/area.mjs measured two worker processes as no faster here.
 */
export async function loadSchools(
  area: AreaFile,
  asOf: string,
  cwd: string,
  giasPath?: string,
  env?: NodeJS.ProcessEnv,
): Promise<LoadedSchools> {
  const schools: AreaSchool[] = [],
    leftOut: LeftOut[] = [];
  const byUrn = new Map<string, AreaSchool>();
  for (let i = 0; i < area.data.schools.length; i++) {
    const loaded = await loadSchool(area, i, asOf, cwd, giasPath, env);
    if (!('urn' in loaded)) {
      leftOut.push(loaded);
      continue;
    }
    const first = byUrn.get(loaded.urn);
    if (first) {
      leftOut.push({
        index: i,
        label: loaded.name,
        path: ['schools', i, 'path'],
        messageId: 'sameUrn',
        data: { name: loaded.name, urn: loaded.urn, first: first.name, position: first.index + 1 },
      });
      continue;
    }
    byUrn.set(loaded.urn, loaded);
    schools.push(loaded);
  }
  return { schools, leftOut };
}
