// The library API behind `ap-ready area`: read area.yaml, check every school with its own config (the
// same `check()` a school runs, each with its own Run), match providers across schools, run the area
// rules, and return the schools' findings plus the area's. Inside the area a pupil is `<school URN>/<ref>`:
// never joined across schools.
import type { CheckedFile, Finding, Severity } from '../model/findings.js';
import type { Counts } from '../model/counts.js';
import { severityOf } from '../model/rule-meta.js';
import { ThresholdsSchema, type Thresholds } from '../model/config.js';
import { parseAsOf } from '../check.js';
import { reporter, sortFindings } from '../engine.js';
import { dirname } from 'node:path';
import { loadAreaFile, type AreaFile } from './file.js';
import { areaDirectory, type Directory } from './directory.js';
import { loadGiasLinks } from './gias-links.js';
import { loadSchools, type AreaSchool, type LeftOut } from './schools.js';
import { matchProviders, providerInUse, type AreaProvider } from './providers.js';
import { AREA_RULES, AREA_RULE_IDS } from './rules/index.js';
import { areaSchoolLeftOut } from './rules/school-left-out.js';
import type { AreaRule, AreaRun } from './rules/types.js';

export interface AreaOptions {
  asOf?: string;
  cwd?: string;
  /** A GIAS extract for every school's URN checks (else each school's config's `gias`). */
  giasPath?: string;
  /** The environment, for each school's input limits (default the process's). */
  env?: NodeJS.ProcessEnv;
}

export interface AreaResult {
  area: AreaFile;
  asOf: string;
  thresholds: Thresholds;
  schools: AreaSchool[];
  /** The schools left out, each with what is wrong in words (area-school-left-out's message). */
  leftOut: (LeftOut & { why: string })[];
  providers: AreaProvider[];
  /** The area as its rules saw it (documents re-read the rules' conclusions from it). */
  run: AreaRun;
  /** The provider directory, when area.yaml names one. */
  directory?: Directory;
  /** The schools' findings and the area's, area.yaml's first, then by file; suppressed ones carry `suppression`. */
  findings: Finding[];
  /** The area rules' own findings (also in `findings`), as found, for documents. */
  areaFindings: Finding[];
  /** Every file reported on: area.yaml first, then each school's files. */
  files: CheckedFile[];
  /** Summed over schools (a pupil is counted by each school that places them). */
  counts: Counts;
}

/** An area rule's severity under area.yaml's `rules:`. */
export function areaSeverity(rule: Pick<AreaRule, 'id' | 'defaultSeverity'>, area: AreaFile): Severity | 'off' {
  return severityOf(rule, area.data.rules);
}

export async function checkArea(areaPath: string, options: AreaOptions = {}): Promise<AreaResult> {
  const cwd = options.cwd ?? process.cwd();
  const asOf = parseAsOf(options.asOf);
  const area = loadAreaFile(areaPath, AREA_RULE_IDS, cwd);
  const thresholds = ThresholdsSchema.parse(area.data.thresholds);
  const { schools, leftOut } = await loadSchools(area, asOf, cwd, options.giasPath, options.env);
  const directory = areaDirectory(area.path, area.data.directory, cwd);
  const successors = area.data.gias_links
    ? loadGiasLinks(area.data.gias_links, dirname(area.path), area.data.gias_links)
    : undefined;
  // The area's GIAS extract: --gias, which every school was checked against, else the first school's own.
  const gias = schools.map((s) => s.result.run.gias).find(Boolean);
  const { providers, urnConflicts } = matchProviders(schools, { directory, gias, successors });
  const run: AreaRun = {
    asOf,
    thresholds,
    registrationLaw: area.data.registration_law,
    staleAfterDays: area.data.stale_after_days,
    file: area,
    schools,
    leftOut,
    providers,
    urnConflicts,
    directory,
    successors,
  };
  const areaFindings: Finding[] = [];
  for (const rule of AREA_RULES) {
    const severity = areaSeverity(rule, area);
    if (severity === 'off') continue;
    rule.check({ area: run, report: reporter(rule, severity, areaFindings) });
  }
  // area.yaml's findings first, then by file: sorted by each file's rank (sortFindings), not by comparing
  // paths at each of 100,000 steps.
  const onArea = areaFindings.filter((f) => f.file === area.path),
    rest = [...schools.flatMap((s) => s.result.findings), ...areaFindings.filter((f) => f.file !== area.path)];
  sortFindings(onArea);
  sortFindings(rest);
  const findings = [...onArea, ...rest];
  const files = [
    { path: area.path, displayPath: area.displayPath },
    ...(directory ? [{ path: directory.path, displayPath: directory.displayPath }] : []),
    ...schools.flatMap((s) => s.result.checked.map((f) => ({ path: f.path, displayPath: f.displayPath }))),
  ];
  const counts: Counts = {
    pupils: 0,
    send: 0,
    ehcp: 0,
    partTime: 0,
    lookedAfter: 0,
    providersRegistered: 0,
    providersUnregistered: 0,
    unreadablePlacements: 0,
    unreadableFiles: 0,
  };
  for (const s of schools) {
    for (const k of [
      'pupils',
      'send',
      'ehcp',
      'partTime',
      'lookedAfter',
      'unreadablePlacements',
      'unreadableFiles',
    ] as const)
      counts[k] += s.result.counts[k];
  }
  for (const p of providers)
    if (providerInUse(p)) counts[p.registered ? 'providersRegistered' : 'providersUnregistered']++;
  const said = (l: LeftOut) => areaSchoolLeftOut.messages[l.messageId](l.data);
  return {
    area,
    asOf,
    thresholds,
    schools,
    leftOut: leftOut.map((l) => ({ ...l, why: said(l) })),
    providers,
    run,
    directory,
    findings,
    areaFindings,
    files,
    counts,
  };
}

export { AREA_RULES, AREA_RULE_IDS };
