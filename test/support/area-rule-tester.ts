// testAreaRule: an area rule's tests in memory, as testRule is for a school's rule. Each case is an area of
// schools, each school its placement files (YAML text, or a provider built by providerYaml), checked as of an
// explicit date with the same check() a school runs, through an in-memory file system: no temporary folder.
// The area rule then runs alone over them. An invalid case lists the findings it expects by message id, the
// file (area.yaml unless named) and the data path they point at.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { memoryFs } from '../../src/load/fs.js';
import { ConfigSchema, ThresholdsSchema } from '../../src/model/config.js';
import type { DataPath, Finding, YamlDocument } from '../../src/model/findings.js';
import { parseAreaFile } from '../../src/area/file.js';
import { areaSeverity } from '../../src/area/index.js';
import { matchProviders } from '../../src/area/providers.js';
import { AREA_RULE_IDS } from '../../src/area/rules/index.js';
import type { AreaSchool, LeftOut } from '../../src/area/schools.js';
import type { AreaRule, AreaRun } from '../../src/area/rules/types.js';
import { reporter } from '../../src/engine.js';
import { AS_OF, providerYaml, type ProviderSpec } from '../area/support.js';
import { watched } from './rule-tester.js';

export { AS_OF, providerYaml, type ProviderSpec };

const ROOT = '/area';

export interface SchoolCase {
  /** The school's folder under the area (its name too, unless `name` is given). */
  dir: string;
  name?: string;
  /** Default: a URN made from the school's place in the list. */
  urn?: string;
  /** Files under the school's placements/: name → YAML text or a provider spec. */
  files: Record<string, string | ProviderSpec>;
  /** The commit date of the school's data (as a git: school has it). */
  dataAsOf?: string;
}

export interface AreaCase {
  name: string;
  schools: SchoolCase[];
  /** area.yaml's text; default: an area listing the schools, with LS as its home postcode area. */
  areaYaml?: string;
  /** Schools that could not be checked, as the loader reports them (area-school-left-out's input). */
  leftOut?: LeftOut[];
  /** URN → its successor's URN, as GIAS links give them. */
  successors?: ReadonlyMap<string, string>;
  asOf?: string;
}

export interface AreaExpected {
  messageId: string;
  /** The file, relative to the area (`a/placements/m.yaml`); default area.yaml. */
  file?: string;
  /** The data path the finding points at (its key when `key`); default the file's root. */
  at?: DataPath;
  key?: boolean;
  /** The data the message was made with: the message must read exactly as the rule words it. */
  data?: Record<string, unknown>;
  /** Or a pattern the message must match. */
  message?: RegExp;
  severity?: 'error' | 'warn';
}

export interface AreaInvalidCase extends AreaCase {
  errors: AreaExpected[];
}

const defaultAreaYaml = (schools: readonly SchoolCase[]) =>
  `area: { name: Testshire Council, la_code: 999 }\nhome_postcode_areas: [LS]\nschools:\n${schools.map((s) => `  - path: ${s.dir}\n`).join('')}`;

/** Runs `rule` alone over the case's area, built in memory; fails if a school's file does not load cleanly. */
export async function runAreaRule(rule: AreaRule, c: AreaCase) {
  const asOf = c.asOf ?? AS_OF;
  const area = parseAreaFile(c.areaYaml ?? defaultAreaYaml(c.schools), `${ROOT}/area.yaml`, 'area.yaml', AREA_RULE_IDS);
  const schools: AreaSchool[] = [];
  const documents = new Map<string, YamlDocument>([['area.yaml', area]]);
  for (const [index, s] of c.schools.entries()) {
    const dir = `${ROOT}/${s.dir}`;
    const placementsDir = `${dir}/placements`;
    const texts = Object.fromEntries(
      Object.entries(s.files).map(([name, spec]) => [
        `${placementsDir}/${name}`,
        typeof spec === 'string' ? spec : providerYaml(spec),
      ]),
    );
    const urn = s.urn ?? String(995100 + index);
    const config = ConfigSchema.parse({ school: { name: s.name ?? s.dir, urn } });
    const result = await check([placementsDir], { asOf, config, cwd: ROOT, fs: memoryFs(texts) });
    for (const f of result.files) {
      expect(f.fileFindings, `${f.displayPath} must load cleanly`).toEqual([]);
      documents.set(f.displayPath, f);
    }
    schools.push({
      index,
      name: s.name ?? s.dir,
      urn,
      dir,
      placementsDir,
      result,
      unreadable: [],
      source: 'path',
      dataAsOf: s.dataAsOf,
    });
  }
  const read = new Set<string>();
  const { providers, urnConflicts } = matchProviders(schools, { successors: c.successors });
  const run: AreaRun = {
    asOf,
    thresholds: watched(ThresholdsSchema.parse(area.data.thresholds), read),
    registrationLaw: area.data.registration_law,
    staleAfterDays: area.data.stale_after_days,
    file: area,
    schools,
    leftOut: c.leftOut ?? [],
    providers,
    urnConflicts,
    successors: c.successors,
  };
  const findings: Finding[] = [];
  const severity = areaSeverity(rule, area);
  if (severity !== 'off') rule.check({ area: run, report: reporter(rule, severity, findings) });
  const undeclared = [...read].filter((k) => !(rule.thresholds as readonly string[]).includes(k));
  expect(undeclared, `${rule.id} reads thresholds it does not declare: add them to its \`thresholds\``).toEqual([]);
  return { documents, findings };
}

/** One describe block per area rule: every valid case has no finding; every invalid case has exactly its errors. */
export function testAreaRule(rule: AreaRule, cases: { valid: AreaCase[]; invalid: AreaInvalidCase[] }): void {
  describe(rule.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const { findings } = await runAreaRule(rule, c);
        expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.messageId}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const { documents, findings } = await runAreaRule(rule, c);
        const where = (e: AreaExpected) => {
          const doc = documents.get(e.file ?? 'area.yaml');
          if (!doc) throw new Error(`${e.file} is not a file of this case: one of ${[...documents.keys()].join(', ')}`);
          return { file: doc.path, ...doc.at(e.at ?? [], { key: e.key }) };
        };
        const key = (x: { messageId?: string; file: string; line: number; column: number }) =>
          `${x.file}:${x.line}:${x.column} ${x.messageId}`;
        expect(findings.map((f) => key(f)).sort()).toEqual(
          c.errors.map((e) => key({ messageId: e.messageId, ...where(e) })).sort(),
        );
        for (const e of c.errors) {
          const w = where(e);
          const f = findings.find((x) => key(x) === key({ messageId: e.messageId, ...w }))!;
          if (e.data) expect(f.message).toBe(rule.messages[e.messageId](e.data));
          if (e.message) expect(f.message).toMatch(e.message);
          if (e.severity) expect(f.severity).toBe(e.severity);
        }
      });
    }
  });
}
