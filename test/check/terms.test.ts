// The shared terms, defined once in src/model/ (placement.ts, calendar.ts) and the run, and the date arithmetic of src/model/dates.ts:
// table tests at their edges. Every date judgement takes an explicit as-of date.
import { describe, expect, it } from 'vitest';
import {
  compulsoryAge,
  daysAWeek,
  hasCurrentPartTime,
  isFullTime,
  personalDataKind,
  placementState,
  pupilKey,
  sessionHours,
  sessionsTotal,
  weeklyHours,
} from '../../src/model/placement.js';
import { Calendar } from '../../src/model/calendar.js';
import { createRun } from '../../src/run.js';
import {
  addDays,
  dayNumber,
  daysBetween,
  englishDate,
  fromDayNumber,
  isIsoDate,
  minutesOf,
  suggestIso,
  todayIso,
  weekday,
} from '../../src/model/dates.js';
import { PlacementSchema, type Placement } from '../../src/model/schema.js';
import { ConfigSchema, type Config } from '../../src/model/config.js';
import type { PlacementFile } from '../../src/load/placement-file.js';

const AS_OF = '2025-12-01'; // a Monday

const schoolDaysBetween = (from: string, to: string, c: Config) =>
  new Calendar(c.term_dates).schoolDaysBetween(from, to);
const isSchoolDay = (d: string, c: Config) => new Calendar(c.term_dates).isSchoolDay(d);
const elapsedDays = (from: string, to: string, c: Config) => new Calendar(c.term_dates).elapsedDays(from, to);
/** Whether the run counts a file's provider as in use. */
const inUse = (f: PlacementFile, asOf: string) =>
  createRun([f], { asOf, config: ConfigSchema.parse({}), rules: [] }).providers[0].inUse;

/** A placement as the schema reads it; only the fields a row needs. */
const pl = (fields: Record<string, unknown> = {}): Placement =>
  PlacementSchema.parse({ pupil: 'P-0042', start_date: '2025-10-06', send: 'none', looked_after: false, ...fields });

const s = (day: string, start: string, end: string) => ({ day, start, end });

const NO_TERMS = ConfigSchema.parse({});
const TERMS = ConfigSchema.parse({
  term_dates: [
    { start: '2025-09-03', end: '2025-10-24' },
    { start: '2025-11-03', end: '2025-12-19' },
  ],
});

describe('placementState (active / upcoming / ended)', () => {
  it.each([
    ['starts on the as-of date', { start_date: '2025-12-01' }, 'active'],
    ['starts the day after', { start_date: '2025-12-02' }, 'upcoming'],
    ['started, no end', { start_date: '2025-10-06' }, 'active'],
    ['started, end_date null', { start_date: '2025-10-06', end_date: null }, 'active'],
    ['ends on the as-of date', { end_date: '2025-12-01' }, 'active'],
    ['ended the day before', { end_date: '2025-11-30' }, 'ended'],
    ['ends later', { end_date: '2026-01-30' }, 'active'],
    ['planned end passed but no end_date', { planned_end_date: '2025-11-01' }, 'active'],
    ['upcoming with a future end', { start_date: '2026-01-05', end_date: '2026-03-27' }, 'upcoming'],
  ] as const)('%s → %s', (_name, fields, state) => {
    expect(placementState(pl(fields), AS_OF)).toBe(state);
  });

  it('a provider is in use with an active or an upcoming placement, not with only ended ones', () => {
    const file = (...ps: Placement[]) =>
      ({ provider: {}, placements: ps.map((placement, index) => ({ index, placement })) }) as unknown as PlacementFile;
    expect(inUse(file(pl()), AS_OF)).toBe(true);
    expect(inUse(file(pl({ start_date: '2026-01-05' })), AS_OF)).toBe(true);
    expect(inUse(file(pl({ end_date: '2025-11-30' })), AS_OF)).toBe(false);
    expect(inUse(file(pl({ end_date: '2025-11-30' }), pl({ start_date: '2026-01-05' })), AS_OF)).toBe(true);
    expect(inUse(file(), AS_OF)).toBe(false);
  });
});

