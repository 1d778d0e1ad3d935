import { whereaboutsGap } from '../../src/rules/whereabouts-gap.js';
import { config, placementFile, PUPIL, pupilsFile, testRule } from '../support/rule-tester.js';

// Full-time on both sides, so a gap in the week is not explained by a part-time timetable.
const provider = (placement: Record<string, unknown> = {}) =>
  placementFile({ placements: [{ part_time_timetable: undefined, ...placement }] });
const register = (entry: Record<string, unknown> = {}) => pupilsFile([{ part_time_timetable: undefined, ...entry }]);
const school = PUPIL.school_sessions as { day: string; start: string; end: string }[];
const at = ['pupils', 0, 'school_sessions'];
const TERMS = config({
  term_dates: [
    { start: '2025-09-03', end: '2025-10-24' },
    { start: '2025-11-03', end: '2025-12-19' },
  ],
});

testRule(whereaboutsGap, {
  valid: [
    {
      name: 'every half-day covered by school or the provider',
      files: { 'provider.yaml': provider(), 'pupils.yaml': register() },
    },
    {
      name: 'a part-time timetable explains the gaps',
      files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile([{ school_sessions: [] }]) },
    },
    {
      name: 'half-term (term dates) is not a school day',
      asOf: '2025-10-27',
      config: TERMS,
      files: { 'provider.yaml': provider(), 'pupils.yaml': register({ school_sessions: [] }) },
    },
  ],
  invalid: [
    {
      name: 'Monday afternoon neither school nor AP',
      files: { 'provider.yaml': provider(), 'pupils.yaml': register({ school_sessions: school.slice(1) }) },
      errors: [
        { file: 'pupils.yaml', messageId: 'gap', at, key: true, data: { pupil: 'pupil P-0042', gaps: ['mon pm'] } },
      ],
    },
    {
      name: "two afternoons: named together (the provider's 09:30–12:30 covers only half an hour of each afternoon)",
      files: { 'provider.yaml': provider(), 'pupils.yaml': register({ school_sessions: school.slice(1, 4) }) },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'gap',
          at,
          key: true,
          message:
            /^Pupil P-0042 is neither in school nor at a provider on Monday afternoon, Friday afternoon: add the school or provider sessions that cover them, or record a part-time timetable\.$/,
        },
      ],
    },
    {
      name: 'no time in school: every half-day the provider does not cover, in one finding',
      files: { 'provider.yaml': provider(), 'pupils.yaml': register({ school_sessions: [] }) },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'gap',
          at,
          key: true,
          data: { pupil: 'pupil P-0042', gaps: ['mon pm', 'tue am', 'tue pm', 'wed pm', 'thu am', 'thu pm', 'fri pm'] },
        },
      ],
    },
  ],
});
