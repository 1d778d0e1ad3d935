// `ap-ready census`: the school census's AP placement module from the placement files, and --compare against a
// MIS-style export (BOM, CRLF, its own header names and column order, DD/MM/YYYY dates) listing every difference.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { censusCsv, censusRows, compareCensus, readMisExport, runCensus } from '../../src/commands/census.js';
import { check } from '../../src/check.js';
import { UsageError } from '../../src/model/findings.js';
import { tempDir } from '../support/temp-dir.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const MIS = fileURLToPath(new URL('../fixtures/census/mis-ap-placements.csv', import.meta.url));
const opts = { asOf: '2026-11-16', cwd: examples };

describe('census rows', () => {
  it('one row per placement: a URN where registered, else the AP setting type (OOT for tuition, OTH otherwise), never two', async () => {
    const rows = censusRows(await check(['placements'], opts));
    expect(rows).toHaveLength(12);
    expect(rows.find((r) => r.pupil === 'P-0104')).toMatchObject({
      urn: '997231',
      ukprn: '',
      ap_setting_type: '',
      primary_reason: 'SEND',
      entry_date: '2026-09-07',
      leaving_date: '',
    });
    expect(rows.find((r) => r.pupil === 'P-0106')).toMatchObject({
      urn: '',
      ap_setting_type: 'OOT',
      primary_reason: 'School refusal',
    });
    expect(rows.find((r) => r.pupil === 'P-0113')).toMatchObject({ urn: '', ap_setting_type: 'OTH' });
    for (const r of rows) expect([r.urn, r.ukprn, r.ap_setting_type].filter(Boolean)).toHaveLength(1);
  });

  it("a UKPRN when there is no URN; the school's own reason codes from the config; --since takes in placements that ended in the period", async () => {
    const dir = tempDir({
      'ap-ready.config.yaml': 'school: { name: T }\ncensus: { reason_codes: { medical: MED1 } }\n',
      'placements/college.yaml': `provider:
  name: Northside College
  address: { line1: 1 Road, town: Leeds, postcode: LS1 1AA }
  registration: { status: unregistered, type: other, ukprn: 10012345 }
placements:
  - { pupil: P-0001, start_date: 2026-09-07, end_date: 2026-10-30, reason_category: medical, send: none, looked_after: false }
`,
    });
    expect(censusRows(await check(['placements'], { asOf: '2026-11-16', cwd: dir }))).toEqual([]);
    const result = await check(['placements'], { asOf: '2026-11-16', cwd: dir });
    const codes = result.config.census?.reason_codes ?? undefined;
    expect(censusRows(result, { since: '2026-09-01', reasonCodes: codes })).toEqual([
      {
        pupil: 'P-0001',
        provider: 'Northside College',
        urn: '',
        ukprn: '10012345',
        ap_setting_type: '',
        primary_reason: 'Medical',
        primary_reason_code: 'MED1',
        entry_date: '2026-09-07',
        leaving_date: '2026-10-30',
      },
    ]);
  });

  it('CSV: a header row, quoted where needed, CRLF', () => {
    const csv = censusCsv([
      {
        pupil: 'P-1',
        provider: 'A, B',
        urn: '',
        ukprn: '',
        ap_setting_type: 'OTH',
        primary_reason: 'Social, emotional and mental health',
        primary_reason_code: '',
        entry_date: '2026-09-01',
        leaving_date: '',
      },
    ]);
    expect(csv).toBe(
      'pupil,provider,urn,ukprn,ap_setting_type,primary_reason,primary_reason_code,entry_date,leaving_date\r\nP-1,"A, B",,,OTH,"Social, emotional and mental health",,2026-09-01,\r\n',
    );
  });
});

describe('census --compare', () => {
  it('lists every difference with the MIS export: a wrong URN, a wrong setting type, a placement missing from each side', async () => {
    const { text, exitCode } = await runCensus(['placements'], { ...opts, compare: MIS });
    expect(exitCode).toBe(1);
    const lines = text
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.trim().replace(`${MIS}:`, 'MIS:'));
    expect(lines).toEqual([
      'MIS:4: P-0104 from 2026-09-07: urn is "997213" in the MIS but "997231" in the placement files.',
      'MIS:5: P-0106 from 2026-10-05: ap setting type is "OTH" in the MIS but "OOT" in the placement files.',
      'P-0108 at "Inkwell Lane Tuition Centre" from 2026-09-21 is in the placement files but not in MIS: add it to the MIS.',
      'MIS:13: P-0199 from 2026-10-01 is in the MIS export but no placement file has it running in the census period: check the MIS, or add the placement.',
    ]);
    expect(text).toMatch(/^4 differences between the placement files \(12 placements\)/);
  });

  it('agrees with an export made from its own rows (exit 0)', async () => {
    const rows = censusRows(await check(['placements'], opts));
    expect(compareCensus(rows, readMisExport(censusCsv(rows), 'own.csv'), 'own.csv')).toEqual([]);
  });

  it('a pupil listed twice in the MIS export is a difference', () => {
    const mis = readMisExport('Pupil,Entry date\nP-1,01/09/2026\nP-1,2026-09-01\n', 'm.csv');
    expect(compareCensus([], mis, 'm.csv')[0]).toBe(
      'm.csv:3: P-1 entering on 2026-09-01 is listed twice (also line 2).',
    );
  });

  it('an export without a pupil or entry-date column, an empty one, and a bad --format are told plainly', async () => {
    expect(() => readMisExport('Name,Start\nx,y\n', 'm.csv')).toThrow(/at least the pupil's reference/);
    expect(() => readMisExport('', 'm.csv')).toThrow(/is empty/);
    await expect(runCensus(['placements'], { ...opts, format: 'xml' })).rejects.toThrow(UsageError);
  });

  it('-o writes the file, and never over an input', async () => {
    const dir = tempDir({});
    const out = join(dir, 'census.json');
    expect(await runCensus(['placements'], { ...opts, format: 'json', output: out })).toEqual({
      text: '',
      exitCode: 0,
    });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(12);
    await expect(runCensus(['placements'], { ...opts, compare: MIS, output: MIS })).rejects.toThrow();
    expect(readFileSync(MIS, 'utf8')).toContain('Admission No');
  });
});
