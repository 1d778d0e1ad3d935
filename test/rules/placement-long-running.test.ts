import { placementLongRunning } from '../../src/rules/placement-long-running.js';
import { placementFile, testRule } from '../support/rule-tester.js';

const old = { start_date: '2025-05-05', planned_end_date: '2026-02-13' };

testRule(placementLongRunning, {
  valid: [
    { name: '8 weeks', files: placementFile() },
    {
      name: '30 weeks with a decision to continue',
      files: placementFile({ placements: [{ ...old, reviews: [{ date: '2025-11-14', decision: 'continue' }] }] }),
    },
    {
      name: '30 weeks extended',
      files: placementFile({ placements: [{ ...old, reviews: [{ date: '2025-11-14', decision: 'extend' }] }] }),
    },
    { name: 'exactly 26 weeks', files: placementFile({ placements: [{ start_date: '2025-06-02' }] }) },
  ],
  invalid: [
    {
      name: '30 weeks, no decision recorded',
      files: placementFile({ placements: [old] }),
      errors: [
        {
          messageId: 'long',
          at: ['placements', 0, 'start_date'],
          severity: 'warn',
          data: { pupil: 'pupil P-0042', start: '2025-05-05', weeks: 30, max: 26 },
        },
      ],
    },
    {
      name: 'a review that decided to change it is not a decision to continue',
      files: placementFile({ placements: [{ ...old, reviews: [{ date: '2025-11-14', decision: 'change' }] }] }),
      errors: [{ messageId: 'long', at: ['placements', 0, 'start_date'] }],
    },
  ],
});
