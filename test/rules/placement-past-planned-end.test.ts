import { placementPastPlannedEnd } from '../../src/rules/placement-past-planned-end.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(placementPastPlannedEnd, {
  valid: [
    {
      name: 'planned to end on the as-of date',
      files: placementFile({ placements: [{ planned_end_date: '2025-12-01' }] }),
    },
  ],
  invalid: [
    {
      name: 'planned to end yesterday',
      files: placementFile({ placements: [{ planned_end_date: '2025-11-30' }] }),
      errors: [
        {
          messageId: 'pastEnd',
          at: ['placements', 0, 'planned_end_date'],
          data: { pupil: 'pupil P-0042', planned: '2025-11-30' },
        },
      ],
    },
  ],
});
