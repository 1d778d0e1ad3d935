// A school repo in a temporary folder: one provider file, a config and attendance CSV files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/check.js';
import { ConfigSchema } from '../../src/model/config.js';
import { tempDir } from '../support/temp-dir.js';

export const AS_OF = '2026-11-16'; // a Monday

/** P-0001 at "Tuition A" from Monday 2 November 2026: Mondays 09:00-12:00 (am) and Wednesdays 13:00-15:00 (pm). */
export const PROVIDER = `provider:
  name: Tuition A
  address: { line1: 1 Mill Lane, town: Leeds, postcode: LS1 1AA }
  registration: { status: unregistered, type: tuition }
  attendance_reporting: { method: email, within_minutes: 30 }
placements:
  - pupil: P-0001
    year_group: 10
    start_date: 2026-11-02
    sessions:
      - { day: mon, start: "09:00", end: "12:00" }
      - { day: wed, start: "13:00", end: "15:00" }
    send: none
    looked_after: false
`;

export const HEADER = 'date,session,pupil,provider,mark,reported_at,followed_up_at,note';
/** Every timetabled session of P-0001 before the as-of date, present and reported on time. */
export const ALL_PRESENT = [
  '2026-11-02,am,P-0001,tuition-a,/,09:05,,',
  '2026-11-04,pm,P-0001,tuition-a,/,13:05,,',
  '2026-11-09,am,P-0001,tuition-a,/,09:05,,',
  '2026-11-11,pm,P-0001,tuition-a,/,13:05,,',
];

export function repo(csv: Record<string, string | Buffer>, config: object = {}): string {
  const dir = tempDir({}, 'ap-ready-att-');
  mkdirSync(join(dir, 'placements'));
  writeFileSync(join(dir, 'placements', 'tuition-a.yaml'), PROVIDER);
  mkdirSync(join(dir, 'attendance'));
  for (const [name, text] of Object.entries(csv)) writeFileSync(join(dir, 'attendance', name), text);
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

export async function findings(csv: Record<string, string | Buffer>, config: object = {}, ruleIds?: string[]) {
  const dir = repo(csv, config);
  const result = await check([join(dir, 'placements')], { asOf: AS_OF, config: ConfigSchema.parse(config), cwd: dir });
  return {
    dir,
    result,
    list: result.findings
      .filter((f) =>
        ruleIds
          ? ruleIds.includes(f.ruleId)
          : f.ruleId.startsWith('attendance') || f.ruleId === 'absence-not-followed-up',
      )
      .map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        file: f.file.slice(dir.length + 1),
        line: f.line,
        column: f.column,
        message: f.message,
      })),
  };
}
