// Every formatter lists the attendance CSVs as checked files, with their findings at line and column;
// and the summary a document would use.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { attendanceSummary } from '../../src/attendance/index.js';
import { ConfigSchema } from '../../src/model/config.js';
import { ALL_PRESENT, AS_OF, HEADER, findings, repo } from './fixture.js';

const CSV = {
  'marks.csv':
    [HEADER, ALL_PRESENT[0], '2026-11-04,pm,P-0001,tuition-a,N,13:05,,', ALL_PRESENT[2], ALL_PRESENT[3]].join('\n') +
    '\n',
  'clean.csv': `${HEADER}\n`,
};

async function run(format: string) {
  const dir = repo(CSV);
  const out = await runCheck([join(dir, 'placements')], {
    format,
    asOf: AS_OF,
    config: ConfigSchema.parse({}),
    cwd: dir,
  });
  return out;
}

describe('formatters list the CSV files', () => {
  it('json: each CSV file, its findings at line and column', async () => {
    const out = JSON.parse((await run('json')).stdout) as {
      filePath: string;
      messages: { ruleId: string; line: number; column: number }[];
    }[];
    const marks = out.find((f) => f.filePath.endsWith('attendance/marks.csv'));
    expect(marks?.messages).toEqual([
      expect.objectContaining({ ruleId: 'absence-not-followed-up', line: 3, column: 40 }),
    ]);
    expect(out.some((f) => f.filePath.endsWith('attendance/clean.csv'))).toBe(true);
  });

  it('sarif, junit, github and stylish name the CSV file', async () => {
    const sarif = JSON.parse((await run('sarif')).stdout) as {
      runs: { results: { locations: { physicalLocation: unknown }[] }[] }[];
    };
    const locations = sarif.runs[0].results.map((r) => r.locations[0].physicalLocation);
    expect(locations).toContainEqual(
      expect.objectContaining({
        artifactLocation: expect.objectContaining({ uri: expect.stringMatching(/attendance\/marks\.csv$/) }),
        region: expect.objectContaining({ startLine: 3, startColumn: 40 }),
      }),
    );
    expect((await run('junit')).stdout).toMatch(/attendance\/clean\.csv/);
    expect((await run('github')).stdout).toMatch(/file=[^,]*attendance\/marks\.csv,line=3,col=40/);
    const stylish = await run('stylish');
    expect(stylish.stdout).toMatch(/attendance\/marks\.csv\n\s+3:40\s+error/);
    expect(stylish.exitCode).toBe(1);
  });
});

describe('attendanceSummary', () => {
  it('counts per provider, placement and pupil, with the six-week grid and late reporting', async () => {
    const { result } = await findings(CSV);
    const s = attendanceSummary(result.run.attendance!);
    expect(s.providers).toHaveLength(1);
    const p = s.providers[0].placements[0];
    expect(p.all).toEqual({
      possible: 4,
      present: 3,
      authorised: 0,
      unauthorised: 1,
      unexplained: 1,
      notFollowedUp: 1,
      percent: 75,
    });
    expect(p.weeks.map((w) => w.monday)).toEqual([
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
    ]);
    expect(p.weeks.slice(-2).map((w) => w.counted.possible)).toEqual([2, 2]);
    expect(s.pupils).toEqual([
      expect.objectContaining({ pupil: 'P-0001', window: expect.objectContaining({ percent: 75 }) }),
    ]);
    expect(s.providers[0].reporting).toEqual(expect.objectContaining({ reported: 4, late: 0 }));
  });
});
