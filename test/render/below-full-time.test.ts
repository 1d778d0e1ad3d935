// The case issue 10 exists for: a Year 11 pupil with an EHC plan on 15 hours a week of online AP and no
// time in school, coded B. The checks must call both faults errors, and no document may call the pupil's
// week full-time anywhere (HTML of every document, and the planning call's PDF read back as text).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type CheckResult } from '../../src/check.js';
import { DOCUMENTS, findBrowser, PdfPrinter, render, renderHtml } from '../../src/render/index.js';
import { RULES } from '../../src/rules/index.js';
import { placementFile, pupilsFile } from '../support/rule-tester.js';
import { tempDir as makeTempDir } from '../support/temp-dir.js';
import { pdfText, squash, tempDir } from './support.js';

const AS_OF = '2025-12-01';
const now = new Date(2025, 11, 1, 9, 30);
const FULL_TIME = /full[-\s]?time/i;
const RULE_IDS = RULES.map((r) => r.id).filter((id) => FULL_TIME.test(id));
/** The planning call's words for an unregistered provider's own figure (registration.full_time_pupils_confirmed). */
const PROVIDER_TOTAL = 'its own total of full-time pupils from all schools';

/** The school: config, the register (P-0501: Year 11, EHC plan, school_sessions: []) and one online provider. */
function school(): string {
  return makeTempDir(
    {
      'ap-ready.config.yaml': 'school: { name: Test School, urn: 100001, dsl: Deputy Head }\n',
      'pupils.yaml': pupilsFile([
        {
          ref: 'P-0501',
          year_group: 11,
          send: 'ehcp',
          school_sessions: [],
          part_time_timetable: undefined,
          ehcp_la_consulted: '2025-09-20',
        },
      ]),
      'placements/online-tutors.yaml': placementFile({
        provider: { name: 'Online Tutors Ltd', delivery: 'online' },
        placements: [
          {
            pupil: 'P-0501',
            year_group: 11,
            send: 'ehcp',
            attendance_code: 'B',
            part_time_timetable: undefined,
            hours_per_week: 15,
            sessions: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start: '09:30', end: '12:30' })),
            reason: 'Needs a small online group while a specialist place is sought',
          },
        ],
      }),
    },
    'ap-ready-below-full-time-',
  );
}

let printer: PdfPrinter;
let dir: string;
let result: CheckResult;
beforeAll(async () => {
  dir = school();
  result = await check([join(dir, 'placements')], { asOf: AS_OF, cwd: dir });
  printer = await PdfPrinter.open(await findBrowser());
}, 60_000);
afterAll(async () => {
  await printer?.close();
});

describe('15 hours of online AP, no school sessions, coded B (Year 11, EHC plan)', () => {
  it('the register is read and the pupil is in AP', () => {
    expect(result.run.register).toBeDefined();
    expect(result.counts.pupils).toBe(1);
  });

  it('education-below-full-time is an error', () => {
    const f = result.findings.filter((x) => x.ruleId === 'education-below-full-time');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toMatch(
      /^Pupil P-0501 has 15 hours of education a week \(0 in school, 15 in alternative provision\), below the 25 hours/,
    );
  });

  it('attendance-code is an error (online education is an absence, not B)', () => {
    const f = result.findings.filter((x) => x.ruleId === 'attendance-code');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].message).toContain('online');
  });

  it.each(DOCUMENTS)('the %s HTML never says full-time', (document) => {
    for (const includeFindings of [false, true]) {
      const { html } = renderHtml(document, result, { now, includeFindings });
      // provider-qa names no pupil; attendance lists pupils only when the school keeps attendance records (this one keeps none).
      // The governors' report names no pupil at all (counts only).
      if (document !== 'provider-qa' && document !== 'attendance' && document !== 'governors')
        expect(html).toContain('P-0501');
      // The findings document prints rule ids: "education-below-full-time" names the fault, not the week.
      // The unregistered provider's own total of full-time pupils (all schools) is the provider's figure, not this pupil's week.
      const words = [...RULE_IDS, PROVIDER_TOTAL].reduce((text, id) => text.split(id).join('(rule id)'), html);
      expect(
        words.match(new RegExp(`.{0,80}${FULL_TIME.source}.{0,80}`, 'i'))?.[0],
        `${document} (include findings: ${includeFindings})`,
      ).toBeUndefined();
    }
  });

  it('the planning call and placement records say how many hours the week has, in words that are not full time', () => {
    const { html } = renderHtml('planning-call', result, { now });
    expect(squash(html)).toContain('15 hours a week in all (school and AP), fewer than the 25 expected for Year 11');
    expect(squash(renderHtml('placement-records', result, { now }).html)).toContain(
      '15 hours a week in all (school and AP), fewer than the 25 expected for Year 11.',
    );
  });

  it('the planning call PDF, read back with pdftotext, never says full-time', async () => {
    const r = await render('planning-call', [join(dir, 'placements')], {
      asOf: AS_OF,
      cwd: dir,
      format: 'pdf',
      now,
      printer,
      includeFindings: true,
    });
    if (r.status !== 'rendered') throw new Error('the planning call was refused');
    const file = join(tempDir(), 'planning-call.pdf');
    writeFileSync(file, r.content);
    const text = squash(pdfText(file));
    expect(text).toContain('P-0501');
    expect(text).toContain(PROVIDER_TOTAL);
    expect(text).toContain('15 hours a week in all');
    expect(text.split(PROVIDER_TOTAL).join('')).not.toMatch(FULL_TIME);
  }, 60_000);
});
