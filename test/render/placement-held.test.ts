// The placement record prints what is held: risk assessment, social worker told, virtual school and PEP,
// the EHC plan consultation, dual registration, an off-site direction's notices and the qualifications,
// each with its date or words, or "Not recorded" where the pupil needs it and the files leave it empty.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { memoryFs } from '../../src/load/fs.js';
import { placementRecordsView } from '../../src/render/views/placement-records.js';
import { caseView } from '../../src/render/views/pupil-case.js';
import { pupilKey } from '../../src/model/placement.js';
import { renderHtml } from '../../src/render/index.js';
import { placementFile, pupilsFile } from '../support/rule-tester.js';

const now = new Date(2025, 11, 1, 9, 30);

async function records(entry: Record<string, unknown>, placement: Record<string, unknown>) {
  const fs = memoryFs({
    '/school/placements/a.yaml': placementFile({ placements: [placement] }),
    '/school/pupils.yaml': pupilsFile([{ ref: 'P-0042', ...entry }]),
  });
  const result = await check(['/school/placements'], { cwd: '/school', asOf: '2025-12-01', fs });
  return { result, view: placementRecordsView(result, { version: 'test', now }) };
}

const shown = (held: { label: string; date: string | null; words: string | null; missing: boolean }[]) =>
  Object.fromEntries(held.map((h) => [h.label, h.missing ? 'Not recorded' : (h.date ?? h.words)]));

describe('placement records: what is held', () => {
  it.each([
    [
      'a pupil with nothing special recorded: the lines every placement has',
      { send: 'none', looked_after: false, social_worker: false },
      {
        send: 'none',
        risk_assessment: '2025-09-01',
        dual_registered: false,
        qualifications: null,
        off_site_direction: null,
      },
      {
        'Risk assessment': '2025-09-01',
        'Local authority told': '2025-10-01',
        "Dual registered (on the provider's roll)": 'No',
        'Qualifications offered here': 'Not recorded',
      },
    ],
    [
      'looked after, with a social worker and an EHC plan (register), an off-site direction and qualifications',
      {
        send: 'ehcp',
        looked_after: true,
        social_worker: true,
        looked_after_education: { virtual_school_informed: '2025-09-02', pep_reviewed: null },
        ehcp_la_consulted: '2025-08-20',
      },
      {
        send: 'ehcp',
        looked_after: true,
        risk_assessment: null,
        social_worker_informed: '2025-09-03',
        dual_registered: true,
        off_site_direction: { notice_date: '2025-08-28' },
        qualifications: [{ type: 'gcse', detail: 'English Language' }, { type: 'functional-skills' }],
      },
      {
        'Risk assessment': 'Not recorded',
        'Local authority told': '2025-10-01',
        'Social worker told': '2025-09-03',
        'Virtual school head told': '2025-09-02',
        'PEP last reviewed': 'Not recorded',
        'EHC plan: LA SEN team agreed': '2025-08-20',
        "Dual registered (on the provider's roll)": 'Yes',
        'Off-site direction: notice to parents': '2025-08-28',
        'Off-site direction: notice to the LA': 'Not recorded',
        'Qualifications offered here': 'GCSE: English Language; Functional skills',
      },
    ],
  ])('%s', async (_, entry, placement, expected) => {
    const { view } = await records(entry, placement);
    expect(shown(view.placements[0].held)).toEqual(expected);
  });

  it('dual registration is shown where it is recorded or the code is D, and not otherwise', async () => {
    const labels = async (placement: Record<string, unknown>) =>
      (await records({ send: 'none' }, { send: 'none', ...placement })).view.placements[0].held.map((h) => h.label);
    const line = "Dual registered (on the provider's roll)";
    expect(await labels({ dual_registered: null, attendance_code: 'B' })).not.toContain(line);
    expect(await labels({ dual_registered: null, attendance_code: 'D' })).toContain(line);
    expect(await labels({ dual_registered: false, attendance_code: 'B' })).toContain(line);
  });

  it.each([
    ['unregistered, commissioned by the school, not told', 'unregistered', 'school', null, 'Not recorded'],
    ['unregistered, arranged by the LA', 'unregistered', 'local-authority', null, undefined],
    ['registered, not told: no gap shown', 'registered', 'school', null, undefined],
    ['registered, told: the date is shown', 'registered', 'school', '2025-09-15', '2025-09-15'],
  ])('local authority told: %s', async (_, status, by, date, expected) => {
    const fs = memoryFs({
      '/school/placements/a.yaml': placementFile({
        provider: {
          registration:
            status === 'registered'
              ? { status: 'registered', type: 'pru', urn: 123456 }
              : { status: 'unregistered', type: 'tuition', urn: null },
        },
        placements: [{ commissioned_by: by, la_notified: date }],
      }),
    });
    const result = await check(['/school/placements'], { cwd: '/school', asOf: '2025-12-01', fs });
    const held = shown(placementRecordsView(result, { version: 'test', now }).placements[0].held);
    expect(held['Local authority told']).toBe(expected);
    // The case pack follows the same rule.
    const caseLine = caseView(result, pupilKey('P-0042')).safeguards.find((g) =>
      g.label.startsWith('Local authority told ('),
    );
    expect(caseLine === undefined ? undefined : (caseLine.date ?? 'Not recorded')).toBe(expected);
  });

  it('the record prints them under their own heading, a missing one as "Not recorded"', async () => {
    const { result } = await records(
      { send: 'none', looked_after: false, social_worker: false },
      { send: 'none', risk_assessment: null, dual_registered: true },
    );
    const html = renderHtml('placement-records', result, { now }).html;
    expect(html).toContain('Safeguards and records held');
    expect(html).toMatch(/<th>Risk assessment<\/th><td><span class="none">Not recorded<\/span><\/td>/);
    expect(html).toMatch(/<th>Dual registered \(on the provider(&#x27;|')s roll\)<\/th><td>Yes<\/td>/);
  });
});
