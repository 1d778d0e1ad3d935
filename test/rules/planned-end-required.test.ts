import { plannedEndRequired } from '../../src/rules/planned-end-required.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(plannedEndRequired, {
  valid: [
    {
      name: 'an ended placement with none',
      files: placementFile({
        placements: [
          { planned_end_date: undefined, end_date: '2025-11-28', destination: 'Returned to school full-time' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'planned_end_date: null',
      files: placementFile({ placements: [{ planned_end_date: null }] }),
      errors: [
        { messageId: 'missing', at: ['placements', 0, 'planned_end_date'], key: true, data: { pupil: 'pupil P-0042' } },
      ],
    },
    {
      name: 'no planned_end_date: reported at the placement',
      files: placementFile({ placements: [{ planned_end_date: undefined }] }),
      errors: [{ messageId: 'missing', at: ['placements', 0, 'planned_end_date'], key: true }],
    },
  ],
});
