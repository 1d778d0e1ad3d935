// The six attendance rules through `check`: each fires, and its near miss does not; findings point at
// the CSV mark (file, line, column) or, for missing marks and low attendance, at the placement.
import { describe, expect, it } from 'vitest';
import { ALL_PRESENT, HEADER, findings } from './fixture.js';

const csv = (...rows: string[]) => ({ 'marks.csv': [HEADER, ...rows].join('\n') + '\n' });
const [W1MON, W1WED, W2MON, W2WED] = ALL_PRESENT;

describe('attendance rules', () => {
  it('all marks present and on time: no attendance finding', async () => {
    expect((await findings(csv(...ALL_PRESENT))).list).toEqual([]);
  });

  it('no attendance folder: nothing is asked for', async () => {
    const { list } = await findings({}, { attendance: { folder: 'elsewhere' } });
    expect(list).toEqual([]);
  });

  it('attendance-file: a bad date is one error at its cell; the other rows count', async () => {
    const { list } = await findings(csv(W1MON, '2026-02-30,pm,P-0001,tuition-a,/,13:05,,', W2MON, W2WED));
    expect(list).toEqual([
      expect.objectContaining({ ruleId: 'attendance-file', severity: 'error', file: 'attendance/marks.csv', line: 3, column: 1 }),
      // the unreadable row leaves its session without a mark
      expect.objectContaining({ ruleId: 'attendance-missing', severity: 'warn', file: 'placements/tuition-a.yaml', line: 10 }),
    ]);
    expect(list[0].message).not.toContain('2026-02-30');
  });

  it.each([
    ['an unknown code', '2026-11-04,pm,P-0001,tuition-a,ZZ,13:05,,', 32],
    ['a bad session', '2026-11-04,noon,P-0001,tuition-a,/,13:05,,', 12],
    ['a bad reported_at', '2026-11-04,pm,P-0001,tuition-a,/,1pm,,', 34],
  ])('attendance-file: %s, at its column', async (_, row, column) => {
    const { list } = await findings(csv(W1MON, row, W2MON, W2WED), {}, ['attendance-file']);
    expect(list).toEqual([expect.objectContaining({ ruleId: 'attendance-file', severity: 'error', line: 3, column })]);
  });

  it('attendance-unknown-placement: an unknown pupil (once per file, counting the rows), a day outside the placement, an unknown provider', async () => {
    const { list } = await findings(csv(...ALL_PRESENT,
      '2026-11-04,pm,P-0099,tuition-a,/,13:05,,', '2026-11-09,am,P-0099,tuition-a,/,09:05,,',
      '2026-10-21,pm,P-0001,Tuition A,/,13:05,,',
      '2026-11-09,am,P-0001,Nowhere Ltd,/,09:05,,'), {}, ['attendance-unknown-placement']);
    expect(list.map(({ ruleId, severity, file, line, column }) => ({ ruleId, severity, file, line, column }))).toEqual([
      { ruleId: 'attendance-unknown-placement', severity: 'error', file: 'attendance/marks.csv', line: 6, column: 15 },
      { ruleId: 'attendance-unknown-placement', severity: 'error', file: 'attendance/marks.csv', line: 8, column: 1 },
      { ruleId: 'attendance-unknown-placement', severity: 'error', file: 'attendance/marks.csv', line: 9, column: 22 },
    ]);
    expect(list[0].message).toContain('P-0099');
    expect(list[0].message).toContain('1 more row');
    expect(list[2].message).not.toContain('Nowhere');
  });

  it('attendance-missing: one warning per placement, counting the sessions and naming the first dates', async () => {
    const { list } = await findings(csv(W1MON), {}, ['attendance-missing']);
    expect(list).toEqual([expect.objectContaining({ ruleId: 'attendance-missing', severity: 'warn', file: 'placements/tuition-a.yaml', line: 10, column: 5 })]);
    expect(list[0].message).toContain('3 timetabled sessions');
    expect(list[0].message).toContain('2026-11-04 pm');
  });

  it('attendance-missing: attendance.since moves the start; term dates skip holidays', async () => {
    expect((await findings(csv(W2MON, W2WED), { attendance: { since: '2026-11-09' } }, ['attendance-missing'])).list).toEqual([]);
    expect((await findings(csv(W2MON, W2WED), { term_dates: [{ start: '2026-11-09', end: '2026-12-18' }] }, ['attendance-missing'])).list).toEqual([]);
  });

  it('attendance-reported-late: one warning per provider at its latest mark; within the minutes is a near miss', async () => {
    const late = await findings(csv(W1MON, '2026-11-04,pm,P-0001,tuition-a,/,13:50,,', W2MON, '2026-11-11,pm,P-0001,tuition-a,/,2026-11-11T15:10,,'), {}, ['attendance-reported-late']);
    expect(late.list).toEqual([expect.objectContaining({ ruleId: 'attendance-reported-late', severity: 'warn', file: 'attendance/marks.csv', line: 5, column: 34 })]);
    expect(late.list[0].message).toContain('2 of 4');
    expect(late.list[0].message).toContain('2 hours 10 minutes');
    const onTime = await findings(csv(W1MON, '2026-11-04,pm,P-0001,tuition-a,/,13:30,,', W2MON, W2WED), {}, ['attendance-reported-late']);
    expect(onTime.list).toEqual([]);
  });

  it('absence-not-followed-up: one error per unexplained absence with no follow-up that day', async () => {
    const { list } = await findings(csv(W1MON,
      '2026-11-04,pm,P-0001,tuition-a,N,13:05,13:40,',            // followed up that day: near miss
      '2026-11-09,am,P-0001,tuition-a,absent,09:05,,',            // none
      '2026-11-11,pm,P-0001,tuition-a,O,13:05,2026-11-12T09:00,'), // next day is too late
    {}, ['absence-not-followed-up']);
    expect(list.map(({ ruleId, severity, line, column }) => ({ ruleId, severity, line, column }))).toEqual([
      { ruleId: 'absence-not-followed-up', severity: 'error', line: 4, column: 45 },
      { ruleId: 'absence-not-followed-up', severity: 'error', line: 5, column: 40 },
    ]);
  });

  it('absence-not-followed-up: a note is never printed', async () => {
    const { list } = await findings(csv(W1MON, '2026-11-04,pm,P-0001,tuition-a,N,13:05,,"Mum says: at Gran\'s, 12 Elm Road"', W2MON, W2WED), {}, ['absence-not-followed-up']);
    expect(list).toHaveLength(1);
    expect(JSON.stringify(list)).not.toMatch(/Elm|Gran/);
  });

  it.each([
    ['3 of 4 present (75%): warning', ['/', '/', '/', 'N'], 'warn'],
    ['1 of 4 present (25%): error', ['/', 'I', 'C', 'U'], 'error'],
    ['4 of 4 present: near miss', ['/', 'B', 'L', 'late'], undefined],
    ['X and Y1 are not possible sessions: 2 of 2', ['/', 'X', 'Y1', 'present'], undefined],
  ])('attendance-low: %s', async (_, marks, severity) => {
    const rows = ALL_PRESENT.map((r, i) => r.replace(',/,', `,${marks[i]},`).replace(/,$/, '').replace(/,,$/, ',13:30,'));
    const { list } = await findings(csv(...rows), {}, ['attendance-low']);
    expect(list).toEqual(severity ? [expect.objectContaining({ ruleId: 'attendance-low', severity, file: 'placements/tuition-a.yaml', line: 7 })] : []);
  });

  it('attendance-low: a severity set in the config applies to both levels', async () => {
    const rows = ALL_PRESENT.map((r, i) => (i ? r.replace(',/,', ',I,') : r));
    const { list } = await findings(csv(...rows), { rules: { 'attendance-low': 'warn' } }, ['attendance-low']);
    expect(list).toEqual([expect.objectContaining({ severity: 'warn' })]);
  });
});
