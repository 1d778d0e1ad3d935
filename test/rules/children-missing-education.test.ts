import { childrenMissingEducation } from '../../src/rules/children-missing-education.js';
import { placementFile, testRule } from '../support/rule-tester.js';
import { marks } from '../support/attendance.js';

/** P-0001's marks on each weekday from Monday 2 November 2026 (10 school days to Friday 13th), this mark on each. */
const WEEKDAYS = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'];
const daily = (mark: (i: number) => string | undefined) =>
  WEEKDAYS.flatMap((d, i) => {
    const m = mark(i);
    return m ? [`2026-11-${d},am,P-0001,tuition-a,${m},09:05,09:30,`] : [];
  });

testRule(childrenMissingEducation, {
  valid: [
    {
      name: "an ended placement with the destination unknown is missing-education-risk's, not this rule's",
      files: placementFile({ placements: [{ end_date: '2025-11-28', destination_category: 'unknown' }] }),
    },
    marks(
      '9 school days in a row absent, then present',
      daily((i) => (i < 9 ? 'N' : '/')),
    ),
    marks('10 unauthorised days with one present day in the middle', [
      ...daily((i) => (i === 5 ? '/' : 'O')),
      '2026-11-16,am,P-0001,tuition-a,O,09:05,,',
    ]),
    marks(
      'a school day with no mark ends the run (the pupil may have been in school)',
      daily((i) => (i === 4 ? undefined : 'N')),
    ),
    marks(
      '10 days authorised absence (illness)',
      daily(() => 'I'),
    ),
  ],
  invalid: [
    {
      ...marks(
        '10 school days in a row of unauthorised absence',
        daily(() => 'N'),
      ),
      errors: [
        { messageId: 'absent', line: 11, column: 32, data: { pupil: 'pupil P-0001', days: 10, date: '2026-11-13' } },
      ],
    },
  ],
});
