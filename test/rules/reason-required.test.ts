import { reasonRequired } from '../../src/rules/reason-required.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(reasonRequired, {
  valid: [
    {
      name: 'an ended placement with no reason',
      files: placementFile({
        placements: [{ reason: undefined, end_date: '2025-11-28', destination: 'Returned to school full-time' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'an empty reason',
      files: placementFile({ placements: [{ reason: '' }] }),
      errors: [{ messageId: 'missing', at: ['placements', 0, 'reason'], key: true, data: { pupil: 'pupil P-0042' } }],
    },
    {
      name: 'no reason: reported at the placement',
      files: placementFile({ placements: [{ reason: undefined }] }),
      errors: [{ messageId: 'missing', at: ['placements', 0, 'reason'], key: true }],
    },
    {
      name: 'an upcoming placement with a blank reason',
      files: placementFile({ placements: [{ start_date: '2026-01-05', reason: '   ' }] }),
      errors: [{ messageId: 'missing', at: ['placements', 0, 'reason'], key: true }],
    },
  ],
});
