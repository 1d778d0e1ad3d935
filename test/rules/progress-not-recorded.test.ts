import { progressNotRecorded } from '../../src/rules/progress-not-recorded.js';
import { placementFile, testRule } from '../support/rule-tester.js';

const two = [{ date: '2025-10-20' }, { date: '2025-11-14' }];

testRule(progressNotRecorded, {
  valid: [
    { name: 'one review only', files: placementFile() },
    {
      name: 'two reviews, one records progress',
      files: placementFile({
        placements: [{ reviews: [two[0], { date: '2025-11-14', progress: [{ objective: 1, status: 'on-track' }] }] }],
      }),
    },
    {
      name: 'no objectives (objectives-required reports that)',
      files: placementFile({ placements: [{ objectives: undefined, reviews: two }] }),
    },
    {
      name: 'the second review is after the as-of date',
      files: placementFile({ placements: [{ reviews: [two[0], { date: '2025-12-05' }] }] }),
    },
  ],
  invalid: [
    {
      name: 'two reviews and no progress',
      files: placementFile({ placements: [{ reviews: two }] }),
      errors: [
        {
          messageId: 'missing',
          at: ['placements', 0, 'reviews'],
          key: true,
          data: { pupil: 'pupil P-0042', reviews: 2 },
        },
      ],
    },
    {
      name: 'progress that names no objective does not count',
      files: placementFile({
        placements: [
          { reviews: [two[0], { date: '2025-11-14', progress: [{ objective: 'reading', status: 'on-track' }] }] },
        ],
      }),
      errors: [{ messageId: 'missing', at: ['placements', 0, 'reviews'], key: true }],
    },
  ],
});
