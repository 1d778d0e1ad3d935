import { hoursMismatch } from '../../src/rules/hours-mismatch.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(hoursMismatch, {
  valid: [
    {
      name: 'a reversed session is reported by session-times alone, not also as an hours mismatch',
      files: placementFile({
        placements: [
          {
            sessions: [
              { day: 'mon', start: '09:30', end: '12:30' },
              { day: 'wed', start: '12:30', end: '09:30' },
              { day: 'fri', start: '09:30', end: '12:30' },
            ],
          },
        ],
      }),
    },
    { name: '9.25 is within the tolerance', files: placementFile({ placements: [{ hours_per_week: 9.25 }] }) },
    { name: '8.75 is within the tolerance', files: placementFile({ placements: [{ hours_per_week: 8.75 }] }) },
  ],
  invalid: [
    {
      name: '9.5 against sessions of 9',
      files: placementFile({ placements: [{ hours_per_week: 9.5 }] }),
      errors: [
        {
          messageId: 'mismatch',
          at: ['placements', 0, 'hours_per_week'],
          data: { hoursPerWeek: '9.5', pupil: 'pupil P-0042', sum: '9' },
          message: /9\.5 but the sessions .* add up to 9 hours/,
        },
      ],
    },
    {
      name: '8.7 against sessions of 9',
      files: placementFile({ placements: [{ hours_per_week: 8.7 }] }),
      errors: [{ messageId: 'mismatch', at: ['placements', 0, 'hours_per_week'] }],
    },
  ],
});
