import { unregisteredFullTimeCheck } from '../../src/rules/unregistered-full-time-check.js';
import { placementFile, testRule } from '../support/rule-tester.js';

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

testRule(unregisteredFullTimeCheck, {
  valid: [
    {
      name: 'confirmed total exactly 365 days old',
      files: placementFile({
        provider: { registration: { full_time_pupils_confirmed: { date: '2024-12-01' } } },
        placements: [{ sessions: undefined, hours_per_week: 18.5 }],
      }),
    },
    {
      name: '18 hours is not full-time',
      files: placementFile({
        provider: { registration: { full_time_pupils_confirmed: undefined } },
        placements: [{ sessions: undefined, hours_per_week: 18 }],
      }),
    },
  ],
  invalid: [
    {
      name: 'one full-time pupil, no confirmed total',
      files: placementFile({
        provider: { registration: { full_time_pupils_confirmed: undefined } },
        placements: [{ sessions: undefined, hours_per_week: 18.5 }],
      }),
      errors: [
        {
          messageId: 'unconfirmed',
          at: ['provider', 'registration'],
          key: true,
          data: { pupils: 1, name: 'Bridge Learning Centre', why: 'the school has not recorded its confirmed total' },
        },
      ],
    },
    {
      name: 'four full-time pupils, confirmed total 366 days old',
      files: placementFile({
        provider: { registration: { full_time_pupils_confirmed: { date: '2024-11-30' } } },
        placements: fullTime(4),
      }),
      errors: [{ messageId: 'unconfirmed', at: ['provider', 'registration'], key: true, message: /^4 pupils/ }],
    },
  ],
});
