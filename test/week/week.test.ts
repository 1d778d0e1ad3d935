// The whole week (src/model/week.ts, pure) and the pupil register as check() reads it: where its findings
// go, what it refuses, and that it is never read as a placement file.
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fullTimeWeek,
  fullTimeWeekHours,
  halvesOf,
  overlapHours,
  pupilWeek,
  type WeekPlacementInput,
} from '../../src/model/week.js';
import { check } from '../../src/check.js';
import { UsageError } from '../../src/model/findings.js';
import { CONFIG, COMPLIANT, config, run } from '../support/check-in-memory.js';
import { tempDir } from '../support/temp-dir.js';
import { placementFile, pupilsFile } from '../support/rule-tester.js';

type Day = NonNullable<WeekPlacementInput['placement']['sessions']>[number]['day'];
const weekdays = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return d >= 1 && d <= 5;
};
const s = (day: Day, start: string, end: string, online?: boolean) => ({ day, start, end, online });

describe('halvesOf: the morning ends at 12:00; a session counts for a half-day it covers for an hour or more', () => {
  it.each([
    ['09:00', '12:00', ['am']],
    ['09:30', '12:30', ['am']],
    ['09:00', '13:00', ['am', 'pm']],
    ['12:00', '15:15', ['pm']],
    ['11:30', '12:15', ['am']], // short: counts where it starts
    ['12:30', '13:00', ['pm']],
    ['13:00', '09:00', []], // ends before it starts
    ['9am', '12:00', []],
  ])('%s–%s', (start, end, halves) => expect(halvesOf({ start, end })).toEqual(halves));
});

describe('pupilWeek', () => {
  const base = { asOf: '2025-12-03', isSchoolDay: weekdays };
  const ap = (sessions: ReturnType<typeof s>[], extra: Record<string, unknown> = {}) => ({
    provider: 'Bridge',
    placement: { start_date: '2025-10-06', end_date: null, hours_per_week: null, sessions, ...extra },
  });

  it('lays the week Monday to Friday of the as-of week, with school and provider places and the hours', () => {
    const w = pupilWeek({
      ...base,
      schoolSessions: [s('tue', '08:45', '15:15')],
      placements: [ap([s('mon', '09:00', '14:00'), s('wed', '09:00', '12:00', true)])],
    });
    expect(w.monday).toBe('2025-12-01');
    expect(w.days.map((d) => d.date)).toEqual(['2025-12-01', '2025-12-02', '2025-12-03', '2025-12-04', '2025-12-05']);
    expect(w.days[0].am.places).toEqual([
      { kind: 'provider', provider: 'Bridge', start: '09:00', end: '14:00', online: false, id: undefined },
    ]);
    expect(w.days[0].pm.places).toHaveLength(1);
    expect(w.days[1].am.places[0]).toMatchObject({ kind: 'school' });
    expect(w.days[2].am.places[0]).toMatchObject({ kind: 'provider', online: true });
    expect(w.gaps).toEqual(['wed pm', 'thu am', 'thu pm', 'fri am', 'fri pm']);
    expect([w.schoolKnown, w.schoolHours, w.apHours, w.hours]).toEqual([true, 6.5, 8, 14.5]);
  });

  it("hours_per_week wins over the sessions' sum; a placement not yet started adds no hours and no places", () => {
    const w = pupilWeek({
      ...base,
      schoolSessions: [],
      placements: [
        ap([s('mon', '09:00', '12:00')], { hours_per_week: 4 }),
        ap([s('tue', '09:00', '15:00')], { start_date: '2025-12-04' }),
      ],
    });
    expect(w.apHours).toBe(4);
    expect(w.days[1].am.places).toEqual([]);
  });

  it('a placement starting mid-week places the pupil from its first day', () => {
    const w = pupilWeek({
      ...base,
      asOf: '2025-12-05',
      schoolSessions: [],
      placements: [ap([s('mon', '09:00', '12:00'), s('fri', '09:00', '12:00')], { start_date: '2025-12-03' })],
    });
    expect(w.days[0].am.places).toEqual([]);
    expect(w.days[4].am.places).toHaveLength(1);
  });

  it('unknown school sessions (null or absent) are not the same as none ([])', () => {
    expect(pupilWeek({ ...base, schoolSessions: undefined, placements: [] }).schoolKnown).toBe(false);
    expect(pupilWeek({ ...base, schoolSessions: null, placements: [] }).schoolKnown).toBe(false);
    expect(pupilWeek({ ...base, schoolSessions: [], placements: [] }).schoolKnown).toBe(true);
  });

  it('days that are not school days carry no places and no gaps', () => {
    const w = pupilWeek({
      ...base,
      isSchoolDay: (d) => weekdays(d) && d !== '2025-12-01',
      schoolSessions: [s('mon', '08:45', '15:15')],
      placements: [],
    });
    expect(w.days[0]).toMatchObject({ schoolDay: false, am: { places: [] } });
    expect(w.gaps).not.toContain('mon am');
  });

  it('an as-of Saturday or Sunday is in the week that began on the Monday before', () => {
    expect(pupilWeek({ ...base, asOf: '2025-12-06', schoolSessions: [], placements: [] }).monday).toBe('2025-12-01');
    expect(pupilWeek({ ...base, asOf: '2025-12-07', schoolSessions: [], placements: [] }).monday).toBe('2025-12-01');
  });
});

