import { attendanceReportedLate } from '../../src/rules/attendance-reported-late.js';
import { testRule } from '../support/rule-tester.js';
import { ALL_PRESENT, marks } from '../support/attendance.js';

const [W1MON, , W2MON, W2WED] = ALL_PRESENT;

testRule(attendanceReportedLate, {
  valid: [
    marks('every mark within 30 minutes', ALL_PRESENT),
    marks('exactly 30 minutes after the start is on time', [
      W1MON,
      '2026-11-04,pm,P-0001,tuition-a,/,13:30,,',
      W2MON,
      W2WED,
    ]),
  ],
  invalid: [
    {
      ...marks('two late marks: one warning for the provider, at its latest mark', [
        W1MON,
        '2026-11-04,pm,P-0001,tuition-a,/,13:50,,',
        W2MON,
        '2026-11-11,pm,P-0001,tuition-a,/,2026-11-11T15:10,,',
      ]),
      errors: [
        {
          messageId: 'late',
          line: 5,
          column: 34,
          data: {
            provider: 'Tuition A',
            late: 2,
            reported: 4,
            within: 30,
            median: '1 hour 30 minutes',
            worst: '2 hours 10 minutes',
          },
        },
      ],
    },
  ],
});
