import { unregisteredTimeLimits } from '../../src/rules/unregistered-time-limits.js';
import { expect, it } from 'vitest';
import { run } from '../support/check-in-memory.js';
import { config, placementFile, testRule } from '../support/rule-tester.js';

const TIME_LIMITS_ON = config({ rules: { 'unregistered-time-limits': 'warn' } });

testRule(unregisteredTimeLimits, {
  valid: [
    {
      name: 'opted in, near miss: exactly 12 weeks, 4 sessions on 2 days',
      config: TIME_LIMITS_ON,
      files: placementFile({
        placements: [
          {
            planned_end_date: '2025-12-28',
            hours_per_week: 12,
            sessions: [
              { day: 'mon', start: '09:00', end: '12:00' },
              { day: 'mon', start: '13:00', end: '16:00' },
              { day: 'wed', start: '09:00', end: '12:00' },
              { day: 'wed', start: '13:00', end: '16:00' },
            ],
          },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'opted in: 19 weeks and 3 days a week',
      config: TIME_LIMITS_ON,
      files: placementFile(),
      errors: [
        {
          messageId: 'weeks',
          at: ['placements', 0, 'planned_end_date'],
          data: { pupil: 'pupil P-0042', weeks: 19, startDate: '2025-10-06', end: '2026-02-13', max: 12 },
        },
        {
          messageId: 'sessions',
          at: ['placements', 0, 'sessions'],
          data: { pupil: 'pupil P-0042', sessions: 3, days: 3, unregisteredMaxSessions: 4, unregisteredMaxDays: 2 },
        },
      ],
    },
    {
      name: 'opted in: 12 weeks and a day, 5 sessions on 2 days',
      config: TIME_LIMITS_ON,
      files: placementFile({
        placements: [
          {
            planned_end_date: '2025-12-29',
            hours_per_week: 12,
            sessions: [
              { day: 'mon', start: '09:00', end: '12:00' },
              { day: 'mon', start: '13:00', end: '16:00' },
              { day: 'wed', start: '09:00', end: '12:00' },
              { day: 'wed', start: '13:00', end: '15:00' },
              { day: 'wed', start: '15:00', end: '16:00' },
            ],
          },
        ],
      }),
      errors: [
        { messageId: 'weeks', at: ['placements', 0, 'planned_end_date'] },
        { messageId: 'sessions', at: ['placements', 0, 'sessions'] },
      ],
    },
  ],
});

// testRule runs a rule that is off by default at warn; a check with the default config must not run it.
it('unregistered-time-limits is off unless the config turns it on', async () => {
  const file = placementFile();
  expect(
    (await run(file, { config: TIME_LIMITS_ON })).summary.some((s) => s.endsWith(' unregistered-time-limits')),
  ).toBe(true);
  expect((await run(file)).summary).toEqual([]);
});