describe("fullTimeWeekHours: the Ombudsman's benchmark by year group", () => {
  const t = CONFIG.thresholds.full_time_week_hours;
  it.each([
    ['R', 21],
    [1, 21],
    [2, 21],
    [3, 23.5],
    [6, 23.5],
    [7, 24],
    [10, 24],
    [11, 25],
    [undefined, 24],
    [null, 24],
    [12, 24],
  ] as const)('year %s: %s hours', (year, hours) => expect(fullTimeWeekHours(year as never, t)).toBe(hours));
  it('reads the thresholds given', () =>
    expect(
      fullTimeWeekHours(
        11,
        config({ thresholds: { full_time_week_hours: { y11: 27 } } }).thresholds.full_time_week_hours,
      ),
    ).toBe(27));
});

describe('the pupil register as check() reads it', () => {
  const provider = COMPLIANT;

  it('schema and date findings are located in pupils.yaml, and the register is not read as a placement file', async () => {
    // whereabouts-unknown on (the in-memory checks turn it off): the unreadable entry leaves P-0042 unregistered.
    const r = await run(
      {
        'provider.yaml': provider,
        'pupils.yaml':
          'pupils:\n  - ref: P-0042\n    yeargroup: 10\n    ehcp_la_consulted: 01/09/2025\n    school_sessions: []\n',
      },
      { config: config({ rules: { 'whereabouts-unknown': 'warn' } }) },
    );
    expect(r.summary).toEqual(
      [
        'provider.yaml 40:12 warn whereabouts-unknown',
        'provider.yaml 40:12 warn risk-assessment',
        'pupils.yaml 3:5 error schema',
        'pupils.yaml 4:24 error date-format',
      ].sort(),
    );
    expect(r.findings.find((f) => f.ruleId === 'schema')!.message).toMatch(/year_group/);
    expect(r.findings.find((f) => f.ruleId === 'date-format')!.message).toMatch(/2025-09-01/);
  });

  it('YAML that does not parse is a yaml-syntax error in pupils.yaml', async () => {
    const r = await run({ 'provider.yaml': provider, 'pupils.yaml': 'pupils:\n  - ref: P-0042\n\tyear_group: 10\n' });
    expect(r.summary).toContain('pupils.yaml 3:1 error yaml-syntax');
  });

  it('an empty register says so in its own words', async () => {
    const r = await run({ 'provider.yaml': provider, 'pupils.yaml': '# nothing yet\n' });
    expect(r.findings.map((f) => f.message)).toContain(
      'The pupil register is empty: add a pupils: list (ap-ready init writes an example), or delete the file.',
    );
  });

  it('a folder or a link named pupils.yaml is refused unread', async () => {
    const dir = tempDir({ 'placements/provider.yaml': provider, 'elsewhere.yaml': 'pupils: []\n' });
    mkdirSync(join(dir, 'pupils.yaml'));
    const r = await check([join(dir, 'placements')], { asOf: '2025-12-01', config: CONFIG, cwd: dir });
    expect(r.findings.filter((f) => f.ruleId === 'yaml-syntax').map((f) => f.message)).toEqual([
      expect.stringMatching(/not a regular file/),
    ]);
    const dir2 = tempDir({ 'placements/provider.yaml': provider, 'elsewhere.yaml': 'pupils: []\n' });
    symlinkSync(join(dir2, 'elsewhere.yaml'), join(dir2, 'pupils.yaml'));
    const r2 = await check([join(dir2, 'placements')], { asOf: '2025-12-01', config: CONFIG, cwd: dir2 });
    expect(r2.findings.filter((f) => f.ruleId === 'yaml-syntax').map((f) => f.message)).toEqual([
      expect.stringMatching(/not a regular file/),
    ]);
  });

  it('pupils: in the config names the register; a missing one is a usage error (exit 2)', async () => {
    const dir = tempDir({
      'placements/provider.yaml': provider,
      'data/register.yaml': 'pupils:\n  - ref: P-0042\n    school_sessions: []\n    year_group: 10\n',
    });
    const r = await check([join(dir, 'placements')], {
      asOf: '2025-12-01',
      config: config({ pupils: join(dir, 'data/register.yaml') }),
      cwd: dir,
    });
    // The register is listed among the files checked (every formatter lists those), after the placement
    // files, and is not itself a placement file.
    expect(r.checked.map((f) => f.displayPath)).toEqual([
      join('placements', 'provider.yaml'),
      join('data', 'register.yaml'),
    ]);
    expect(r.files.map((f) => f.displayPath)).toEqual([join('placements', 'provider.yaml')]);
    expect(r.run.register?.pupils.map((p) => p.pupil.ref)).toEqual(['P-0042']);
    await expect(
      check([join(dir, 'placements')], {
        asOf: '2025-12-01',
        config: config({ pupils: join(dir, 'nope.yaml') }),
        cwd: dir,
      }),
    ).rejects.toThrow(UsageError);
  });
});

