import { objectiveOverdue } from '../../src/rules/objective-overdue.js';
import { placementFile, testRule } from '../support/rule-tester.js';

const objectives = [
  { id: 'attendance', target: 'Attend 90% of sessions', by: '2025-11-21' },
  { target: 'Re-join maths set 3', by: '2026-02-13' },
];
const reviewed = (progress: unknown[]) => ({ objectives, reviews: [{ date: '2025-11-24', progress }] });

testRule(objectiveOverdue, {
  valid: [
    { name: 'no objective past its date', files: placementFile() },
    {
      name: 'met at the last review',
      files: placementFile({ placements: [reviewed([{ objective: 'attendance', status: 'met', value: 91 }])] }),
    },
    {
      name: 'dropped at the last review (by position)',
      files: placementFile({ placements: [{ ...reviewed([{ objective: 1, status: 'dropped' }]) }] }),
    },
    { name: 'due today', asOf: '2025-11-21', files: placementFile({ placements: [{ objectives }] }) },
    {
      name: 'an ended placement is not judged',
      files: placementFile({ placements: [{ objectives, end_date: '2025-11-28' }] }),
    },
  ],
  invalid: [
    {
      loadFindings: ['date-format'],
      name: 'an unreadable objective before it is left out, and the finding still points at this one in the file',
      files: placementFile({
        placements: [
          {
            objectives: [
              { id: 'maths', target: 'Re-join maths set 3', by: '31/02/2025' },
              { id: 'attendance', target: 'Attend', by: '2025-11-01' },
            ],
          },
        ],
      }),
      errors: [{ messageId: 'overdue', at: ['placements', 0, 'objectives', 1, 'by'], message: /"attendance"/ }],
    },
    {
      name: 'past its date, off-track at the last review',
      files: placementFile({ placements: [reviewed([{ objective: 'attendance', status: 'off-track', value: 70 }])] }),
      errors: [
        {
          messageId: 'overdue',
          at: ['placements', 0, 'objectives', 0, 'by'],
          data: {
            objective: 'objective "attendance"',
            pupil: 'pupil P-0042',
            by: '2025-11-21',
            days: 10,
            status: 'and was off-track at the review on 2025-11-24',
          },
        },
      ],
    },
    {
      name: 'past its date with no progress recorded; named by position when it has no id',
      files: placementFile({ placements: [{ objectives: [{ target: 'Attend', by: '2025-11-01' }] }] }),
      errors: [
        {
          messageId: 'overdue',
          at: ['placements', 0, 'objectives', 0, 'by'],
          message:
            /^Objective 1 of pupil P-0042 was due by 2025-11-01, 30 days ago, and no review records progress against it/,
        },
      ],
    },
    {
      name: 'met earlier, then not-met at the latest review',
      files: placementFile({
        placements: [
          {
            objectives,
            reviews: [
              { date: '2025-11-10', progress: [{ objective: 'attendance', status: 'met' }] },
              { date: '2025-11-24', progress: [{ objective: 'attendance', status: 'not-met' }] },
            ],
          },
        ],
      }),
      errors: [
        {
          messageId: 'overdue',
          at: ['placements', 0, 'objectives', 0, 'by'],
          message: /was not-met at the review on 2025-11-24/,
        },
      ],
    },
  ],
});
