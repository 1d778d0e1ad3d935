// Pupil data never leaks into a report: no free-text value of a placement (reason, notes, objectives, exit
// plan, destination), no value a message calls invalid and no reference it calls personal appears in any
// message of any format. The fixture is full of distinctive words, so a leak is a plain substring.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { FORMATTERS } from '../../src/report/index.js';
import { config, tempDir } from '../suppress/helpers.js';

const COMPLIANT = readFileSync(fileURLToPath(new URL('../fixtures/rules/compliant.yaml', import.meta.url)), 'utf8');
const PROVIDER = COMPLIANT.split('\n').slice(0, 39).join('\n') + '\n';

/** Words that must never come back out. Each is distinctive, so finding it anywhere is a leak. */
const SECRETS = [
  'Quillfeather',
  'Brackenmoor',
  'Zanzibarite',
  'Thistlewick',
  'Marrowgate',
  'Plumtreeva',
  'Wexcombe',
  'Ormsgill',
  'Fennimore',
  'Galloway-Tusk',
  'Yarrowby',
  'Kettleburn',
  'Jayden',
  'Siân',
  'QQ123456C',
  'A 1234 5678 9012',
  '01022012',
  'Dunwiddle',
  'Ravensclough',
  'Hollowmere',
  '1860',
];

const placements = `${PROVIDER}  - pupil: "Jayden Quillfeather"
    start_date: 2025-10-06
    reason: "Brackenmoor incident at Zanzibarite park"
    send: none
    looked_after: false
    hours_per_week: 9
    objectives:
      - { target: "Marrowgate target", by: 2026-02-13 }
    reviews:
      - { date: 2025-11-14, attendance_percent: 86, notes: "Plumtreeva said Wexcombe" }
    exit_plan: "Ormsgill plan"
  - pupil: P-0107
    start_date: 2025-10-06
    reason_category: "Thistlewick-category"
    send: none
    looked_after: false
    reviews:
      - { date: 2025-11-14, attendance_percent: 1860 }
  - pupil: "Siân Fennimore"
    start_date: 2025-09-01
    end_date: 2025-11-01
    reason: "Galloway-Tusk"
    send: none
    looked_after: "Yarrowby"
    hours_per_week: 9
    exit_plan: "Kettleburn"
    destination: "Dunwiddle Academy"
  - pupil: "QQ123456C"
    start_date: 2025-10-06
    reason: "Ravensclough"
    send: none
    looked_after: false
    hours_per_week: 9
  - pupil: "A 1234 5678 9012"
    start_date: 2025-10-06
    reason: Hollowmere
    send: none
    looked_after: false
    year_group: "Hollowmere"
  - pupil: "01022012"
    start_date: 2025-10-06
    send: none
    looked_after: false
`;
/** The same pupil at a second provider, so the cross-file rules speak about them too. */
const second = `${PROVIDER.replace('Bridge Learning Centre', 'Second Site')}  - pupil: "Jayden Quillfeather"
    start_date: 2025-10-06
    reason: "Brackenmoor again"
    send: ehcp
    looked_after: true
    hours_per_week: 30
`;

function stripRuleHelp(sarif: string): string {
  const log = JSON.parse(sarif) as { runs: { tool: { driver: { rules?: unknown[] } } }[] };
  for (const run of log.runs) {
    expect(run.tool.driver.rules?.length).toBeGreaterThan(0);
    delete run.tool.driver.rules;
  }
  return JSON.stringify(log);
}

describe('no format repeats pupil data', () => {
  it.each(Object.keys(FORMATTERS))('%s', async (format) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bridge.yaml'), placements);
    writeFileSync(join(dir, 'second.yaml'), second);
    for (const quiet of [false, true]) {
      const { stdout: text, exitCode } = await runCheck([dir], {
        asOf: '2025-12-01',
        config: config(),
        cwd: dir,
        format,
        quiet,
      });
      expect(exitCode).toBe(1);
      // The fixture really is full of findings, including the ones most likely to quote a value.
      if (format === 'json' && !quiet) {
        for (const id of ['pupil-reference', 'schema', 'multiple-providers', 'reason-required'])
          expect(text).toContain(`"${id}"`);
      }
      // SARIF carries each rule's documentation page, whose examples are not about any pupil: look at the run's
      // results and everything else, with the rules' help left out.
      const said = format === 'sarif' ? stripRuleHelp(text) : text;
      for (const secret of SECRETS)
        expect(said.toLowerCase(), `${format}${quiet ? ' --quiet' : ''} repeats "${secret}"`).not.toContain(
          secret.toLowerCase(),
        );
    }
  });
});
