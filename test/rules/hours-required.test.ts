import { hoursRequired } from '../../src/rules/hours-required.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(hoursRequired, {
  valid: [
    { name: 'hours_per_week alone', files: placementFile({ placements: [{ sessions: undefined }] }) },
    { name: 'sessions alone', files: placementFile({ placements: [{ hours_per_week: undefined }] }) },
  ],
  invalid: [
    {
      name: 'neither hours_per_week nor sessions',
      files: placementFile({ placements: [{ hours_per_week: undefined, sessions: undefined }] }),
      errors: [{ messageId: 'missing', at: ['placements', 0], data: { pupil: 'pupil P-0042' } }],
    },
    {
      name: 'an empty sessions list and no hours',
      files: placementFile({ placements: [{ hours_per_week: undefined, sessions: [] }] }),
      errors: [{ messageId: 'missing', at: ['placements', 0] }],
    },
  ],
});
