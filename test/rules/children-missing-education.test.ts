import { childrenMissingEducation } from '../../src/rules/children-missing-education.js';
import { placementFile, pupilsFile, testRule } from '../support/rule-tester.js';
import { marks } from '../support/attendance.js';

/** The compliant placement, ended on Friday 28 November 2025 (as of 1 December), with this destination. */
const ended = (destination: Record<string, unknown>, more: Record<string, unknown> = {}) =>
  placementFile({ placements: [{ end_date: '2025-11-28', part_time_timetable: undefined, ...destination, ...more }] });
const DEST = ['placements', 0, 'destination'];
const CAT = ['placements', 0, 'destination_category'];

/** P-0001's marks on each weekday from Monday 2 November 2026 (10 school days to Friday 13th), this mark on each. */
const WEEKDAYS = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'];
const daily = (mark: (i: number) => string | undefined) =>
  WEEKDAYS.flatMap((d, i) => { const m = mark(i); return m ? [`2026-11-${d},am,P-0001,tuition-a,${m},09:05,09:30,`] : []; });

testRule(childrenMissingEducation, {
  valid: [
    { name: 'returned to school', files: ended({ destination: 'Returned to school full-time', destination_category: 'school' }) },
    { name: 'Year 12, NEET: past compulsory school age', files: ended({ destination: 'NEET', destination_category: 'neet' }, { year_group: 12 }) },
    { name: 'the register says Year 12 (the placement Year 10)', files: { 'a.yaml': ended({ destination_category: 'unknown' }), 'pupils.yaml': pupilsFile([{ year_group: 12, part_time_timetable: undefined }]) } },
    { name: 'destination unknown, but the pupil has another placement now', files: { 'a.yaml': ended({ destination_category: 'unknown' }), 'b.yaml': placementFile({ provider: { name: 'Other Centre' } }) } },
    { name: 'ended more than a year ago', files: ended({ destination_category: 'unknown' }, { start_date: '2024-09-02', end_date: '2024-10-31' }) },
    marks('9 school days in a row absent, then present', daily((i) => (i < 9 ? 'N' : '/'))),
    marks('10 unauthorised days with one present day in the middle', [...daily((i) => (i === 5 ? '/' : 'O')), '2026-11-16,am,P-0001,tuition-a,O,09:05,,']),
    marks('a school day with no mark ends the run (the pupil may have been in school)', daily((i) => (i === 4 ? undefined : 'N'))),
    marks('10 days authorised absence (illness)', daily(() => 'I')),
  ],
  invalid: [
    {
      name: 'destination unknown, compulsory school age', files: ended({ destination: 'Not known', destination_category: 'unknown' }),
      errors: [{ messageId: 'unknown', at: CAT, data: { pupil: 'pupil P-0042', end: '2025-11-28' }, message: /may be missing education.*tell the local authority/ }],
    },
    {
      name: 'destination written as "missing", no category', files: ended({ destination: 'Missing - family moved away?' }),
      errors: [{ messageId: 'unknown', at: DEST }],
    },
    {
      name: 'NEET in Year 10', files: ended({ destination: 'NEET', destination_category: 'neet' }),
      errors: [{ messageId: 'neet', at: CAT, message: /compulsory school age.*tell the local authority/ }],
    },
    {
      ...marks('10 school days in a row of unauthorised absence', daily(() => 'N')),
      errors: [{ messageId: 'absent', line: 11, column: 32, data: { pupil: 'pupil P-0001', days: 10, date: '2026-11-13' } }],
    },
  ],
});
