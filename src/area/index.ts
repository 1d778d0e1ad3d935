// The library API behind `ap-ready area`: read area.yaml, check every school with its own config (the
// same `check()` a school runs), match providers across schools, run the area rules, and return the
// schools' findings plus the area's. Inside the area a pupil is `<school URN>/<ref>`: never joined across schools.
import type { DataPath, Finding, Severity } from '../findings.js';
import { parseAsOf } from '../check.js';
import { compareFindings, type Counts } from '../engine.js';
import { ThresholdsSchema, type Thresholds } from '../model/config.js';
import { loadAreaFile, type AreaFile } from './file.js';
import { loadSchools, positionIn, type AreaSchool, type LeftOut } from './schools.js';
import { matchProviders, type AreaProvider } from './providers.js';
import { AREA_RULES, AREA_RULE_IDS, AREA_SCHOOL_LEFT_OUT } from './rules/index.js';
import { providerInUse } from './rules/qa.js';
import type { AreaRule } from './rules/types.js';
import type { PlacementFile } from '../load/placement-file.js';

export interface AreaOptions {
  asOf?: string;
  cwd?: string;
  /** A GIAS extract for every school's URN checks (else each school's config's `gias`). */
  giasPath?: string;
}

export interface AreaResult {
  area: AreaFile;
  asOf: string;
  thresholds: Thresholds;
  schools: AreaSchool[];
  leftOut: LeftOut[];
  providers: AreaProvider[];
  /** The schools' findings and the area's, sorted by file; suppressed ones carry `suppression`. */
  findings: Finding[];
  /** The area rules' own findings (also in `findings`), as found, for documents. */
  areaFindings: Finding[];
  /** Every file reported on: area.yaml first, then each school's files. */
  files: { path: string; displayPath: string }[];
  /** Summed over schools (a pupil is counted by each school that places them). */
  counts: Counts;
}

export function areaSeverity(rule: { id: string; defaultSeverity: Severity }, area: AreaFile): Severity | 'off' {
  return area.data.rules[rule.id] ?? rule.defaultSeverity;
}

export async function checkArea(areaPath: string, options: AreaOptions = {}): Promise<AreaResult> {
  const cwd = options.cwd ?? process.cwd();
  const asOf = parseAsOf(options.asOf);
  const area = loadAreaFile(areaPath, AREA_RULE_IDS, cwd);
  const thresholds = ThresholdsSchema.parse(area.data.thresholds);
  const { schools, leftOut } = await loadSchools(area, asOf, cwd, options.giasPath);
  const providers = matchProviders(schools);
  const areaFindings: Finding[] = [];
  const add = (id: string, severity: Severity, message: string, file: string, pos: { line: number; column: number }) =>
    areaFindings.push({ ruleId: id, severity, message, file, line: pos.line, column: pos.column });

  const leftOutSeverity = areaSeverity(AREA_SCHOOL_LEFT_OUT, area);
  if (leftOutSeverity !== 'off') for (const l of leftOut) add(AREA_SCHOOL_LEFT_OUT.id, leftOutSeverity, l.why, area.path, area.at(l.path));

  const ctx = { schools, providers, asOf, thresholds, registrationLaw: area.data.registration_law };
  const reread = new Map<string, PlacementFile>();
  for (const rule of AREA_RULES as AreaRule[]) {
    const severity = areaSeverity(rule, area);
    if (severity === 'off') continue;
    for (const r of rule.check(ctx)) {
      add(rule.id, severity, r.message, area.path, area.at(r.areaPath ?? (r.places.length ? ['schools', r.places[0].school.index] : [])));
      const seen = new Set<string>();
      for (const place of r.places) {
        const pos = positionIn(place.file, place.path as DataPath, reread, { key: place.key });
        const k = `${place.file.path}\0${pos.line}\0${pos.column}`;
        if (seen.has(k)) continue;
        seen.add(k);
        areaFindings.push({ ruleId: rule.id, severity, message: r.message, file: place.file.path, ...pos });
      }
    }
  }
  const findings = [...schools.flatMap((s) => s.result.findings), ...areaFindings].sort((a, b) =>
    a.file === area.path && b.file !== area.path ? -1 : b.file === area.path && a.file !== area.path ? 1 : compareFindings(a, b));
  const files = [
    { path: area.path, displayPath: area.displayPath },
    ...schools.flatMap((s) => s.result.files.map((f) => ({ path: f.path, displayPath: f.displayPath }))),
  ];
  const counts: Counts = { pupils: 0, send: 0, ehcp: 0, partTime: 0, lookedAfter: 0, providersRegistered: 0, providersUnregistered: 0 };
  for (const s of schools) {
    for (const k of ['pupils', 'send', 'ehcp', 'partTime', 'lookedAfter'] as const) counts[k] += s.result.counts[k];
  }
  for (const p of providers) if (providerInUse(p, asOf)) counts[p.registered ? 'providersRegistered' : 'providersUnregistered']++;
  return { area, asOf, thresholds, schools, leftOut, providers, findings, areaFindings, files, counts };
}

export { AREA_RULES, AREA_RULE_IDS, AREA_SCHOOL_LEFT_OUT };