describe('weekly hours, sessions and days a week', () => {
  it.each([
    ['hours_per_week only', { hours_per_week: 9 }, 9],
    ['hours_per_week wins over the sessions', { hours_per_week: 10, sessions: [s('mon', '09:00', '12:00')] }, 10],
    ['hours_per_week 0 is 0, not the sessions', { hours_per_week: 0, sessions: [s('mon', '09:00', '12:00')] }, 0],
    [
      'sessions only: their sum',
      { sessions: [s('mon', '09:30', '12:30'), s('wed', '09:30', '12:30'), s('fri', '13:00', '15:15')] },
      8.25,
    ],
    ['hours_per_week null: the sessions', { hours_per_week: null, sessions: [s('tue', '09:00', '15:10')] }, 37 / 6],
    [
      'each session counts once a week, even on one day',
      { sessions: [s('mon', '09:00', '12:00'), s('mon', '13:00', '15:00')] },
      5,
    ],
    [
      'a session that does not end after it starts counts 0',
      { sessions: [s('mon', '12:00', '09:00'), s('tue', '09:00', '10:00')] },
      1,
    ],
    ['neither: undefined', {}, undefined],
    ['an empty sessions list: undefined', { sessions: [] }, undefined],
  ] as const)('%s', (_name, fields, hours) => {
    const w = weeklyHours(pl(fields));
    if (hours === undefined) expect(w).toBeUndefined();
    else expect(w).toBeCloseTo(hours, 10);
  });

  it.each([
    ['09:30', '12:30', 3],
    ['09:00', '09:15', 0.25],
    ['00:00', '23:59', 1439 / 60],
    ['12:30', '12:30', undefined],
    ['12:30', '09:30', undefined],
    ['9:30', '12:30', undefined],
    ['09:30', '24:00', undefined],
  ] as const)('sessionHours %s–%s → %s', (start, end, hours) => {
    expect(sessionHours(s('mon', start, end) as never)).toBe(hours);
  });

  it('sessionsTotal is undefined without sessions', () => {
    expect(sessionsTotal(pl())).toBeUndefined();
    expect(sessionsTotal(pl({ sessions: [s('mon', '09:00', '10:30')] }))).toBe(1.5);
  });

  it.each([
    ['no sessions', undefined, 0],
    ['an empty list', [], 0],
    ['mon', [s('mon', '09:00', '12:00')], 1],
    ['mon, mon (two sessions, one day)', [s('mon', '09:00', '12:00'), s('mon', '13:00', '15:00')], 1],
    ['mon, mon, wed', [s('mon', '09:00', '12:00'), s('mon', '13:00', '15:00'), s('wed', '09:00', '12:00')], 2],
    ['mon to fri', ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => s(d, '09:00', '12:00')), 5],
    ['sat and sun count as days', [s('sat', '09:00', '12:00'), s('sun', '09:00', '12:00')], 2],
  ] as const)('daysAWeek: %s → %s', (_name, sessions, n) => {
    expect(daysAWeek(pl(sessions === undefined ? {} : { sessions }))).toBe(n);
  });
});

describe('full-time, compulsory school age, pupil references, part-time timetables', () => {
  const t = ConfigSchema.parse({}).thresholds;
  it.each([
    [undefined, false],
    [0, false],
    [18, false],
    [18.01, true],
    [18.5, true],
    [32.5, true],
  ] as const)('isFullTime(%s) → %s', (h, want) => {
    expect(isFullTime(h, t)).toBe(want);
  });
  it('full_time_hours moves the line', () => {
    expect(isFullTime(12.5, { ...t, full_time_hours: 12 })).toBe(true);
    expect(isFullTime(12, { ...t, full_time_hours: 12 })).toBe(false);
  });
  it.each([
    ['R', true],
    [1, true],
    [11, true],
    [12, false],
    [13, false],
    [null, true],
    [undefined, true],
  ] as const)('year_group %s counts for registration: %s', (y, want) => {
    expect(compulsoryAge(pl(y === undefined ? {} : { year_group: y }))).toBe(want);
  });
  it.each([
    ['P-0042', 'p-0042'],
    [' P-0042 ', 'p-0042'],
    ['p-0042', 'p-0042'],
    ['KS3-17', 'ks3-17'],
  ])('pupilKey(%j) → %j', (ref, key) => {
    expect(pupilKey(ref)).toBe(key);
  });
  it.each([
    ['none', undefined, false],
    ['null', null, false],
    ['no end date', { agreed_with_parent: '2025-10-01' }, true],
    ['ends on the as-of date', { end_date: '2025-12-01' }, true],
    ['ended the day before', { end_date: '2025-11-30' }, false],
  ] as const)('hasCurrentPartTime: %s → %s', (_name, pt, want) => {
    expect(hasCurrentPartTime(pl(pt === undefined ? {} : { part_time_timetable: pt }), AS_OF)).toBe(want);
  });
});

