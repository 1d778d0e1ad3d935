// Reads `area.yaml`: the area's name, the postcode areas inside it, and the schools' placement repos.
// A mistake in this file stops the command (exit 2) with every problem listed at once, each at its line.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';
import { UsageError, type DataPath, type Position, type YamlDocument } from '../model/findings.js';
import { ThresholdsSchema, SEVERITY_SETTINGS } from '../model/config.js';
import { nearest, settingsProblems } from '../load/issues.js';
import { LineIndex, parseYaml, YamlSyntaxError, type YamlTree } from '../load/yaml.js';

/** Postcode areas (letters only, "LS") or districts ("WF17"). */
const postcodePart = z.string().regex(/^\s*[A-Za-z]{1,2}(\d[A-Za-z\d]?)?\s*$/, 'use a postcode area such as LS or a district such as WF17');

export const AreaSchoolSchema = z.strictObject({
  path: z.string().min(1).nullish().meta({ description: "The school's placements repo, relative to area.yaml" }),
  git: z.string().nullish().meta({ description: 'Where the repo is cloned from (for people; ap-ready makes no network access)' }),
});

export const AreaFileSchema = z.strictObject({
  area: z.strictObject({
    name: z.string().min(1),
    la_code: z.union([z.number(), z.string()]).nullish().meta({ description: "The DfE's three-digit LA number" }),
  }),
  home_postcode_areas: z.array(postcodePart).nullish(),
  schools: z.array(AreaSchoolSchema).min(1),
  registration_law: z.enum(['esa-2008', 'cwsa-2026']).default('esa-2008'),
  small_count: z.number().int().min(1).default(3).meta({ description: 'Counts below this print as "fewer than N" in the area overview' }),
  thresholds: ThresholdsSchema.partial().default({}),
  rules: z.record(z.string(), z.enum(SEVERITY_SETTINGS)).default({}),
});

export type AreaFileData = z.infer<typeof AreaFileSchema>;

/** area.yaml, read: a YAML document findings can point into. */
export interface AreaFile extends YamlDocument {
  /** Absolute path of area.yaml. */
  readonly path: string;
  readonly displayPath: string;
  readonly data: AreaFileData;
}

export function loadAreaFile(path: string, areaRuleIds: readonly string[], cwd = process.cwd()): AreaFile {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  // Relative to the working folder when inside it, else in full.
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
  let src: string;
  try {
    src = readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT'
      ? `${shown} does not exist: give the path of the area file (area.yaml), which lists the schools' repos.`
      : `${shown} cannot be read (${code === 'EISDIR' ? 'it is a folder' : code ?? 'unknown error'}): give the path of the area file (area.yaml).`);
  }
  return parseAreaFile(src, abs, shown, areaRuleIds);
}

/** area.yaml from its text (`abs` its absolute path, `shown` the path as messages name it), checked as loadAreaFile checks it. */
export function parseAreaFile(src: string, abs: string, shown: string, areaRuleIds: readonly string[]): AreaFile {
  let tree: YamlTree, raw: unknown;
  try {
    const parsed = parseYaml(src, 100_000);
    tree = parsed.tree; raw = parsed.value;
  } catch (e) {
    if (e instanceof YamlSyntaxError) throw new UsageError(`${shown}:${e.line}:${e.column}: the area file is not valid YAML: ${e.message}.`);
    throw new UsageError(`${shown}: the area file is too large to be an area file.`);
  }
  const lines = new LineIndex(src);
  const at = (p: DataPath, key = false): Position => {
    const { node, exact } = tree.locate(p);
    const off = (key || !exact || node.collection) && node.keyStart !== undefined ? node.keyStart : node.start;
    return lines.pos(off);
  };
  const where = (p: DataPath, key = false) => { const pos = at(p, key); return `${shown}:${pos.line}:${pos.column}`; };
  if (raw === null || raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new UsageError(`${shown}: the area file is empty or not a mapping: it needs area: { name: … } and schools: [ { path: … } ].`);
  }
  const { problems, result } = settingsProblems(AreaFileSchema, raw, where);
  const rules = (raw as { rules?: unknown }).rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const id of Object.keys(rules)) {
      if (!areaRuleIds.includes(id)) {
        const guess = nearest(id, areaRuleIds);
        problems.push(`${where(['rules', id], true)}: "${id}" is not an area rule${guess ? `: did you mean "${guess}"?` : ''} (area.yaml sets area rules only; each school's own rules are set in its ap-ready.config.yaml).`);
      }
    }
  }
  const schools = (raw as { schools?: unknown }).schools;
  if (Array.isArray(schools)) {
    schools.forEach((s, i) => {
      if (s && typeof s === 'object' && !(s as { path?: unknown }).path) {
        problems.push(`${where(['schools', i])}: this school has no path: give the folder of its placements repo as path: (for a git: repo, clone it first and give the clone's folder; ap-ready makes no network access).`);
      }
    });
  }
  if (problems.length) {
    throw new UsageError(`The area file has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  return { path: abs, displayPath: shown, data: result.data!, at: (p, opts) => at(p, opts?.key) };
}

/** The outward code's letters ("LS11 5AB" → "LS") and the outward code itself ("LS11"). */
export function postcodeParts(postcode: string): { area: string; district: string } {
  const compact = postcode.toUpperCase().replace(/\s+/g, '');
  const district = compact.length > 3 ? compact.slice(0, -3) : compact;
  return { area: district.replace(/\d.*$/, ''), district };
}

/** Whether a postcode lies inside the listed areas ("LS") or districts ("WF17"). */
export function inHomeArea(postcode: string, home: readonly string[]): boolean {
  const { area, district } = postcodeParts(postcode);
  return home.some((h) => {
    const want = h.trim().toUpperCase();
    return /\d/.test(want) ? want === district : want === area;
  });
}
