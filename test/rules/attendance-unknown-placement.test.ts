import { attendanceUnknownPlacement } from '../../src/rules/attendance-unknown-placement.js';
import { testRule } from '../support/rule-tester.js';
import { ALL_PRESENT, marks } from '../support/attendance.js';

testRule(attendanceUnknownPlacement, {
  valid: [
    marks('every mark on a day of its placement', ALL_PRESENT),
    marks('the provider by its name instead of its file name', ['2026-11-02,am,P-0001,Tuition A,/,09:05,,']),
  ],
  invalid: [
    {
      ...marks(
        'an unknown pupil (once per file, counting the rows), a day outside the placement, an unknown provider',
        [
          ...ALL_PRESENT,
          '2026-11-04,pm,P-0099,tuition-a,/,13:05,,',
          '2026-11-09,am,P-0099,tuition-a,/,09:05,,',
          '2026-10-21,pm,P-0001,Tuition A,/,13:05,,',
          '2026-11-09,am,P-0001,Nowhere Ltd,/,09:05,,',
        ],
      ),
      errors: [
        {
          messageId: 'noPlacement',
          line: 6,
          column: 15,
          data: { pupil: 'pupil P-0099', provider: '"Tuition A"', more: 1 },
        },
        {
          messageId: 'notRunning',
          line: 8,
          column: 1,
          data: { pupil: 'pupil P-0001', provider: '"Tuition A"', date: '2026-10-21', session: 'pm' },
        },
        // The unknown provider's name is not repeated: it may be a typing slip of something personal.
        {
          messageId: 'unknownProvider',
          line: 9,
          column: 22,
          data: { more: 0, closest: 'Tuition A', closestFile: 'tuition-a' },
          message: /^(?!.*Nowhere)/,
        },
      ],
    },
    {
      // A row's reference outside the school's pseudonymous pattern is hidden, as in every other message.
      ...marks("an unknown pupil whose reference is not in the school's pattern", [
        ...ALL_PRESENT,
        '2026-11-04,pm,P-0099-X,tuition-a,/,13:05,,',
      ]),
      errors: [{ messageId: 'noPlacement', line: 6, column: 15, message: /^The pupil in this row \(reference hidden/ }],
    },
  ],
});
