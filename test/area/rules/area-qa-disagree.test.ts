import { areaQaDisagree } from '../../../src/area/rules/qa.js';
import { testAreaRule } from '../../support/area-rule-tester.js';

const two = (a: [string, string][], b: [string, string][] = []) => [
  { dir: 'a', files: { 'm.yaml': { qa: a } } },
  { dir: 'b', files: { 'm.yaml': { qa: b } } },
];

testAreaRule(areaQaDisagree, {
  valid: [
    { name: 'outcomes in different terms', schools: two([['2026-06-20', 'meets']], [['2026-10-14', 'does-not-meet']]) },
    { name: 'meets and partly-meets', schools: two([['2026-09-20', 'meets']], [['2026-10-14', 'partly-meets']]) },
    {
      name: 'one school changing its own judgement',
      schools: [
        {
          dir: 'a',
          files: {
            'm.yaml': {
              qa: [
                ['2026-09-20', 'does-not-meet'],
                ['2026-10-20', 'meets'],
              ],
            },
          },
        },
      ],
    },
  ],
  invalid: [
    {
      name: "two schools' outcomes in one term are meets and does-not-meet",
      schools: two([['2026-09-20', 'meets']], [['2026-10-14', 'does-not-meet']]),
      errors: [
        {
          messageId: 'differ',
          at: ['schools', 0],
          severity: 'warn',
          data: {
            provider: 'Millstone Workshop',
            term: 'autumn term 2026',
            meets: [{ school: 'a', date: '2026-09-20' }],
            fails: [{ school: 'b', date: '2026-10-14' }],
          },
        },
        { messageId: 'differ', file: 'a/placements/m.yaml', at: ['provider', 'quality_assurance', 0, 'outcome'] },
        { messageId: 'differ', file: 'b/placements/m.yaml', at: ['provider', 'quality_assurance', 0, 'outcome'] },
      ],
    },
  ],
});
