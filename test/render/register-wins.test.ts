// EHC plans and other pupil facts: the register wins. Where pupils.yaml and a placement disagree, every
// document shows the register's value (the summary's count, the planning call's row, the placement record),
// and the pupil's row says in words where it came from and what the placement's file says.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { memoryFs } from '../../src/load/fs.js';
import { planningCallView } from '../../src/render/views/planning-call.js';
import { placementRecordsView } from '../../src/render/views/placement-records.js';
import { caseView } from '../../src/render/views/pupil-case.js';
import { pupilKey } from '../../src/model/placement.js';
import { placementFile, pupilsFile } from '../support/rule-tester.js';

const now = new Date(2025, 11, 1, 9, 30);

async function school(register: Record<string, unknown>[] | null, placements: Record<string, unknown>[]) {
  const fs = memoryFs({
    '/school/placements/a.yaml': placementFile({ placements }),
    ...(register ? { '/school/pupils.yaml': pupilsFile(register) } : {}),
  });
  return check(['/school/placements'], { cwd: '/school', asOf: '2025-12-01', fs });
}

describe('the register wins', () => {
  it.each([
    // [case, register entry, placement, SEND shown, EHC plans counted, notes on the row]
    ['agree: no note', { send: 'ehcp' }, { send: 'ehcp' }, 'EHC plan', 1, []],
    [
      'the register has an EHC plan, the placement SEN support',
      { send: 'ehcp' },
      { send: 'sen-support' },
      'EHC plan',
      1,
      ["From the pupil register (this placement's file says SEN support)"],
    ],
    [
      'the placement has an EHC plan, the register none',
      { send: 'none' },
      { send: 'ehcp' },
      'None',
      0,
      ["From the pupil register (this placement's file says EHC plan)"],
    ],
    ['the register is silent on SEND: the placement is used', { send: undefined }, { send: 'ehcp' }, 'EHC plan', 1, []],
    [
      'looked after in the register only',
      { send: 'none', looked_after: true },
      { send: 'none', looked_after: false },
      'None',
      0,
      ["Looked after: from the pupil register (this placement's file says no)"],
    ],
  ])('%s', async (_, entry, placement, sendLabel, ehcp, notes) => {
    const result = await school([{ ref: 'P-0042', ...entry }], [placement]);
    const call = planningCallView(result, { version: 'test', now });
    const row = call.providers[0].pupils[0];
    expect(row.sendLabel).toBe(sendLabel);
    expect(row.factNotes).toEqual(notes);
    expect(call.counts.ehcp).toBe(ehcp);
    expect(call.summary.find((s) => s.label === 'With an EHC plan')?.value).toBe(ehcp);
    const record = placementRecordsView(result, { version: 'test', now }).placements[0];
    expect(record.sendLabel).toBe(sendLabel);
    expect(record.ehcp).toBe(ehcp === 1);
    expect(record.factNotes).toEqual(notes);
  });

  it('the case pack reads the same facts: the register says not looked after, the placement says looked after', async () => {
    const result = await school(
      [{ ref: 'P-0042', send: 'ehcp', looked_after: false }],
      [{ send: 'none', looked_after: true }],
    );
    const pack = caseView(result, pupilKey('P-0042'));
    expect(pack.facts.ehcp).toBe(true);
    expect(pack.facts.lookedAfter).toBe(false);
    expect(pack.safeguards.map((g) => g.label)).not.toContain('Virtual school head told');
  });

  it('without a register, a pupil at two providers has the EHC plan either records, on both rows', async () => {
    const result = await school(null, [
      { send: 'sen-support', sessions: [{ day: 'mon', start: '09:30', end: '12:30' }], hours_per_week: 3 },
      { send: 'ehcp', sessions: [{ day: 'tue', start: '09:30', end: '12:30' }], hours_per_week: 3 },
    ]);
    const rows = planningCallView(result, { version: 'test', now }).providers[0].pupils;
    expect(rows.map((r) => r.sendLabel)).toEqual(['EHC plan', 'EHC plan']);
    expect(rows.flatMap((r) => r.factNotes)).toEqual([
      "From the pupil's other placement (this placement's file says SEN support)",
    ]);
    expect(result.counts.ehcp).toBe(1);
  });
});
