// urn-unknown, urn-name-mismatch and urn-type-mismatch against the small GIAS fixture.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ConfigSchema } from '../../src/model/config.js';
import { UsageError } from '../../src/model/findings.js';
import { tempDir } from '../support/temp-dir.js';

const GIAS = fileURLToPath(new URL('../fixtures/gias/edubasealldata-sample.csv', import.meta.url));
const config = ConfigSchema.parse({});
const GIAS_RULES = ['urn-unknown', 'urn-name-mismatch', 'urn-type-mismatch'];

/** A registered provider with no placements: only the URN rules can speak. */
function providerFile(name: string, urn: string | number, type: string, postcode: string): string {
  return `provider:
  name: ${JSON.stringify(name)}
  address: { line1: 1 High Street, town: Leeds, postcode: ${postcode} }
  registration:
    status: registered
    type: ${type}
    urn: ${urn}
placements: []
`;
}

async function giasFindings(yaml: string, giasPath = GIAS) {
  const dir = tempDir({}, 'ap-ready-gias-');
  writeFileSync(join(dir, 'p.yaml'), yaml);
  const result = await check([dir], { asOf: '2026-11-16', config, giasPath, cwd: dir });
  return result.findings
    .filter((f) => GIAS_RULES.includes(f.ruleId))
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, message: f.message }));
}

describe('GIAS rules', () => {
  it.each([
    ['open PRU, same name and postcode', 'Brookside Pupil Referral Unit', 900101, 'pru', 'LS9 8QT', []],
    [
      'name differs only by case, punctuation, accents and "The"',
      'the ecole saint eloi learning centre',
      900102,
      'independent-school',
      'bd14qq',
      [],
    ],
    [
      'curly apostrophe in GIAS, straight in the file',
      "St Mary's Alternative Provision Academy",
      '900103',
      'ap-academy',
      'WF1 2ZX',
      [],
    ],
    [
      'blank GIAS postcode is unknown, not a mismatch',
      'Hillcrest Online Academy',
      900111,
      'online-provider',
      'LS1 1AA',
      [],
    ],
    ['open but proposed to close counts as open', 'Riverside Short Stay School', 900110, 'pru', 'WF13 1QZ', []],
    [
      'non-maintained special fits special-school',
      'Pennine Non-Maintained Special School',
      900114,
      'special-school',
      'HX7 5QZ',
      [],
    ],
    ['other fits any GIAS type', 'Ash Grove Primary School', 900116, 'other', 'WF8 1QX', []],
  ] as const)('%s: no finding', async (_t, name, urn, type, postcode, want) => {
    expect(await giasFindings(providerFile(name, urn, type, postcode))).toEqual(want);
  });

  it('URN not in the extract: urn-unknown (error) at the URN', async () => {
    const found = await giasFindings(providerFile('Nowhere Centre', 999999, 'pru', 'LS9 8QT'));
    expect(found).toEqual([expect.objectContaining({ ruleId: 'urn-unknown', severity: 'error', line: 7, column: 10 })]);
    expect(found[0].message).toContain('999999 of "Nowhere Centre" is not in the GIAS extract');
  });

  it('closed establishment: urn-unknown names the close date', async () => {
    const found = await giasFindings(providerFile('Greenfield Secondary Support Centre', 900107, 'pru', 'LS12 6QX'));
    expect(found).toEqual([expect.objectContaining({ ruleId: 'urn-unknown', severity: 'error', line: 7, column: 10 })]);
    expect(found[0].message).toContain('closed on 31 August 2023');
  });

  it('proposed to open is not open', async () => {
    const found = await giasFindings(providerFile('Northgate Learning Hub', 900109, 'ap-free-school', 'WF1 3QY'));
    expect(found.map((f) => f.ruleId)).toEqual(['urn-unknown']);
    expect(found[0].message).toContain('only proposed to open');
  });

  it('name and postcode differ: two urn-name-mismatch warnings at the name and the postcode', async () => {
    const found = await giasFindings(providerFile('Brookside Learning Centre', 900101, 'pru', 'LS9 8QX'));
    expect(found).toEqual([
      expect.objectContaining({ ruleId: 'urn-name-mismatch', severity: 'warn', line: 2, column: 9 }),
      expect.objectContaining({ ruleId: 'urn-name-mismatch', severity: 'warn', line: 3, column: 59 }),
    ]);
    expect(found[0].message).toContain('"Brookside Pupil Referral Unit"');
    expect(found[1].message).toContain('LS9 8QT');
  });

  it('a PRU filed as independent-school: urn-type-mismatch suggests pru', async () => {
    const found = await giasFindings(
      providerFile('Brookside Pupil Referral Unit', 900101, 'independent-school', 'LS9 8QT'),
    );
    expect(found).toEqual([
      expect.objectContaining({ ruleId: 'urn-type-mismatch', severity: 'warn', line: 6, column: 11 }),
    ]);
    expect(found[0].message).toContain('set registration.type to pru');
  });

  it('without an extract the GIAS rules stay silent', async () => {
    const dir = tempDir({}, 'ap-ready-gias-');
    writeFileSync(join(dir, 'p.yaml'), providerFile('Nowhere Centre', 999999, 'pru', 'LS9 8QT'));
    const result = await check([dir], { asOf: '2026-11-16', config, cwd: dir });
    expect(result.findings.filter((f) => GIAS_RULES.includes(f.ruleId))).toEqual([]);
  });

  it('the config file can name the extract (gias:, relative to the config file)', async () => {
    const dir = tempDir({}, 'ap-ready-gias-');
    writeFileSync(join(dir, 'p.yaml'), providerFile('Nowhere Centre', 999999, 'pru', 'LS9 8QT'));
    const { copyFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'data'));
    copyFileSync(GIAS, join(dir, 'data', 'edubasealldata.csv'));
    writeFileSync(join(dir, 'ap-ready.config.yaml'), 'gias: ./data/edubasealldata.csv\n');
    const result = await check([dir], { asOf: '2026-11-16', cwd: dir });
    expect(result.findings.map((f) => f.ruleId)).toContain('urn-unknown');
  });

  it('a missing extract is a usage error (exit 2)', async () => {
    await expect(
      giasFindings(providerFile('X', 900101, 'pru', 'LS9 8QT'), '/nonexistent/edubasealldata.csv'),
    ).rejects.toBeInstanceOf(UsageError);
  });
});
