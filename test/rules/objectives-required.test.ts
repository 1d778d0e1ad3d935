import { objectivesRequired } from '../../src/rules/objectives-required.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(objectivesRequired, {
  valid: [
    {
      name: 'an ended placement with no objectives',
      files: placementFile({
        placements: [{ objectives: undefined, end_date: '2025-11-28', destination: 'Returned to school full-time' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'no objectives',
      files: placementFile({ placements: [{ objectives: [] }] }),
      errors: [
        { messageId: 'missing', at: ['placements', 0, 'objectives'], key: true, data: { pupil: 'pupil P-0042' } },
      ],
    },
    {
      name: 'an objective with no by date',
      files: placementFile({
        placements: [
          {
            objectives: [
              { target: 'Attend 90% of sessions' },
              { target: 'Re-join maths set 3 for two lessons a week', by: '2026-02-13' },
            ],
          },
        ],
      }),
      errors: [
        { messageId: 'undated', at: ['placements', 0, 'objectives', 0], data: { target: 'Attend 90% of sessions' } },
      ],
    },
  ],
});
