import { qaRequired } from '../../src/rules/qa-required.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(qaRequired, {
  valid: [
    {
      name: 'a provider not in use (its only placement ended) needs none of the provider records',
      files: placementFile({
        provider: {
          delivery: undefined,
          contact: undefined,
          safeguarding: undefined,
          agreement: undefined,
          attendance_reporting: undefined,
          curriculum: undefined,
          quality_assurance: undefined,
        },
        placements: [{ end_date: '2025-11-28', destination: 'Returned to school full-time' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'an empty QA list',
      files: placementFile({ provider: { quality_assurance: [] } }),
      errors: [
        {
          messageId: 'missing',
          at: ['provider', 'quality_assurance'],
          key: true,
          data: { name: 'Bridge Learning Centre' },
        },
      ],
    },
    {
      name: 'no QA key: reported at the provider',
      files: placementFile({ provider: { quality_assurance: undefined } }),
      errors: [{ messageId: 'missing', at: ['provider', 'quality_assurance'], key: true }],
    },
    {
      name: 'an upcoming placement puts the provider in use',
      files: placementFile({ provider: { quality_assurance: undefined }, placements: [{ start_date: '2026-01-05' }] }),
      errors: [{ messageId: 'missing', at: ['provider', 'quality_assurance'], key: true }],
    },
  ],
});
