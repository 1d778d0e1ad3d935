import { attendanceProviderName } from '../../src/rules/attendance-provider-name.js';
import { attendanceMissing } from '../../src/rules/attendance-missing.js';
import { attendanceUnknownPlacement } from '../../src/rules/attendance-unknown-placement.js';
import { testRule } from '../support/rule-tester.js';
import { ALL_PRESENT, marks } from '../support/attendance.js';
import { PROVIDER } from '../attendance/fixture.js';

/** Every present row of ALL_PRESENT with its provider column written as `name`. */
const named = (name: string) => ALL_PRESENT.map((row) => row.replace('tuition-a', name));
const data = (rows: number) => ({ name: 'Tuition A', file: 'tuition-a', rows });

testRule(attendanceProviderName, {
  valid: [
    marks('the file name', ALL_PRESENT),
    marks('the exact name', named('Tuition A')),
    // Case, punctuation, "The" and "&" make no difference to a name: not a near miss.
    marks('the name in capitals', named('TUITION A')),
    marks('the name with "The" and a full stop', named('The Tuition A.')),
    marks('a name that matches nothing is not this rule', named('Nowhere Centre')),
  ],
  invalid: [
    {
      ...marks('the name with Ltd added: one finding for the file, counting its rows', named('Tuition A Ltd')),
      errors: [{ messageId: 'legalForm', line: 2, column: 22, data: data(4) }],
    },
    {
      ...marks('a one-letter slip in the name', [ALL_PRESENT[0].replace('tuition-a', 'Tution A')]),
      errors: [{ messageId: 'spelling', line: 2, column: 22, data: data(1), message: /^(?!.*Tution)/ }],
    },
    {
      ...marks('two files, each naming it with Ltd: one finding each', []),
      attendance: {
        'a.csv': ['date,session,pupil,provider,mark', ...named('Tuition A Limited')].join('\n'),
        'b.csv': ['date,session,pupil,provider,mark', named('Tuition A CIC')[0]].join('\n'),
      },
      errors: [
        { messageId: 'legalForm', file: 'a.csv', line: 2, column: 22, data: data(4) },
        { messageId: 'legalForm', file: 'b.csv', line: 2, column: 22, data: data(1) },
      ],
    },
  ],
});

// A near miss is matched: the provider's marks count, so it is not "no marks held" nor "no placement".
testRule(attendanceMissing, {
  valid: [marks("marks under the provider's name with Ltd still count for its placement", named('Tuition A Ltd'))],
  invalid: [],
});

const TWO = { 'tuition-a.yaml': PROVIDER, 'tuition-b.yaml': PROVIDER.replace('name: Tuition A', 'name: Tuition B') };
testRule(attendanceUnknownPlacement, {
  valid: [marks('a near miss is matched to its provider', named('Tuition A Ltd'))],
  invalid: [
    {
      ...marks('a name close to two providers is matched to neither, and names the closest', [], { files: TWO }),
      attendance: { 'm.csv': ['date,session,pupil,provider,mark', named('Tuition C')[0]].join('\n') },
      errors: [
        {
          messageId: 'unknownProvider',
          line: 2,
          column: 22,
          data: { more: 0, closest: 'Tuition A', closestFile: 'tuition-a' },
        },
      ],
    },
  ],
});
