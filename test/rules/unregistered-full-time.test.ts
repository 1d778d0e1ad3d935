import { describe, expect, it } from 'vitest';
import { citations } from '../../src/model/sources.js';
import { unregisteredFullTime } from '../../src/rules/unregistered-full-time.js';
import { config, placementFile, testRule } from '../support/rule-tester.js';

/** `n` pupils P-0001…, each full-time (18.5 hours a week, no sessions, no SEND), with `set(i)` laid over the i-th. */
const fullTime = (n: number, set: (i: number) => Record<string, unknown> = () => ({})) =>
  Array.from({ length: n }, (_, i) => ({
    pupil: `P-${String(i + 1).padStart(4, '0')}`,
    hours_per_week: 18.5,
    sessions: undefined,
    send: 'none',
    part_time_timetable: undefined,
    ...set(i),
  }));

testRule(unregisteredFullTime, {
  valid: [
    {
      name: 'an EHC plan, exactly 18 hours',
      files: placementFile({ placements: [{ sessions: undefined, send: 'ehcp', hours_per_week: 18 }] }),
    },
    {
      name: 'an EHC plan, 18.5 hours, year 12 (past compulsory school age)',
      files: placementFile({
        placements: [{ sessions: undefined, year_group: 12, send: 'ehcp', hours_per_week: 18.5 }],
      }),
    },
    {
      name: 'an EHC plan, 18.5 hours, at a registered provider',
      files: placementFile({
        provider: { registration: { status: 'registered', type: 'pru', urn: 123456 } },
        placements: [{ sessions: undefined, send: 'ehcp', hours_per_week: 18.5 }],
      }),
    },
    {
      name: 'esa-2008 does not count SEN support',
      files: placementFile({ placements: [{ sessions: undefined, hours_per_week: 18.5 }] }),
    },
    { name: '4 full-time pupils (confirmed total recorded)', files: placementFile({ placements: fullTime(4) }) },
    {
      name: '5 pupils at 18.5 hours, one in year 13, count as 4',
      files: placementFile({ placements: fullTime(5, (i) => (i === 4 ? { year_group: 13 } : {})) }),
    },
    {
      name: 'the provider confirmed 4',
      files: placementFile({ provider: { registration: { full_time_pupils_confirmed: { count: 4 } } } }),
    },
  ],
  invalid: [
    {
      name: 'an EHC plan, 18.5 hours',
      files: placementFile({ placements: [{ sessions: undefined, send: 'ehcp', hours_per_week: 18.5 }] }),
      errors: [
        {
          messageId: 'pupil',
          at: ['placements', 0],
          data: { pupil: 'pupil P-0042', who: 'has an EHC plan', hours: '18.5', fullTimeHours: 18 },
          message: /EHC plan.*18\.5 hours/,
        },
      ],
    },
    {
      name: 'looked after, 18.5 hours from the sessions alone',
      files: placementFile({
        placements: [
          {
            hours_per_week: undefined,
            looked_after: true,
            sessions: [
              { day: 'mon', start: '09:00', end: '15:10' },
              { day: 'wed', start: '09:00', end: '15:10' },
              { day: 'fri', start: '09:00', end: '15:10' },
            ],
          },
        ],
      }),
      errors: [{ messageId: 'pupil', at: ['placements', 0], message: /looked after/ }],
    },
    {
      name: 'cwsa-2026 counts SEN support',
      config: config({ registration_law: 'cwsa-2026' }),
      files: placementFile({ placements: [{ sessions: undefined, hours_per_week: 18.5 }] }),
      errors: [{ messageId: 'pupil', at: ['placements', 0], message: /special educational needs/ }],
    },
    {
      name: '5 full-time pupils',
      files: placementFile({ placements: fullTime(5) }),
      errors: [
        {
          messageId: 'provider',
          at: ['provider', 'registration'],
          key: true,
          data: { size: 5, name: 'Bridge Learning Centre', fullTimeHours: 18, unregisteredFullTimePupils: 5 },
          message:
            /^5 of the school's pupils.*Tell the local authority and report it to the Department for Education \(the registration authority/,
        },
      ],
    },
    {
      name: 'the provider confirmed 5 full-time pupils in all',
      files: placementFile({ provider: { registration: { full_time_pupils_confirmed: { count: 5 } } } }),
      errors: [
        {
          messageId: 'confirmed',
          at: ['provider', 'registration', 'full_time_pupils_confirmed', 'count'],
          data: { name: 'Bridge Learning Centre', count: 5, unregisteredFullTimePupils: 5 },
          message: /tell the local authority and report it to the Department for Education/,
        },
      ],
    },
  ],
});

describe('unregistered-full-time: the law it cites', () => {
  it('cites the Education and Skills Act 2008 Part 4 (s.92, s.95, s.96) and the Education Act 1996 s.463, never the 2002 Act (Wales)', () => {
    const text = citations(unregisteredFullTime.sources);
    expect(text).toMatch(/Education and Skills Act 2008, Part 4.*section 92.*section 95.*section 96/);
    expect(text).toContain('Education Act 1996, section 463');
    expect(text).not.toContain('Education Act 2002');
  });
});
