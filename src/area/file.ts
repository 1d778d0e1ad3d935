// Reads `area.yaml`: the area's name, the postcode areas inside it, and the schools' placement repos.
// A mistake in this file stops the command (exit 2) with every problem listed at once, each at its line.
import { z } from 'zod';
import { UsageError, type YamlDocument } from '../model/findings.js';
import { ThresholdsSchema, SEVERITY_SETTINGS } from '../model/config.js';
import { nearest, settingsProblems } from '../load/issues.js';
import { parseAreaYaml, problemsError, readAreaYaml, type AreaYaml } from './yaml-doc.js';

/** Postcode areas (letters only, "LS") or districts ("WF17"). */
const postcodePart = z
  .string()
  .regex(/^\s*[A-Za-z]{1,2}(\d[A-Za-z\d]?)?\s*$/, 'use a postcode area such as LS or a district such as WF17');

export const AreaSchoolSchema = z.strictObject({
  path: z.string().min(1).nullish().meta({ description: "The school's placements repo, relative to area.yaml" }),
  git: z.string().min(1).nullish().meta({
    description:
      "A git repository holding the school's placements, read with the system git into the cache folder (with path: as well, path: is a clone kept by hand and is read as it is)",
  }),
  ref: z
    .string()
    .min(1)
    .nullish()
    .meta({ description: 'With git: the branch, tag or commit to read (default: the remote default branch)' }),
});

export const AreaFileSchema = z.strictObject({
  area: z.strictObject({
    name: z.string().min(1),
    la_code: z.union([z.number(), z.string()]).nullish().meta({ description: "The DfE's three-digit LA number" }),
  }),
  home_postcode_areas: z.array(postcodePart).nullish(),
  directory: z
    .string()
    .min(1)
    .nullish()
    .meta({ description: "The area's provider directory (providers.yaml), relative to area.yaml" }),
  gias_links: z.string().min(1).nullish().meta({
    description: "GIAS's links extract (links_edubasealldata*.csv): a provider's predecessor and successor URNs",
  }),
  cache: z
    .string()
    .min(1)
    .nullish()
    .meta({ description: 'Where git: schools are read into (default .ap-ready-cache beside area.yaml)' }),
  stale_after_days: z
    .number()
    .int()
    .min(1)
    .default(14)
    .meta({ description: "A school's data older than this many days (its last commit) is a finding" }),
  schools: z.array(AreaSchoolSchema).min(1),
  registration_law: z.enum(['esa-2008', 'cwsa-2026']).default('esa-2008'),
  small_count: z
    .number()
    .int()
    .min(1)
    .default(3)
    .meta({ description: 'Counts below this print as "fewer than N" in the area overview' }),
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
  return checkAreaFile(
    readAreaYaml(path, cwd, 'the area file', "area.yaml, which lists the schools' repos"),
    areaRuleIds,
  );
}

/** area.yaml from its text (`abs` its absolute path, `shown` the path as messages name it), checked as loadAreaFile checks it. */
export function parseAreaFile(src: string, abs: string, shown: string, areaRuleIds: readonly string[]): AreaFile {
  return checkAreaFile(parseAreaYaml(src, abs, shown, 'the area file'), areaRuleIds);
}

function checkAreaFile({ abs, shown, raw, at, where }: AreaYaml, areaRuleIds: readonly string[]): AreaFile {
  if (raw === null || raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new UsageError(
      `${shown}: the area file is empty or not a mapping: it needs area: { name: … } and schools: [ { path: … } ].`,
    );
  }
  const { problems, result } = settingsProblems(AreaFileSchema, raw, where, { echo: true }); // the LA's own settings: quoting them back is safe (escaped)
  const rules = (raw as { rules?: unknown }).rules;
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const id of Object.keys(rules)) {
      if (!areaRuleIds.includes(id)) {
        const guess = nearest(id, areaRuleIds);
        problems.push(
          `${where(['rules', id], true)}: "${id}" is not an area rule${guess ? `: did you mean "${guess}"?` : ''} (area.yaml sets area rules only; each school's own rules are set in its ap-ready.config.yaml).`,
        );
      }
    }
  }
  const schools = (raw as { schools?: unknown }).schools;
  if (Array.isArray(schools)) {
    schools.forEach((s, i) => {
      if (!s || typeof s !== 'object') return;
      const { path: p, git, ref } = s as { path?: unknown; git?: unknown; ref?: unknown };
      if (!p && !git)
        problems.push(
          `${where(['schools', i])}: this school has neither path: (the folder of its placements repo) nor git: (the repository's URL).`,
        );
      if (ref && !git)
        problems.push(
          `${where(['schools', i, 'ref'], true)}: ref: names a branch, tag or commit of a git: repository; this school has no git:.`,
        );
    });
  }
  if (problems.length) throw problemsError('The area file', problems);
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
