import { partTimeTimetable } from '../../src/rules/part-time-timetable.js';
import { placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

const pt = (change: Record<string, unknown>) => placementFile({ placements: [{ part_time_timetable: change }] });
const AT = ['placements', 0, 'part_time_timetable'];

testRule(partTimeTimetable, {
  valid: [
    { name: 'agreed, reviewed and ending', files: placementFile() },
    { name: 'the review date is the as-of date', files: pt({ review_date: '2025-12-01' }) },
    { name: 'a full-time placement', files: placementFile({ placements: [{ part_time_timetable: undefined }] }) },
  ],
  invalid: [
    {
      name: 'no review date',
      files: pt({ review_date: undefined }),
      errors: [
        {
          messageId: 'incomplete',
          at: AT,
          key: true,
          message: /has no review date \(review_date\): a part-time timetable needs all three\.$/,
        },
      ],
    },
    {
      name: 'two missing: one list joined with "or", each without an article',
      files: pt({ agreed_with_parent: undefined, review_date: undefined }),
      errors: [
        {
          messageId: 'incomplete',
          at: AT,
          key: true,
          message:
            /has no date of the parent's or carer's agreement \(agreed_with_parent\) or review date \(review_date\): /,
        },
      ],
    },
    {
      name: 'all three missing',
      files: pt({ agreed_with_parent: undefined, review_date: undefined, end_date: undefined }),
      errors: [
        {
          messageId: 'incomplete',
          at: AT,
          key: true,
          message: /\(agreed_with_parent\), review date \(review_date\) or end date \(end_date\): /,
        },
      ],
    },
    {
      name: 'the review date has passed',
      files: pt({ review_date: '2025-11-30' }),
      errors: [
        { messageId: 'reviewDue', at: [...AT, 'review_date'], data: { who: 'pupil P-0042', reviewDate: '2025-11-30' } },
      ],
    },
    {
      name: 'used for behaviour',
      files: placementFile({ placements: [{ reason_category: 'behaviour' }] }),
      errors: [{ messageId: 'behaviour', at: ['placements', 0, 'reason_category'] }],
    },
  ],
});

// Cases converted from the old rule table.
testRule(partTimeTimetable, {
  valid: [
    {
      name: 'review date on the as-of date',
      files: placementFile({ placements: [{ part_time_timetable: { review_date: '2025-12-01' } }] }),
    },
    {
      name: 'a part-time timetable that has ended is not judged',
      files: placementFile({
        placements: [
          { reason_category: 'behaviour', part_time_timetable: { review_date: '2025-11-14', end_date: '2025-11-30' } },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'the review date has passed',
      files: placementFile({ placements: [{ part_time_timetable: { review_date: '2025-11-30' } }] }),
      errors: [
        {
          messageId: 'reviewDue',
          at: ['placements', 0, 'part_time_timetable', 'review_date'],
          data: { who: 'pupil P-0042', reviewDate: '2025-11-30' },
        },
      ],
    },
    {
      name: 'used for behaviour',
      files: placementFile({ placements: [{ reason_category: 'behaviour' }] }),
      errors: [{ messageId: 'behaviour', at: ['placements', 0, 'reason_category'], data: { who: 'pupil P-0042' } }],
    },
  ],
});

// The pupil's whole-week timetable in the register (pupils.yaml) is checked as a placement's is.
const noPlacementTimetable = placementFile({ placements: [{ part_time_timetable: undefined }] });
const REG = ['pupils', 0, 'part_time_timetable'];
testRule(partTimeTimetable, {
  valid: [
    {
      name: "the register's timetable agreed, reviewed and ending",
      files: { 'a.yaml': noPlacementTimetable, 'pupils.yaml': pupilsFile() },
    },
    {
      name: "the register's timetable has ended",
      files: {
        'a.yaml': noPlacementTimetable,
        'pupils.yaml': pupilsFile([{ part_time_timetable: { review_date: '2025-10-01', end_date: '2025-11-28' } }]),
      },
    },
    {
      name: "a pupil not in AP: the register entry is not the tool's business",
      files: {
        'a.yaml': noPlacementTimetable,
        'pupils.yaml': pupilsFile([{}, { ref: 'P-0099', part_time_timetable: { review_date: undefined } }]),
      },
    },
  ],
  invalid: [
    {
      name: "the register's timetable has no review date (none on the placement)",
      files: {
        'a.yaml': noPlacementTimetable,
        'pupils.yaml': pupilsFile([{ part_time_timetable: { review_date: undefined } }]),
      },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'incomplete',
          at: REG,
          key: true,
          message: /^The part-time timetable of pupil P-0042 has no review date/,
        },
      ],
    },
    {
      name: "the register's review date has passed",
      files: {
        'a.yaml': noPlacementTimetable,
        'pupils.yaml': pupilsFile([{ part_time_timetable: { review_date: '2025-11-20' } }]),
      },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'reviewDue',
          at: [...REG, 'review_date'],
          data: { who: 'pupil P-0042', reviewDate: '2025-11-20' },
        },
      ],
    },
    {
      name: 'the register\'s timetable, the placement for behaviour: "should not", reported once, on the register',
      files: {
        'a.yaml': placementFile({ placements: [{ part_time_timetable: undefined, reason_category: 'behaviour' }] }),
        'pupils.yaml': pupilsFile(),
      },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'behaviour',
          at: REG,
          key: true,
          message: /should not be used to manage a pupil's behaviour/,
        },
      ],
    },
  ],
});
