import { nextReviewMissed } from '../../src/rules/next-review-missed.js';
import { placementFile, testRule } from '../support/rule-tester.js';

const review = (more: Record<string, unknown>) => ({ date: '2025-10-20', attendance_percent: 80, ...more });

testRule(nextReviewMissed, {
  valid: [
    { name: 'no next review agreed', files: placementFile() },
    {
      name: 'the next review is still ahead',
      files: placementFile({ placements: [{ reviews: [review({ next_review: '2025-12-05' })] }] }),
    },
    {
      name: 'the next review is today',
      files: placementFile({ placements: [{ reviews: [review({ next_review: '2025-12-01' })] }] }),
    },
    {
      name: 'a later review was held',
      files: placementFile({
        placements: [{ reviews: [review({ next_review: '2025-11-14' }), { date: '2025-11-17' }] }],
      }),
    },
    {
      name: 'an ended placement is not judged',
      files: placementFile({
        placements: [{ end_date: '2025-11-28', reviews: [review({ next_review: '2025-11-14' })] }],
      }),
    },
  ],
  invalid: [
    {
      loadFindings: ['date-format'],
      name: 'an unreadable review before it is left out, and the finding still points at this one in the file',
      files: placementFile({
        placements: [{ reviews: [{ date: 'last Tuesday' }, review({ next_review: '2025-11-14' })] }],
      }),
      errors: [{ messageId: 'missed', at: ['placements', 0, 'reviews', 1, 'next_review'] }],
    },
    {
      name: 'the agreed date passed with no later review',
      files: placementFile({ placements: [{ reviews: [review({ next_review: '2025-11-14' })] }] }),
      errors: [
        {
          messageId: 'missed',
          at: ['placements', 0, 'reviews', 0, 'next_review'],
          data: { pupil: 'pupil P-0042', held: '2025-10-20', next: '2025-11-14', days: 17 },
        },
      ],
    },
    {
      name: 'the latest review counts, whatever the order in the file; a review dated after the as-of date is a plan',
      files: placementFile({
        placements: [
          {
            reviews: [
              review({ date: '2025-11-03', next_review: '2025-11-24' }),
              review({ next_review: '2025-11-03' }),
              { date: '2025-12-10' },
            ],
          },
        ],
      }),
      errors: [
        {
          messageId: 'missed',
          at: ['placements', 0, 'reviews', 0, 'next_review'],
          message: /on 2025-11-03 agreed the next review for 2025-11-24, 7 days ago/,
        },
      ],
    },
  ],
});
