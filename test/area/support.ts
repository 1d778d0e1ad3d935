// Builds small areas in a temporary folder (removed when the test file ends): area.yaml and schools, each with its config and placement files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../support/temp-dir.js';

export const AS_OF = '2026-11-16';

export interface PupilSpec {
  ref: string;
  hours?: number;
  send?: 'none' | 'sen-support' | 'ehcp';
  lookedAfter?: boolean;
  year?: number;
  start?: string;
  end?: string;
  destination?: string;
  /** The placement's reviews as YAML (flow style), instead of one review on 2 November. */
  reviews?: string;
  extra?: string;
}

export interface ProviderSpec {
  name?: string;
  postcode?: string;
  registered?: boolean;
  urn?: string;
  /** [date, outcome] */
  qa?: [string, string][];
  pupils?: PupilSpec[];
}

export function providerYaml(p: ProviderSpec): string {
  const reg = p.registered
    ? `    status: registered\n    type: pru\n    urn: ${p.urn ?? '995011'}\n`
    : '    status: unregistered\n    type: vocational\n';
  const qa = (p.qa ?? [['2026-10-01', 'meets']])
    .map(
      ([date, outcome]) =>
        `    - { date: ${date}, by: Deputy Headteacher, against: voluntary-national-standards, outcome: ${outcome} }\n`,
    )
    .join('');
  const pupils = (p.pupils ?? [{ ref: 'P-0001' }])
    .map(
      (u) => `  - pupil: ${u.ref}
    year_group: ${u.year ?? 10}
    start_date: ${u.start ?? '2026-09-07'}
    planned_end_date: 2027-03-25
    end_date: ${u.end ?? 'null'}
    reason: "Small-group support"
    reason_category: semh
    la_notified: 2026-09-01
    send: ${u.send ?? 'none'}
    looked_after: ${u.lookedAfter ? 'true' : 'false'}
    hours_per_week: ${u.hours ?? 9}
    pre_commissioning_discussion: { date: 2026-09-01, parent_or_carer: true, pupil: true }
    objectives: [{ target: Attend, by: 2027-03-25 }]
    reviews: ${u.reviews ?? '[{ date: 2026-11-02, attendance_percent: 90 }]'}
    exit_plan: Return to school
    destination: ${u.destination ? JSON.stringify(u.destination) : 'null'}
${u.extra ?? ''}`,
    )
    .join('');
  return `provider:
  name: ${p.name ?? 'Millstone Workshop'}
  address: { line1: 1 Mill Yard, town: Leeds, postcode: ${p.postcode ?? 'LS12 6QT'} }
  registration:
${reg}  delivery: in-person
  safeguarding:
    dsl: { name: Centre DSL, phone: "0113 496 0000" }
    staff_checks_confirmed: 2026-09-01
    policy_reviewed: 2026-09-01
  agreement: { signed: 2026-09-01 }
  attendance_reporting: { method: email, within_minutes: 20 }
  curriculum: [english, maths, pshe]
  quality_assurance:
${qa}placements:
${pupils}`;
}

export interface SchoolSpec {
  dir: string;
  name?: string;
  /** null: no URN in the config; undefined: a default from the folder. */
  urn?: string | null;
  /** Files under placements/: name → YAML text or provider spec. */
  files?: Record<string, string | ProviderSpec>;
  /** No config file at all. */
  noConfig?: boolean;
}

let urnSeed = 995100;

/** Writes the area; returns the path of area.yaml. */
export function makeArea(schools: SchoolSpec[], opts: { areaYaml?: string; home?: string[] } = {}): string {
  const root = tempDir({}, 'ap-ready-area-'); // removed when the test file ends
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  for (const s of schools) {
    const dir = join(root, s.dir);
    mkdirSync(join(dir, 'placements'), { recursive: true });
    if (!s.noConfig) {
      const urn = s.urn === null ? '' : `, urn: ${s.urn ?? urnSeed++}`;
      write(join(dir, 'ap-ready.config.yaml'), `school: { name: ${s.name ?? s.dir}${urn} }\n`);
    }
    for (const [name, spec] of Object.entries(s.files ?? {}))
      write(join(dir, 'placements', name), typeof spec === 'string' ? spec : providerYaml(spec));
  }
  const areaYaml =
    opts.areaYaml ??
    `area: { name: Testshire Council, la_code: 999 }\nhome_postcode_areas: [${(opts.home ?? ['LS']).join(', ')}]\nschools:\n${schools.map((s) => `  - path: ${s.dir}\n`).join('')}`;
  write(join(root, 'area.yaml'), areaYaml);
  return join(root, 'area.yaml');
}
