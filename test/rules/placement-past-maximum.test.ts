import { placementPastMaximum } from '../../src/rules/placement-past-maximum.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(placementPastMaximum, {
  valid: [
    { name: 'no maximum', files: placementFile() },
    { name: 'the maximum is today', files: placementFile({ placements: [{ maximum_end_date: '2025-12-01' }] }) },
    {
      name: 'ended before the maximum passed',
      files: placementFile({ placements: [{ maximum_end_date: '2025-11-28', end_date: '2025-11-28' }] }),
    },
  ],
  invalid: [
    {
      name: 'still running past the maximum',
      files: placementFile({ placements: [{ maximum_end_date: '2025-11-21' }] }),
      errors: [
        {
          messageId: 'past',
          at: ['placements', 0, 'maximum_end_date'],
          data: { pupil: 'pupil P-0042', maximum: '2025-11-21', days: 10 },
        },
      ],
    },
  ],
});