describe('school days and elapsed days', () => {
  it.each([
    // from (included), to (excluded)
    ['Mon → next Mon', '2025-10-06', '2025-10-13', 5],
    ['Thu → Mon', '2025-10-02', '2025-10-06', 2],
    ['Fri → Mon', '2025-10-03', '2025-10-06', 1],
    ['Sat → Mon', '2025-10-04', '2025-10-06', 0],
    ['the same day', '2025-10-06', '2025-10-06', 0],
    ['from after to', '2025-10-07', '2025-10-06', 0],
    ['Fri 24 Oct → Mon 3 Nov (no terms: half-term counts)', '2025-10-24', '2025-11-03', 6],
    ['across a year end', '2025-12-29', '2026-01-05', 5],
  ] as const)('schoolDaysBetween without term dates: %s → %s', (_name, from, to, n) => {
    expect(schoolDaysBetween(from, to, NO_TERMS)).toBe(n);
  });

  it.each([
    ['Thu 23 Oct → Mon 3 Nov', '2025-10-23', '2025-11-03', 2],
    ['Fri 24 Oct → Mon 3 Nov', '2025-10-24', '2025-11-03', 1],
    ['Mon 27 Oct → Mon 3 Nov (all half-term)', '2025-10-27', '2025-11-03', 0],
    ['Mon 1 Sep → Mon 8 Sep (term starts Wed 3 Sep)', '2025-09-01', '2025-09-08', 3],
    ['Thu 18 Dec → Mon 5 Jan (term ends Fri 19 Dec)', '2025-12-18', '2026-01-05', 2],
    ['Mon → next Mon in term', '2025-11-03', '2025-11-10', 5],
  ] as const)('schoolDaysBetween with term dates: %s → %s', (_name, from, to, n) => {
    expect(schoolDaysBetween(from, to, TERMS)).toBe(n);
  });

  it.each([
    ['2025-10-06', true],
    ['2025-10-04', false],
    ['2025-10-05', false],
    ['2025-10-27', true],
    ['2025-12-25', true],
  ] as const)('isSchoolDay without terms: %s → %s', (d, want) => {
    expect(isSchoolDay(d, NO_TERMS)).toBe(want);
  });
  it.each([
    ['2025-10-06', true],
    ['2025-10-04', false],
    ['2025-10-27', false],
    ['2025-12-25', false],
    ['2025-09-03', true],
    ['2025-10-24', true],
    ['2025-09-02', false],
  ] as const)('isSchoolDay with terms: %s → %s', (d, want) => {
    expect(isSchoolDay(d, TERMS)).toBe(want);
  });

  it.each([
    ['a review 42 days ago', '2025-10-20', '2025-12-01', NO_TERMS, 42],
    ['a review 43 days ago', '2025-10-19', '2025-12-01', NO_TERMS, 43],
    ['the same day', '2025-12-01', '2025-12-01', NO_TERMS, 0],
    ['to before from', '2025-12-02', '2025-12-01', NO_TERMS, -1],
    ['14 Oct → 1 Dec, term time only (15–24 Oct, 3 Nov–1 Dec)', '2025-10-14', '2025-12-01', TERMS, 39],
    ['11 Oct → 1 Dec, term time only', '2025-10-11', '2025-12-01', TERMS, 42],
    ['10 Oct → 1 Dec, term time only', '2025-10-10', '2025-12-01', TERMS, 43],
    ['inside half-term', '2025-10-25', '2025-11-02', TERMS, 0],
    ['weekends in term count (calendar days)', '2025-11-07', '2025-11-10', TERMS, 3],
    ['to before from with terms', '2025-12-02', '2025-12-01', TERMS, -1],
  ] as const)('elapsedDays: %s → %s', (_name, from, to, cfg, n) => {
    expect(elapsedDays(from, to, cfg)).toBe(n);
  });
});

describe('personalDataKind (pupil-reference)', () => {
  it.each([
    // names: anything with letters and no digit (a pseudonymous reference carries a number)
    ['Jane Smith', 'a name'],
    ['  Jane   Smith  ', 'a name'],
    ["Siobhan O'neill", 'a name'],
    ['Mary-jane Smith’s', 'a name'],
    ["Siobhan O'Neill", 'a name'],
    ['Mary-Jane Smith-Jones', 'a name'],
    ["Mary-Jane O'Neil", 'a name'],
    ['Zoë Smith', 'a name'],
    ['Zoe\u0308 Smith', 'a name'],
    ['Siân Jones', 'a name'],
    ['Jane Ann Smith', 'a name'],
    ['Jane smith', 'a name'],
    ['jane smith', 'a name'],
    ['JANE SMITH', 'a name'],
    ['JOHN SMITH', 'a name'],
    ['Smith, John', 'a name'],
    ['Smith J', 'a name'],
    ['Jane', 'a name'],
    ['Jayden', 'a name'],
    ['Kai', 'a name'],
    ['jsmith', 'a name'],
    // national identifiers, spaced or not
    ['A 1234 5678 9012', 'a unique pupil number (UPN)'],
    ['QQ123456C', 'a National Insurance number'],
    ['QQ 12 34 56 C', 'a National Insurance number'],
    // dates in other forms
    ['2012/02/01', 'a date'],
    ['1 February 2012', 'a date'],
    ['1st Feb 12', 'a date'],
    ['01022012', 'a date'],
    ['20120201', 'a date'],
    // pseudonymous references
    ['P-0042', undefined],
    ['KS3-17', undefined],
    ['12345678', undefined],
    // dates
    ['2011-03-04', 'a date'],
    ['P-2011-03-04', 'a date'],
    ['04/03/2011', 'a date'],
    ['4.3.11', 'a date'],
    // email addresses
    ['jane@school.example', 'an email address'],
    ['@', 'an email address'],
    // UPNs: a letter, 11 digits, a letter or digit
    ['A12345678901B', 'a unique pupil number (UPN)'],
    ['A123456789012', 'a unique pupil number (UPN)'],
    [' A12345678901B ', 'a unique pupil number (UPN)'],
    ['A1234567890B', undefined],
    ['AB12345678901', undefined],
    // pseudonyms that must NOT match
    ['P-0042', undefined],
    ['p-0042', undefined],
    ['KS3-17', undefined],
    ['Y10-03', undefined],
    ['2025-017', undefined],
    ['Kestrel-7', undefined],
    ['Pupil 42', undefined],
    ['AP 2025 17', undefined],
    ['0042', undefined],
  ] as const)('%j → %s', (ref, kind) => {
    expect(personalDataKind(ref)).toBe(kind);
  });
});

