import { attendanceFile } from '../../src/rules/attendance-file.js';
import { testRule } from '../support/rule-tester.js';
import { ALL_PRESENT, marks } from '../support/attendance.js';

const [W1MON, , W2MON, W2WED] = ALL_PRESENT;

testRule(attendanceFile, {
  valid: [
    marks('every row readable', ALL_PRESENT),
    marks('no attendance folder', [], { attendance: undefined }),
    marks('DD/MM/YYYY dates and a blank row', ['02/11/2026,am,P-0001,tuition-a,/,09:05,,', ',,,,,,,']),
  ],
  invalid: [
    // The message never repeats the value it calls invalid.
    {
      ...marks('a date that does not exist, at its cell', [
        W1MON,
        '2026-02-30,pm,P-0001,tuition-a,/,13:05,,',
        W2MON,
        W2WED,
      ]),
      errors: [{ messageId: 'unreadable', line: 3, column: 1, message: /^(?!.*2026-02-30)/ }],
    },
    {
      ...marks('an unknown code', [W1MON, '2026-11-04,pm,P-0001,tuition-a,ZZ,13:05,,']),
      errors: [{ messageId: 'unreadable', line: 3, column: 32 }],
    },
    {
      ...marks('a bad session', [W1MON, '2026-11-04,noon,P-0001,tuition-a,/,13:05,,']),
      errors: [{ messageId: 'unreadable', line: 3, column: 12 }],
    },
    {
      ...marks('a bad reported_at', [W1MON, '2026-11-04,pm,P-0001,tuition-a,/,1pm,,']),
      errors: [{ messageId: 'unreadable', line: 3, column: 34 }],
    },
    {
      ...marks('a header without the mark column', []),
      attendance: { 'marks.csv': 'date,session,pupil,provider\n2026-11-02,am,P-0001,tuition-a\n' },
      errors: [{ messageId: 'unreadable', line: 1, column: 1, message: /no column 'mark'/ }],
    },
  ],
});
