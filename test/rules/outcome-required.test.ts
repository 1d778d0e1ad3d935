import { outcomeRequired } from '../../src/rules/outcome-required.js';
import { placementFile, testRule } from '../support/rule-tester.js';

const ended = { end_date: '2025-11-28', destination: 'Returned to school', destination_category: 'school' };

testRule(outcomeRequired, {
  valid: [
    { name: 'an active placement', files: placementFile() },
    {
      name: 'ended with an outcome',
      files: placementFile({ placements: [{ ...ended, outcome: { result: 'reintegrated' } }] }),
    },
    { name: 'ends today: not yet ended', asOf: '2025-11-28', files: placementFile({ placements: [ended] }) },
  ],
  invalid: [
    {
      name: 'ended with no outcome',
      files: placementFile({ placements: [ended] }),
      errors: [
        {
          messageId: 'missing',
          at: ['placements', 0, 'end_date'],
          data: { pupil: 'pupil P-0042', endDate: '2025-11-28' },
        },
      ],
    },
  ],
});
