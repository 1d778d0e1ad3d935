import { curriculumCore } from '../../src/rules/curriculum-core.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(curriculumCore, {
  valid: [
    {
      name: 'no English or maths, 18 hours',
      files: placementFile({
        provider: { curriculum: ['pshe', 'careers'] },
        placements: [{ sessions: undefined, hours_per_week: 18 }],
      }),
    },
  ],
  invalid: [
    {
      name: 'no English or maths, a pupil full-time',
      files: placementFile({
        provider: { curriculum: ['pshe', 'careers'] },
        placements: [{ sessions: undefined, hours_per_week: 18.5 }],
      }),
      errors: [
        {
          messageId: 'missing',
          at: ['provider', 'curriculum'],
          key: true,
          data: { name: 'Bridge Learning Centre', pupils: 1, subjects: ['english', 'maths'] },
          message: /english or maths/,
        },
      ],
    },
    {
      name: 'no maths, a pupil full-time',
      files: placementFile({
        provider: { curriculum: ['english', 'pshe'] },
        placements: [{ sessions: undefined, hours_per_week: 18.5 }],
      }),
      errors: [{ messageId: 'missing', at: ['provider', 'curriculum'], key: true }],
    },
  ],
});
