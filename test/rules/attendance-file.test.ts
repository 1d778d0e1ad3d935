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
      // A mistyped code and a word ap-ready does not recognise: each said as such, the value never repeated.
      ...marks('an unknown code and an unknown word', [
        W1MON,
        '2026-11-04,pm,P-0001,tuition-a,ZZ,13:05,,',
        '2026-11-09,am,P-0001,tuition-a,Bananas,09:05,,',
      ]),
      errors: [
        {
          messageId: 'unknownMarks',
          line: 3,
          column: 32,
          message: /^(?!.*ZZ)1 row \(line 3\) has a mark that looks like a register code but is not one of the DfE's/,
        },
        {
          messageId: 'unknownMarks',
          line: 4,
          column: 32,
          message: /^(?!.*Bananas)1 row \(line 4\) has a mark that is neither a DfE register code nor a word/,
        },
      ],
    },
    {
      // Non-DfE marks by class: one finding per class and file, counting the rows and listing the first lines.
      ...marks('words for illness and lateness in place of codes', [
        '2026-11-02,am,P-0001,tuition-a,Sick,09:05,,',
        '2026-11-04,pm,P-0001,tuition-a,Late - 10 min,13:05,,',
        '2026-11-09,am,P-0001,tuition-a,sick,09:05,,',
        '2026-11-11,pm,P-0001,tuition-a,Late - 5 mins,13:05,,',
        '2026-11-12,pm,P-0001,tuition-a,Ill,13:05,,',
      ]),
      errors: [
        {
          messageId: 'unknownMarks',
          line: 2,
          column: 32,
          message:
            /^(?!.*Sick)3 rows \(lines 2, 4, 6\) have marks that read as illness, not a DfE register code \(such a mark is usually I\)/,
        },
        {
          messageId: 'unknownMarks',
          line: 3,
          column: 32,
          message: /^(?!.*10 min)2 rows \(lines 3, 5\) have marks that read as arriving late, .* usually L /,
        },
      ],
    },
    {
      ...marks(
        'more rows of one class than are listed',
        Array.from({ length: 7 }, () => W1MON.replace(',/,', ',Sick,')),
      ),
      errors: [
        { messageId: 'unknownMarks', line: 2, column: 32, message: /^7 rows \(lines 2, 3, 4, 5, 6 and 2 more\)/ },
      ],
    },
    {
      // The school's follow-up log is checked too: a header without a required column, or a bad value, at its cell.
      ...marks("the follow-up log's bad date and bad time", ALL_PRESENT),
      followUps:
        'date,session,pupil,followed_up_at\n2026-13-01,am,P-0001,10:00\n2026-11-04,noon,P-0001,10:00\n2026-11-04,pm,P-0001,later\n',
      errors: [
        {
          messageId: 'unreadable',
          file: 'follow-ups.csv',
          line: 2,
          column: 1,
          message: /^The follow-up log's 'date' value is not a date/,
        },
        {
          messageId: 'unreadable',
          file: 'follow-ups.csv',
          line: 3,
          column: 12,
          message: /'session' value is not am, pm or a time/,
        },
        {
          messageId: 'unreadable',
          file: 'follow-ups.csv',
          line: 4,
          column: 22,
          message: /'followed_up_at' value is not a time/,
        },
      ],
    },
    {
      ...marks('a follow-up log without a pupil column', ALL_PRESENT),
      followUps: 'date,session,followed_up_at\n2026-11-04,am,10:00\n',
      errors: [
        { messageId: 'unreadable', file: 'follow-ups.csv', line: 1, column: 1, message: /has no 'pupil' column/ },
      ],
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
