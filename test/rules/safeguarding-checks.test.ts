import { safeguardingChecks } from '../../src/rules/safeguarding-checks.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(safeguardingChecks, {
  valid: [
    { name: 'confirmation exactly 365 days old', files: placementFile({ provider: { safeguarding: { staff_checks_confirmed: '2024-12-01' } } }) },
  ],
  invalid: [
    {
      name: 'confirmation 366 days old', files: placementFile({ provider: { safeguarding: { staff_checks_confirmed: '2024-11-30' } } }),
      errors: [
        { messageId: 'old', at: ['provider', 'safeguarding', 'staff_checks_confirmed'], data: { name: 'Bridge Learning Centre', date: '2024-11-30', daysBetween: 366, max: 365 } },
      ],
    },
    {
      name: 'no confirmation: reported at the safeguarding block', files: placementFile({ provider: { safeguarding: { staff_checks_confirmed: undefined } } }),
      errors: [
        { messageId: 'missing', at: ['provider', 'safeguarding', 'staff_checks_confirmed'], key: true, data: { name: 'Bridge Learning Centre' } },
      ],
    },
  ],
});
