import { destinationRequired } from '../../src/rules/destination-required.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(destinationRequired, {
  valid: [
    {
      name: 'ends on the as-of date (still active)',
      files: placementFile({ placements: [{ end_date: '2025-12-01' }] }),
    },
    {
      name: 'ended with a destination',
      files: placementFile({ placements: [{ end_date: '2025-11-28', destination: 'Returned to school full-time' }] }),
    },
  ],
  invalid: [
    {
      name: 'ended yesterday with no destination',
      files: placementFile({ placements: [{ end_date: '2025-11-30' }] }),
      errors: [
        {
          messageId: 'missing',
          at: ['placements', 0, 'destination'],
          key: true,
          data: { pupil: 'pupil P-0042', endDate: '2025-11-30' },
        },
      ],
    },
  ],
});
