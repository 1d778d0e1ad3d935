import { missingEducationRisk } from '../../src/rules/missing-education-risk.js';
import { placementFile, testRule } from '../support/rule-tester.js';
import { marks } from '../support/attendance.js';

/** P-0001's marks on each weekday from Monday 2 November 2026 (10 school days to Friday 13th), this mark on each. */
const WEEKDAYS = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'];
const daily = (mark: (i: number) => string | undefined) =>
  WEEKDAYS.flatMap((d, i) => {
    const m = mark(i);
    return m ? [`2026-11-${d},am,P-0001,tuition-a,${m},09:05,09:30,`] : [];
  });

const ended = (more: Record<string, unknown>) => ({ end_date: '2025-11-28', ...more });

testRule(missingEducationRisk, {
  valid: [
    { name: 'an active placement', files: placementFile() },
    {
      name: 'ended back to school',
      files: placementFile({
        placements: [ended({ destination_category: 'school', outcome: { result: 'reintegrated' } })],
      }),
    },
    {
      name: 'NEET in year 12: past compulsory school age',
      files: placementFile({ placements: [ended({ year_group: 12, destination_category: 'neet' })] }),
    },
    {
      name: 'unknown, and the local authority was told',
      files: placementFile({
        placements: [
          ended({ destination_category: 'unknown', outcome: { result: 'other', la_informed: '2025-11-28' } }),
        ],
      }),
    },
    {
      name: 'unknown, but another placement of the pupil is running',
      files: placementFile({ placements: [ended({ destination_category: 'unknown' }), { start_date: '2025-12-01' }] }),
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
      name: 'destination unknown',
      files: placementFile({ placements: [ended({ destination_category: 'unknown' })] }),
      errors: [
        {
          messageId: 'risk',
          at: ['placements', 0, 'destination_category'],
          severity: 'error',
          data: { pupil: 'pupil P-0042', endDate: '2025-11-28', what: 'the destination unknown' },
        },
      ],
    },
    {
      name: 'NEET in year 10',
      files: placementFile({ placements: [ended({ destination_category: 'neet' })] }),
      errors: [
        { messageId: 'risk', at: ['placements', 0, 'destination_category'], message: /with the destination NEET/ },
      ],
    },
    {
      name: 'the outcome says missing education',
      files: placementFile({
        placements: [ended({ destination_category: 'unknown', outcome: { result: 'missing-education' } })],
      }),
      errors: [
        {
          messageId: 'risk',
          at: ['placements', 0, 'outcome', 'result'],
          message: /with the outcome missing-education/,
        },
      ],
    },
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
