// Loads each school named in area.yaml with its own config, by calling the library `check()` a school
// runs. A school that cannot be checked is a finding on area.yaml (area-school-left-out), never a throw:
// the other schools are still checked.
//
// How a school's path maps to what `check` reads: the path is the school's placements repo. Its config is
// `ap-ready.config.yaml` (or .yml) at the top of that folder; its placement files are in `placements/`
// inside it when that folder exists (the layout `ap-ready init` makes), else the folder itself.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { check, type CheckResult } from '../check.js';
import { UsageError, type DataPath, type Position } from '../findings.js';
import { PlacementFile } from '../load/placement-file.js';
import { CONFIG_NAMES } from '../load/files.js';
import type { AreaFile } from './file.js';

export const BLOCKING_RULES: ReadonlySet<string> = new Set(['yaml-syntax', 'schema', 'date-format']);

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
}

export interface LeftOut {
  index: number;
  /** Who it is, as far as known: its name, URN or path. */
  label: string;
  /** What is wrong and what to do. */
  why: string;
  /** Where in area.yaml. */
  path: DataPath;
}

export interface LoadedSchools {
  schools: AreaSchool[];
  leftOut: LeftOut[];
}

/** A finding is one line: a multi-line usage message (a config's problems listed) is joined with semicolons. */
const oneLine = (message: string) => message.trim().replace(/:\n\s+/, ': ').replace(/\n\s+/g, '; ');

/**
 * An area holds thousands of files: once a school is checked, each file's text and node tree are let go (they
 * were measured to double the memory of a 6,000-file area and slow it with garbage collection). The few
 * files an area finding points into are read again for the position (`positionIn`).
 */
function releaseText(file: PlacementFile): void {
  const f = file as unknown as { source: string; parsedTree?: unknown; lines?: unknown };
  f.source = '';
  f.parsedTree = undefined;
  f.lines = undefined;
}

/** Where a node of a school file is, reading the file again (once per `reread` cache) when its text was let go. */
export function positionIn(file: PlacementFile, path: DataPath, reread: Map<string, PlacementFile>, opts: { key?: boolean } = {}): Position {
  if (file.tree) return file.at(path, opts);
  let again = reread.get(file.path);
  if (!again) reread.set(file.path, again = new PlacementFile(file.path).load());
  return again.at(path, opts);
}

function configIn(dir: string): string | undefined {
  for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

/** The school's URN as six digits, or undefined when the config has none. */
function urnOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const s = String(value).trim();
  return s === '' ? undefined : s;
}

export async function loadSchool(area: AreaFile, index: number, asOf: string, cwd: string, giasPath?: string): Promise<AreaSchool | LeftOut> {
  const entry = area.data.schools[index];
  const given = entry.path!;
  const dir = resolve(dirname(area.path), given);
  const shown = relative(cwd, dir) || dir;
  const path: DataPath = ['schools', index, 'path'];
  const out = (why: string, label = shown): LeftOut => ({ index, label, why, path });
  if (!existsSync(dir)) return out(`The school's folder ${shown} does not exist: check the path: in ${area.displayPath}${entry.git ? ' (clone the git: repo there first; ap-ready makes no network access)' : ''}.`);
  if (!statSync(dir).isDirectory()) return out(`${shown} is a file, not a school's folder: give the folder that holds its ap-ready.config.yaml.`);
  const configPath = configIn(dir);
  if (!configPath) return out(`${shown} has no ap-ready.config.yaml, so the school's URN is not known: add one with school: { name: …, urn: … } (ap-ready init makes one).`);
  const placementsDir = existsSync(join(dir, 'placements')) && statSync(join(dir, 'placements')).isDirectory() ? join(dir, 'placements') : dir;
  let result: CheckResult;
  try {
    result = await check([placementsDir], { asOf, configPath, cwd, giasPath });
  } catch (e) {
    if (e instanceof UsageError) return out(`The school at ${shown} could not be checked: ${oneLine(e.message)}`);
    throw e;
  }
  const name = result.config.school?.name?.trim() || shown;
  const urn = urnOf(result.config.school?.urn);
  if (!urn) return out(`The school "${name}" (${shown}) has no URN in ${relative(cwd, configPath) || configPath}: add school: { urn: … }, which identifies the school across the area.`, name);
  for (const file of result.files) releaseText(file);
  const unreadable = [...new Set(result.findings.filter((f) => BLOCKING_RULES.has(f.ruleId)).map((f) => result.files.find((file) => file.path === f.file)?.displayPath ?? f.file))];
  return { index, name, urn, dir, placementsDir, result, unreadable };
}

/**
 * Every school, in area.yaml's order. Schools are checked one after another: each check is synchronous
 * file reading and parsing on one core, and bench/area.mjs measured two worker processes as no faster here.
 */
export async function loadSchools(area: AreaFile, asOf: string, cwd: string, giasPath?: string): Promise<LoadedSchools> {
  const schools: AreaSchool[] = [], leftOut: LeftOut[] = [];
  const byUrn = new Map<string, AreaSchool>();
  for (let i = 0; i < area.data.schools.length; i++) {
    const loaded = await loadSchool(area, i, asOf, cwd, giasPath);
    if (!('urn' in loaded)) { leftOut.push(loaded); continue; }
    const first = byUrn.get(loaded.urn);
    if (first) {
      leftOut.push({
        index: i, label: loaded.name, path: ['schools', i, 'path'],
        why: `"${loaded.name}" has URN ${loaded.urn}, the same as "${first.name}" (school ${first.index + 1} in the list): a URN identifies one school, so this one is left out. Correct the URN in its config, or remove the repeated entry.`,
      });
      continue;
    }
    byUrn.set(loaded.urn, loaded);
    schools.push(loaded);
  }
  return { schools, leftOut };
}
