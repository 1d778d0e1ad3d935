import { partTimeTimetable } from '../../src/rules/part-time-timetable.js';
import { placementFile, testRule } from '../support/rule-tester.js';

const pt = (change: Record<string, unknown>) => placementFile({ placements: [{ part_time_timetable: change }] });
const AT = ['placements', 0, 'part_time_timetable'];

testRule(partTimeTimetable, {
  valid: [
    { name: 'agreed, reviewed and ending', files: placementFile() },
    { name: 'the review date is the as-of date', files: pt({ review_date: '2025-12-01' }) },
    { name: 'a full-time placement', files: placementFile({ placements: [{ part_time_timetable: undefined }] }) },
  ],
  invalid: [
    { name: 'no review date', files: pt({ review_date: undefined }), errors: [{ messageId: 'incomplete', at: AT, key: true, message: /has no review date \(review_date\): a part-time timetable needs all three\.$/ }] },
    {
      name: 'two missing: one list joined with "or", each without an article',
      files: pt({ agreed_with_parent: undefined, review_date: undefined }),
      errors: [{ messageId: 'incomplete', at: AT, key: true, message: /has no date of the parent's or carer's agreement \(agreed_with_parent\) or review date \(review_date\): / }],
    },
    {
      name: 'all three missing',
      files: pt({ agreed_with_parent: undefined, review_date: undefined, end_date: undefined }),
      errors: [{ messageId: 'incomplete', at: AT, key: true, message: /\(agreed_with_parent\), review date \(review_date\) or end date \(end_date\): / }],
    },
    { name: 'the review date has passed', files: pt({ review_date: '2025-11-30' }), errors: [{ messageId: 'reviewDue', at: [...AT, 'review_date'], data: { who: 'pupil P-0042', reviewDate: '2025-11-30' } }] },
    { name: 'used for behaviour', files: placementFile({ placements: [{ reason_category: 'behaviour' }] }), errors: [{ messageId: 'behaviour', at: ['placements', 0, 'reason_category'] }] },
  ],
});

// Cases converted from the old rule table.
testRule(partTimeTimetable, {
  valid: [
    { name: 'review date on the as-of date', files: placementFile({ placements: [{ part_time_timetable: { review_date: '2025-12-01' } }] }) },
    { name: 'a part-time timetable that has ended is not judged', files: placementFile({ placements: [{ reason_category: 'behaviour', part_time_timetable: { review_date: '2025-11-14', end_date: '2025-11-30' } }] }) },
  ],
  invalid: [
    {
      name: 'the review date has passed', files: placementFile({ placements: [{ part_time_timetable: { review_date: '2025-11-30' } }] }),
      errors: [
        { messageId: 'reviewDue', at: ['placements', 0, 'part_time_timetable', 'review_date'], data: { who: 'pupil P-0042', reviewDate: '2025-11-30' } },
      ],
    },
    {
      name: 'used for behaviour', files: placementFile({ placements: [{ reason_category: 'behaviour' }] }),
      errors: [
        { messageId: 'behaviour', at: ['placements', 0, 'reason_category'], data: { who: 'pupil P-0042' } },
      ],
    },
  ],
});