describe('examples/broken/whole-week', () => {
  it('shows each whole-week and vulnerable-pupil rule at least once', async () => {
    const root = new URL('../../examples/broken/whole-week/', import.meta.url).pathname;
    const r = await check([root], { asOf: '2026-11-16', configPath: join(root, 'ap-ready.config.yaml'), cwd: root });
    const ids = new Set(r.findings.map((f) => f.ruleId));
    for (const id of [
      'whereabouts-unknown',
      'education-below-full-time',
      'whereabouts-gap',
      'session-clash',
      'looked-after-virtual-school',
      'looked-after-pep',
      'ehcp-la-consulted',
      'part-time-la-informed',
      'social-worker-informed',
      'risk-assessment',
      'pupil-facts-conflict',
      'attendance-code',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect([...ids].filter((id) => ['yaml-syntax', 'schema', 'date-format'].includes(id))).toEqual([]);
  });
});

describe("the counts take the pupil's facts from the register", () => {
  it.each([
    [
      'a part-time timetable in the register only',
      { part_time_timetable: undefined },
      { part_time_timetable: { agreed_with_parent: '2025-10-01', end_date: '2026-01-30' } },
      { partTime: 1, send: 1, ehcp: 0 },
    ],
    [
      'a part-time timetable on the placement still counts; the EHC plan comes from the register',
      {},
      { part_time_timetable: null, send: 'ehcp' },
      { partTime: 1, send: 1, ehcp: 1 },
    ],
    ["no register entry: the placement's facts", {}, { ref: 'P-0099' }, { partTime: 1, send: 1, ehcp: 0 }],
  ])('%s', async (_name, placement, pupil, want) => {
    const r = await run({
      'provider.yaml': placementFile({ placements: [placement] }),
      'pupils.yaml': pupilsFile([pupil]),
    });
    expect({ partTime: r.result.counts.partTime, send: r.result.counts.send, ehcp: r.result.counts.ehcp }).toEqual(
      want,
    );
  });
});

describe('overlapHours and fullTimeWeek: one judgement of a full-time week', () => {
  it('counts the hours sessions on the same weekday share, once', () => {
    expect(
      overlapHours([
        { day: 'mon', start: '09:00', end: '12:00' },
        { day: 'mon', start: '11:00', end: '13:00' },
      ]),
    ).toBe(1);
    expect(
      overlapHours([
        { day: 'mon', start: '09:00', end: '12:00' },
        { day: 'tue', start: '09:00', end: '12:00' },
      ]),
    ).toBe(0);
    expect(
      overlapHours([
        { day: 'wed', start: '09:00', end: '15:00' },
        { day: 'wed', start: '10:00', end: '11:00' },
        { day: 'wed', start: '10:30', end: '12:00' },
      ]),
    ).toBe(2.5);
  });
  it('a week that reaches the hours only by counting a clash twice is never full-time; one with a clash and enough hours is not called full-time either', () => {
    expect(fullTimeWeek({ hours: 25, overlapHours: 3 }, 24)).toEqual({
      hours: 22,
      below: true,
      clash: true,
      fullTime: false,
    });
    expect(fullTimeWeek({ hours: 28, overlapHours: 1 }, 24)).toEqual({
      hours: 27,
      below: false,
      clash: true,
      fullTime: false,
    });
    expect(fullTimeWeek({ hours: 24, overlapHours: 0 }, 24)).toEqual({
      hours: 24,
      below: false,
      clash: false,
      fullTime: true,
    });
  });
});