describe('dates (src/model/dates.ts)', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-02-29', 11016],
    ['2025-12-01', 20423],
  ] as const)('dayNumber(%s) → %s', (iso, n) => {
    expect(dayNumber(iso)).toBe(n);
    expect(fromDayNumber(n)).toBe(iso);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-01-00',
    '2025-1-01',
    '25-01-01',
    '2025/01/01',
    '06/10/2025',
    '2025-10-06T09:00',
    '',
    'yesterday',
  ])('%j is not a real ISO date', (iso) => {
    expect(dayNumber(iso)).toBeUndefined();
    expect(isIsoDate(iso)).toBe(false);
  });

  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '2025-01-01'])('%s is a real date', (iso) => {
    expect(isIsoDate(iso)).toBe(true);
  });

  it('agrees with Date.UTC over several years, day by day', () => {
    for (let n = dayNumber('2023-01-01')!; n <= dayNumber('2028-12-31')!; n++) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(fromDayNumber(n)).toBe(iso);
      expect(dayNumber(iso)).toBe(n);
    }
  });

  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-03-29', 2, '2025-03-31'],
    ['2025-10-25', 2, '2025-10-27'],
    ['2025-12-01', -42, '2025-10-20'],
  ] as const)('addDays(%s, %s) → %s (no clock change shifts it)', (iso, n, want) => {
    expect(addDays(iso, n)).toBe(want);
  });

  it.each([
    ['2024-12-01', '2025-12-01', 365],
    ['2023-12-01', '2024-12-01', 366],
    ['2025-12-01', '2025-12-01', 0],
    ['2025-12-02', '2025-12-01', -1],
  ] as const)('daysBetween(%s, %s) → %s', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });

  it.each([
    ['2025-12-01', 0],
    ['2025-12-02', 1],
    ['2025-12-05', 4],
    ['2025-12-06', 5],
    ['2025-12-07', 6],
    ['1970-01-01', 3],
  ] as const)('weekday(%s) → %s (0 = Monday)', (iso, n) => {
    expect(weekday(iso)).toBe(n);
  });

  it.each([
    ['06/10/2025', '2025-10-06'],
    ['6/10/2025', '2025-10-06'],
    ['6.10.2025', '2025-10-06'],
    ['06-10-2025', '2025-10-06'],
    ['2025/10/06', '2025-10-06'],
    ['2025.10.6', '2025-10-06'],
    ['2025-10-06T09:00:00Z', '2025-10-06'],
    ['2025-10-06 09:00', '2025-10-06'],
    ['next week', undefined],
    ['6 Oct 2025', undefined],
    ['10/2025', undefined],
  ] as const)('suggestIso(%j) → %s (UK order: day first)', (text, want) => {
    expect(suggestIso(text)).toBe(want);
  });

  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['23:59', 1439],
    ['24:00', undefined],
    ['9:30', undefined],
    ['09:60', undefined],
    ['0930', undefined],
    ['', undefined],
  ] as const)('minutesOf(%j) → %s', (t, n) => {
    expect(minutesOf(t)).toBe(n);
  });

  it.each([
    ['2025-10-06', '6 October 2025'],
    ['2026-01-31', '31 January 2026'],
    ['not a date', 'not a date'],
  ])('englishDate(%s) → %s', (iso, words) => {
    expect(englishDate(iso)).toBe(words);
  });

  it('todayIso is the local calendar date of the clock it is given', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
    expect(todayIso(new Date(2025, 11, 31, 0, 0))).toBe('2025-12-31');
  });
});
