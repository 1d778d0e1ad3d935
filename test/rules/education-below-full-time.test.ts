import { educationBelowFullTime } from '../../src/rules/education-below-full-time.js';
import { config, placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

// The compliant placement (9 hours a week) without its part-time timetable, so the week must be full-time.
const provider = (placement: Record<string, unknown> = {}) =>
  placementFile({ placements: [{ part_time_timetable: undefined, ...placement }] });
const register = (entry: Record<string, unknown> = {}) => pupilsFile([{ part_time_timetable: undefined, ...entry }]);
/** 15 hours in school: Monday afternoon, all of Tuesday and Thursday (with the provider's 9: 24). */
const SCHOOL_15 = [
  { day: 'mon', start: '13:15', end: '15:15' },
  { day: 'tue', start: '08:45', end: '15:15' },
  { day: 'thu', start: '08:45', end: '15:15' },
];
const at = ['pupils', 0, 'school_sessions'];

testRule(educationBelowFullTime, {
  valid: [
    {
      name: '28 hours in Year 10 (19 in school, 9 at the provider)',
      files: { 'provider.yaml': provider(), 'pupils.yaml': register() },
    },
    {
      name: 'exactly 24 hours in Year 10',
      files: { 'provider.yaml': provider(), 'pupils.yaml': register({ school_sessions: SCHOOL_15 }) },
    },
    {
      name: 'a part-time timetable in the register',
      files: { 'provider.yaml': provider(), 'pupils.yaml': pupilsFile([{ school_sessions: [] }]) },
    },
    {
      name: 'a part-time timetable on the placement',
      files: { 'provider.yaml': placementFile(), 'pupils.yaml': register({ school_sessions: [] }) },
    },
    {
      name: 'school sessions not recorded: whereabouts-unknown asks for them first',
      files: { 'provider.yaml': provider(), 'pupils.yaml': register({ school_sessions: undefined }) },
    },
    { name: 'no register kept', files: provider() },
    {
      name: 'a placement not yet started',
      files: {
        'provider.yaml': provider({ start_date: '2026-01-05' }),
        'pupils.yaml': register({ school_sessions: [] }),
      },
    },
  ],
  invalid: [
    {
      name: 'a clash counts once: 16 in school and 9 at the provider, 3 of them at the same time on Wednesday, is 22, not 25',
      files: {
        'provider.yaml': provider(),
        'pupils.yaml': register({
          school_sessions: [...SCHOOL_15.slice(1), { day: 'wed', start: '09:30', end: '12:30' }],
        }),
      },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'below',
          at,
          key: true,
          message:
            /^Pupil P-0042 has 22 hours of education a week \(16 in school, 9 in alternative provision, 3 of them timetabled at the same time and counted once\), below the 24 hours/,
        },
      ],
    },
    {
      name: '9 hours a week, no time in school, Year 10',
      files: { 'provider.yaml': provider(), 'pupils.yaml': register({ school_sessions: [] }) },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'below',
          at,
          key: true,
          data: { pupil: 'pupil P-0042', hours: 9, school: 0, ap: 9, needed: 24, year: 'Year 10' },
        },
      ],
    },
    {
      name: "24 hours in Year 11 (25 expected); the register's year group is the one read",
      files: { 'provider.yaml': provider(), 'pupils.yaml': register({ year_group: 11, school_sessions: SCHOOL_15 }) },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'below',
          at,
          key: true,
          message:
            /^Pupil P-0042 has 24 hours of education a week \(15 in school, 9 in alternative provision\), below the 25 hours a week expected for Year 11/,
        },
      ],
    },
    {
      name: 'year group recorded nowhere: the unknown benchmark (24)',
      files: {
        'provider.yaml': provider({ year_group: undefined }),
        'pupils.yaml': register({ year_group: undefined, school_sessions: SCHOOL_15.slice(1) }),
      },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'below',
          at,
          key: true,
          message: /22 hours .* expected for a pupil whose year group is not recorded/,
        },
      ],
    },
    {
      name: 'full_time_week_hours set higher by the school',
      files: { 'provider.yaml': provider(), 'pupils.yaml': register() },
      config: config({ thresholds: { full_time_week_hours: { y7_to_y10: 30 } } }),
      errors: [{ file: 'pupils.yaml', messageId: 'below', at, key: true, message: /28 hours .* below the 30 hours/ }],
    },
  ],
});
