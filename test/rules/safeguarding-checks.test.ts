import { safeguardingChecks } from '../../src/rules/safeguarding-checks.js';
import { placementFile, testRule } from '../support/rule-tester.js';

const PATH = ['provider', 'safeguarding', 'staff_checks_confirmed'];

testRule(safeguardingChecks, {
  valid: [
    { name: 'confirmed three months ago', files: placementFile() },
    {
      name: 'confirmed exactly staff_checks_max_age_days (365) ago',
      files: placementFile({ provider: { safeguarding: { staff_checks_confirmed: '2024-12-01' } } }),
    },
  ],
  invalid: [
    {
      name: 'no confirmation: an error, at the safeguarding block',
      files: placementFile({ provider: { safeguarding: { staff_checks_confirmed: undefined } } }),
      errors: [
        { messageId: 'missing', at: PATH, key: true, severity: 'error', data: { name: 'Bridge Learning Centre' } },
      ],
    },
    {
      // 365 days is ap-ready's default, not a limit the guidance sets: a stale confirmation is at most a warning.
      name: 'confirmed 366 days ago: a warning, though the rule is an error',
      files: placementFile({ provider: { safeguarding: { staff_checks_confirmed: '2024-11-30' } } }),
      errors: [
        {
          messageId: 'old',
          at: PATH,
          severity: 'warn',
          data: { name: 'Bridge Learning Centre', date: '2024-11-30', daysBetween: 366, max: 365 },
        },
      ],
    },
  ],
});

// Cases converted from the old rule table.
testRule(safeguardingChecks, {
  valid: [
    {
      name: 'confirmation exactly 365 days old',
      files: placementFile({ provider: { safeguarding: { staff_checks_confirmed: '2024-12-01' } } }),
    },
  ],
  invalid: [
    {
      name: 'confirmation 366 days old',
      files: placementFile({ provider: { safeguarding: { staff_checks_confirmed: '2024-11-30' } } }),
      errors: [
        {
          messageId: 'old',
          at: ['provider', 'safeguarding', 'staff_checks_confirmed'],
          data: { name: 'Bridge Learning Centre', date: '2024-11-30', daysBetween: 366, max: 365 },
        },
      ],
    },
    {
      name: 'no confirmation: reported at the safeguarding block',
      files: placementFile({ provider: { safeguarding: { staff_checks_confirmed: undefined } } }),
      errors: [
        {
          messageId: 'missing',
          at: ['provider', 'safeguarding', 'staff_checks_confirmed'],
          key: true,
          data: { name: 'Bridge Learning Centre' },
        },
      ],
    },
  ],
});
