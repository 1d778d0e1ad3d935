import { safeguardingPolicy } from '../../src/rules/safeguarding-policy.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(safeguardingPolicy, {
  valid: [
    {
      name: 'reviewed exactly 365 days ago',
      files: placementFile({ provider: { safeguarding: { policy_reviewed: '2024-12-01' } } }),
    },
  ],
  invalid: [
    {
      name: 'policy reviewed 366 days ago',
      files: placementFile({ provider: { safeguarding: { policy_reviewed: '2024-11-30' } } }),
      errors: [
        {
          messageId: 'old',
          at: ['provider', 'safeguarding', 'policy_reviewed'],
          data: { name: 'Bridge Learning Centre', date: '2024-11-30', daysBetween: 366, max: 365 },
        },
      ],
    },
    {
      name: 'no policy review recorded',
      files: placementFile({ provider: { safeguarding: { policy_reviewed: undefined } } }),
      errors: [
        {
          messageId: 'missing',
          at: ['provider', 'safeguarding', 'policy_reviewed'],
          key: true,
          data: { name: 'Bridge Learning Centre' },
        },
      ],
    },
  ],
});
