import { curriculumPersonalDevelopment } from '../../src/rules/curriculum-personal-development.js';
import { placementFile, testRule } from '../support/rule-tester.js';

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
