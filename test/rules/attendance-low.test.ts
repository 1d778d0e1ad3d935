import { attendanceLow } from '../../src/rules/attendance-low.js';
import { config, testRule } from '../support/rule-tester.js';
import { ALL_PRESENT, marks } from '../support/attendance.js';

const at = ['placements', 0, 'pupil'];
/** The four timetabled sessions with these marks, reported on time. */
const with4 = (name: string, codes: string[], more = {}) =>
  marks(
    name,
    ALL_PRESENT.map((r, i) => r.replace(',/,', `,${codes[i]},`)),
    more,
  );
const data = (present: number, percent: string, limit: number) => ({
  pupil: 'pupil P-0001',
  percent,
  present,
  possible: 4,
  weeks: 6,
  limit,
});

testRule(attendanceLow, {
  valid: [
    with4('4 of 4 present (B, L and late count as present)', ['/', 'B', 'L', 'late']),
    with4('X and Y1 are not possible sessions: 2 of 2', ['/', 'X', 'Y1', 'present']),
    with4('D (dual registered: at the other school) is not a possible session either: 1 of 1, not 3 of 4 "present"', [
      'D',
      'D',
      'D',
      '/',
    ]),
    with4('75% with the persistent threshold at 75%', ['/', '/', '/', 'N'], {
      config: config({ thresholds: { attendance_persistent_percent: 75 } }),
    }),
  ],
  invalid: [
    {
      ...with4('3 of 4 present (75%): a warning', ['/', '/', '/', 'N']),
      errors: [{ messageId: 'persistent', at, severity: 'warn', data: data(3, '75', 90) }],
    },
    {
      ...with4('one missed session: "attendance at this placement", never a pupil\'s "persistent absence"', [
        '/',
        '/',
        '/',
        'N',
      ]),
      errors: [
        {
          messageId: 'persistent',
          at,
          message:
            /^Pupil P-0001 attended 75% of timetabled sessions at this placement over the last 6 school weeks \(3 of 4\), below 90%: review(?!.*persistent)(?!.*severe)/,
        },
      ],
    },
    {
      ...with4('D does not count as present: 1 of 2 possible', ['/', 'D', 'D', 'N']),
      errors: [{ messageId: 'persistent', at, message: /attended 50% .*\(1 of 2\)/ }],
    },
    {
      ...with4('1 of 4 present (25%): raised to an error', ['/', 'I', 'C', 'U']),
      errors: [{ messageId: 'severe', at, severity: 'error', data: data(1, '25', 50) }],
    },
    {
      ...with4('a severity set in the config holds for both levels', ['/', 'I', 'I', 'I'], {
        config: config({ rules: { 'attendance-low': 'warn' } }),
      }),
      errors: [{ messageId: 'severe', at, severity: 'warn' }],
    },
  ],
});
