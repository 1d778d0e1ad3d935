import { sessionClash } from '../../src/rules/session-clash.js';
import { placementFile, PUPIL, pupilsFile, testRule } from '../support/rule-tester.js';

const school = PUPIL.school_sessions as { day: string; start: string; end: string }[];
const clashing = [{ day: 'mon', start: '11:00', end: '15:15' }, ...school.slice(1)];

testRule(sessionClash, {
  valid: [
    {
      name: 'school in the afternoons the provider does not cover',
      files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile() },
    },
    {
      name: 'school starts when the provider ends',
      files: {
        'provider.yaml': placementFile(),
        'pupils.yaml': pupilsFile([{ school_sessions: [{ day: 'mon', start: '12:30', end: '15:15' }] }]),
      },
    },
    {
      name: 'a placement not yet started replaces the school sessions',
      files: {
        'provider.yaml': placementFile({ placements: [{ start_date: '2026-01-05' }] }),
        'pupils.yaml': pupilsFile([{ school_sessions: clashing }]),
      },
    },
  ],
  invalid: [
    {
      name: 'school on Monday from 11:00 while at the provider until 12:30: said in both files',
      files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile([{ school_sessions: clashing }]) },
      errors: [
        {
          file: 'provider.yaml',
          messageId: 'clash',
          at: ['placements', 0, 'sessions', 0],
          data: {
            pupil: 'pupil P-0042',
            day: 'mon',
            school: '11:00–15:15',
            ap: '09:30–12:30',
            provider: 'Bridge Learning Centre',
          },
        },
        {
          file: 'pupils.yaml',
          messageId: 'clash',
          at: ['pupils', 0, 'school_sessions', 0],
          message:
            /^Pupil P-0042 is timetabled in school and at Bridge Learning Centre at once \(mon 11:00–15:15 in school, 09:30–12:30 at the provider\)/,
        },
      ],
    },
  ],
});
