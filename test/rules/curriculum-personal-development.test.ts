import { curriculumPersonalDevelopment } from '../../src/rules/curriculum-personal-development.js';
import { placementFile, testRule } from '../support/rule-tester.js';

const NO_PD = { curriculum: ['english', 'maths'] };
const AT = ['provider', 'curriculum'];
const NAME = 'Bridge Learning Centre';
const sessions = (...days: string[]) => days.map((day) => ({ day, start: '09:00', end: '13:30' }));

testRule(curriculumPersonalDevelopment, {
  valid: [
    { name: 'PSHE and careers offered', files: placementFile() },
    { name: 'RSE alone is enough', files: placementFile({ provider: { curriculum: ['english', 'rse'] } }) },
    { name: 'one day a week', files: placementFile({ provider: NO_PD, placements: [{ sessions: sessions('mon') }] }) },
    { name: 'given only as 5 hours a week (1 school day)', files: placementFile({ provider: NO_PD, placements: [{ sessions: undefined, hours_per_week: 5 }] }) },
  ],
  invalid: [
    { name: '3 days a week', files: placementFile({ provider: NO_PD }), errors: [{ messageId: 'missing', at: AT, key: true, data: { name: NAME, most: 3 } }] },
    { name: 'exactly personal_development_min_days (2) days', files: placementFile({ provider: NO_PD, placements: [{ sessions: sessions('mon', 'wed') }] }), errors: [{ messageId: 'missing', at: AT, key: true, data: { name: NAME, most: 2 } }] },
    {
      // Hours with no sessions count in school days of 5 hours, rounded up: 9 hours is about 2 days.
      name: 'given only as 9 hours a week',
      files: placementFile({ provider: NO_PD, placements: [{ sessions: undefined, hours_per_week: 9 }] }),
      errors: [{ messageId: 'missing', at: AT, key: true, data: { name: NAME, most: 2, hours: 9 }, message: /up to 9 hours a week \(about 2 school days\)/ }],
    },
  ],
});

// Cases converted from the old rule table.
testRule(curriculumPersonalDevelopment, {
  valid: [
    { name: '1 day a week', files: placementFile({ provider: { curriculum: ['english', 'maths'] }, placements: [{ sessions: [{ day: 'mon', start: '09:00', end: '18:00' }] }] }) },
    { name: 'RSE alone is enough', files: placementFile({ provider: { curriculum: ['english', 'maths', 'rse'] } }) },
  ],
  invalid: [
    {
      name: 'no PSHE/RSE/careers, 3 days a week', files: placementFile({ provider: { curriculum: ['english', 'maths'] } }),
      errors: [
        { messageId: 'missing', at: ['provider', 'curriculum'], key: true, data: { name: 'Bridge Learning Centre', most: 3 } },
      ],
    },
    {
      name: 'no PSHE/RSE/careers, exactly 2 days a week', files: placementFile({ provider: { curriculum: ['english', 'maths'] }, placements: [{ sessions: [{ day: 'mon', start: '09:00', end: '13:30' }, { day: 'wed', start: '09:00', end: '13:30' }] }] }),
      errors: [
        { messageId: 'missing', at: ['provider', 'curriculum'], key: true },
      ],
    },
  ],
});
