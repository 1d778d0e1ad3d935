import { agreementRequired } from '../../src/rules/agreement-required.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(agreementRequired, {
  valid: [
    { name: 'expires on the as-of date', files: placementFile({ provider: { agreement: { expires: '2025-12-01' } } }) },
  ],
  invalid: [
    {
      name: 'expired yesterday',
      files: placementFile({ provider: { agreement: { expires: '2025-11-30' } } }),
      errors: [
        {
          messageId: 'expired',
          at: ['provider', 'agreement', 'expires'],
          data: { name: 'Bridge Learning Centre', expires: '2025-11-30' },
        },
      ],
    },
    {
      name: 'not signed',
      files: placementFile({ provider: { agreement: { signed: undefined } } }),
      errors: [
        {
          messageId: 'missing',
          at: ['provider', 'agreement', 'signed'],
          key: true,
          data: { name: 'Bridge Learning Centre' },
        },
      ],
    },
  ],
});
