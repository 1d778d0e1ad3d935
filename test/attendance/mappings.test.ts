// Several providers, several export formats: attendance.mappings chosen by file name pattern or by the header,
// each with its own columns, date form, words for marks and provider. Each case is a small CSV and a config;
// the findings of the attendance rules show what was read (a mark that was read leaves no session missing).
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { UsageError } from '../../src/model/findings.js';
import { ConfigSchema } from '../../src/model/config.js';
import { tempDir } from '../support/temp-dir.js';
import { AS_OF, PROVIDER, findings } from './fixture.js';

/** The four timetabled sessions of P-0001 at Tuition A before AS_OF: Mondays am, Wednesdays pm. */
const SESSIONS = [
  ['2026-11-02', 'AM'],
  ['2026-11-04', 'PM'],
  ['2026-11-09', 'AM'],
  ['2026-11-11', 'PM'],
] as const;
const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8)}/${iso.slice(0, 4)}`;
const uk = (iso: string) => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const named = (iso: string) => `${Number(iso.slice(8))} ${MON[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** A portal's export: no provider column, US dates, its own header names and words. */
const PORTAL = ['Day,AM/PM,Student,Code', ...SESSIONS.map(([d, s]) => `${us(d)},${s},P-0001,Here`)].join('\n');
const PORTAL_MAPPING = {
  provider: 'tuition-a',
  columns: { date: 'Day', session: 'AM/PM', pupil: 'Student', mark: 'Code' },
  date_format: 'MM/DD/YYYY',
  marks: { Here: '/' },
};

const ids = (list: { ruleId: string }[]) => list.map((f) => f.ruleId);

describe('attendance.mappings', () => {
  it.each([
    ['by file name pattern', { files: 'portal-*.csv', ...PORTAL_MAPPING }],
    ['by provider (the header fits it, not the default)', PORTAL_MAPPING],
  ])('a provider export read whole through a mapping chosen %s', async (_, mapping) => {
    const { list } = await findings({ 'portal-nov.csv': PORTAL }, { attendance: { mappings: [mapping] } });
    expect(list).toEqual([]); // every session marked present: nothing missing, nothing unreadable
  });

  it.each([
    ['DD/MM/YYYY', uk],
    ['MM/DD/YYYY', us],
    ['D MMM YYYY', named],
    ['DD-MM-YYYY', (d: string) => uk(d).replaceAll('/', '-')],
    ['DD.MM.YYYY', (d: string) => `${uk(d).replaceAll('/', '.')} 00:00`],
  ] as const)('date_format %s', async (format, write) => {
    const csv = ['date,session,pupil,mark', ...SESSIONS.map(([d, s]) => `${write(d)},${s},P-0001,/`)].join('\n');
    const mapping = { files: '*.csv', provider: 'Tuition A', date_format: format };
    expect((await findings({ 'a.csv': csv }, { attendance: { mappings: [mapping] } })).list).toEqual([]);
  });

  it("a date that does not fit the mapping's form names the form, at the cell", async () => {
    const csv = ['date,session,pupil,mark', `${uk('2026-11-13')},am,P-0001,/`].join('\n'); // 13/11: no 13th month
    const mapping = { files: '*.csv', provider: 'tuition-a', date_format: 'MM/DD/YYYY' };
    const { list } = await findings({ 'a.csv': csv }, { attendance: { mappings: [mapping] } }, ['attendance-file']);
    expect(list).toMatchObject([
      {
        line: 2,
        column: 1,
        message:
          "The 'date' value is not a date in the form MM/DD/YYYY: write the date so, or change date_format in the 1st of attendance.mappings (provider tuition-a) in ap-ready.config.yaml.",
      },
    ]);
  });

  it("a provider's own words for marks win over codes (its P means present), * matching any characters", async () => {
    const csv = [
      'date,session,pupil,provider,mark',
      ...SESSIONS.map(([d, s], i) => `${d},${s},P-0001,tuition-a,${['P', 'Late - 5 min', 'P', 'Late - 12 min'][i]}`),
    ].join('\n');
    const mapping = { files: 'a.csv', marks: { P: 'present', 'late*': 'L' } };
    expect((await findings({ 'a.csv': csv }, { attendance: { mappings: [mapping] } })).list).toEqual([]);
  });

  it('the default mapping stays: files in ap-ready columns sit beside mapped ones', async () => {
    const ours = [
      'date,session,pupil,provider,mark',
      ...SESSIONS.slice(0, 2).map(([d, s]) => `${d},${s},P-0001,tuition-a,/`),
    ];
    const theirs = ['Day,AM/PM,Student,Code', ...SESSIONS.slice(2).map(([d, s]) => `${us(d)},${s},P-0001,Here`)];
    const { list } = await findings(
      { 'ours.csv': ours.join('\n'), 'portal.csv': theirs.join('\n') },
      { attendance: { mappings: [PORTAL_MAPPING] } },
    );
    expect(list).toEqual([]);
  });

  it('session words: morning and afternoon, in any case, are am and pm', async () => {
    const words = ['Morning', 'AFTERNOON', 'morning', 'afternoon'];
    const csv = [
      'date,session,pupil,provider,mark',
      ...SESSIONS.map(([d], i) => `${d},${words[i]},P-0001,tuition-a,/`),
    ];
    expect((await findings({ 'a.csv': csv.join('\n') })).list).toEqual([]);
  });

  it("a mapping's provider that names no provider file: its rows are a provider the school does not record", async () => {
    const mapping = { ...PORTAL_MAPPING, provider: 'Nowhere Centre' };
    const { list } = await findings({ 'portal.csv': PORTAL }, { attendance: { mappings: [mapping] } }, [
      'attendance-unknown-placement',
    ]);
    expect(list).toMatchObject([
      { file: 'attendance/portal.csv', line: 2, message: /closest the school records is "Tuition A"/ },
    ]);
  });

  it('a file that fits no mapping is one finding at 1:1 saying what each mapping lacks; no row is read', async () => {
    const csv = ['When,Who,What', '2026-11-02,P-0001,/'].join('\n');
    const { list } = await findings({ 'odd.csv': csv }, { attendance: { mappings: [PORTAL_MAPPING] } });
    expect(ids(list)).toEqual(['attendance-file', 'attendance-missing']);
    expect(list[0]).toMatchObject({ file: 'attendance/odd.csv', line: 1, column: 1 });
    expect(list[0].message).toBe(
      "This file's header fits no column mapping in ap-ready.config.yaml (attendance.columns lacks 'date', 'session', 'pupil', 'provider', 'mark'; the 1st of attendance.mappings (provider tuition-a) lacks 'date', 'session', 'pupil', 'mark'), so no row of it can be read: add a mapping for it under attendance.mappings, with files: set to this file's name and columns: naming its headers.",
    );
  });
});

describe('attendance.mappings in the config file: a wrong mapping is a config problem at its line and column', () => {
  async function configError(text: string): Promise<string> {
    const dir = tempDir({ 'ap-ready.config.yaml': text, 'placements/tuition-a.yaml': PROVIDER });
    try {
      await check(['placements'], { asOf: AS_OF, cwd: dir });
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError);
      return (err as Error).message;
    }
    throw new Error('expected a UsageError');
  }

  it.each([
    [
      'a mapping with neither files nor provider',
      'attendance:\n  mappings:\n    - columns: { pupil: Student }\n',
      /ap-ready\.config\.yaml:3:7: .*a mapping needs files: .* or provider:/,
    ],
    [
      'a mark word mapped to something that is not a code',
      'attendance:\n  mappings:\n    - files: "*.csv"\n      marks: { Sick: ill }\n',
      /ap-ready\.config\.yaml:4:22: .*"ill", which is not one of \/, .*present, late, absent/,
    ],
    [
      'a date form ap-ready does not read',
      'attendance:\n  mappings:\n    - provider: tuition-a\n      date_format: YYYY/DD/MM\n',
      /ap-ready\.config\.yaml:4:20: /,
    ],
  ])('%s', async (_, text, want) => {
    expect(await configError(text)).toMatch(want);
  });
});

describe("the school's follow-up log", () => {
  const ABSENT = [
    'date,session,pupil,provider,mark',
    `${SESSIONS[0][0]},am,P-0001,tuition-a,N`,
    ...SESSIONS.slice(1).map(([d, s]) => `${d},${s},P-0001,tuition-a,/`),
  ];
  const LOG = `date,session,pupil,followed_up_at,by\n${SESSIONS[0][0]},am,P-0001,09:40,Office\n`;

  it.each([
    ['beside the config (the default)', {}, 'follow-ups.csv', []],
    [
      'inside the attendance folder, named in the config: never read as marks',
      { follow_ups: 'attendance/log.csv' },
      'attendance/log.csv',
      [],
    ],
    ['absent: the absence is not followed up', {}, undefined, ['absence-not-followed-up']],
  ] as const)('%s', async (_, settings, where, want) => {
    const dir = tempDir({
      'placements/tuition-a.yaml': PROVIDER,
      'attendance/marks.csv': ABSENT.join('\n'),
      ...(where ? { [where]: LOG } : {}),
    });
    const result = await check(['placements'], {
      asOf: AS_OF,
      cwd: dir,
      config: ConfigSchema.parse({ attendance: settings }),
    });
    const ids = result.findings
      .filter((f) => ['attendance-file', 'absence-not-followed-up'].includes(f.ruleId))
      .map((f) => f.ruleId);
    expect(ids).toEqual(want);
  });
});
