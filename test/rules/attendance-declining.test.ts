import { attendanceDeclining } from '../../src/rules/attendance-declining.js';
import { config, placementFile, testRule } from '../support/rule-tester.js';
import { HEADER } from '../attendance/fixture.js';

const reviews = (...pcts: number[]) =>
  pcts.map((p, i) => ({ date: `2025-11-${String(3 + 7 * i).padStart(2, '0')}`, attendance_percent: p }));

/** P-0001 every Monday morning from 5 October 2026; marks for the six Mondays before 16 November. */
const PROVIDER = `provider:
  name: Tuition A
  address: { line1: 1 Mill Lane, town: Leeds, postcode: LS1 1AA }
  registration: { status: unregistered, type: tuition }
placements:
  - pupil: P-0001
    start_date: 2026-10-05
    sessions: [{ day: mon, start: "09:00", end: "12:00" }]
    send: none
    looked_after: false
`;
const MONDAYS = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09'];
const weeks = (name: string, codes: string[], more = {}) => ({
  name,
  asOf: '2026-11-16',
  files: { 'tuition-a.yaml': PROVIDER },
  attendance: {
    'marks.csv': [HEADER, ...MONDAYS.map((d, i) => `${d},am,P-0001,tuition-a,${codes[i]},09:05,,`)].join('\n') + '\n',
  },
  ...more,
});

testRule(attendanceDeclining, {
  valid: [
    { name: 'steady', files: placementFile({ placements: [{ reviews: reviews(86, 85, 84) }] }) },
    { name: 'a fall of exactly 10 points', files: placementFile({ placements: [{ reviews: reviews(90, 85, 80) }] }) },
    { name: 'fell then rose', files: placementFile({ placements: [{ reviews: reviews(95, 70, 80) }] }) },
    { name: 'two reviews only', files: placementFile({ placements: [{ reviews: reviews(95, 60) }] }) },
    {
      name: 'a threshold from the config',
      config: config({ thresholds: { attendance_decline_points: 30 } }),
      files: placementFile({ placements: [{ reviews: reviews(95, 80, 70) }] }),
    },
    weeks('marks all present', ['/', '/', '/', '/', '/', '/']),
    weeks('marks: one absence in each half', ['/', '/', 'N', '/', '/', 'N']),
  ],
  invalid: [
    {
      name: 'fell across the last three reviews by 25 points',
      files: placementFile({ placements: [{ reviews: reviews(99, 95, 80, 70) }] }),
      errors: [
        {
          messageId: 'reviews',
          at: ['placements', 0, 'reviews', 3, 'attendance_percent'],
          data: {
            pupil: 'pupil P-0042',
            figures: '95% → 80% → 70',
            dates: '2025-11-10, 2025-11-17, 2025-11-24',
            fall: 25,
            max: 10,
          },
        },
      ],
    },
    {
      ...weeks('marks: the last three weeks one in three, the three before all present', [
        '/',
        '/',
        '/',
        'N',
        '/',
        'N',
      ]),
      errors: [
        {
          messageId: 'weeks',
          at: ['placements', 0, 'start_date'],
          severity: 'warn',
          data: { pupil: 'pupil P-0001', before: 100, after: 33.3, fall: 66.7, max: 10, asOf: '2026-11-16' },
        },
      ],
    },
  ],
});
