import { partTimeTimetable } from '../../src/rules/part-time-timetable.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(partTimeTimetable, {
  valid: [
    { name: 'review date on the as-of date', files: placementFile({ placements: [{ part_time_timetable: { review_date: '2025-12-01' } }] }) },
    { name: 'a part-time timetable that has ended is not judged', files: placementFile({ placements: [{ reason_category: 'behaviour', part_time_timetable: { review_date: '2025-11-14', end_date: '2025-11-30' } }] }) },
  ],
  invalid: [
    {
      name: 'no review date', files: placementFile({ placements: [{ part_time_timetable: { review_date: undefined } }] }),
      errors: [
        { messageId: 'incomplete', at: ['placements', 0, 'part_time_timetable'], key: true, data: { who: 'pupil P-0042', missing: ['a review date (review_date)'] }, message: /no a review date \(review_date\)/ },
      ],
    },
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
