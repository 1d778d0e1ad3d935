import { urnRequired } from '../../src/rules/urn-required.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(urnRequired, {
  valid: [
    {
      name: 'registered with a URN',
      files: placementFile({ provider: { registration: { status: 'registered', type: 'pru', urn: 123456 } } }),
    },
  ],
  invalid: [
    {
      name: 'registered with no URN',
      files: placementFile({ provider: { registration: { status: 'registered', type: 'pru' } } }),
      errors: [
        { messageId: 'missing', at: ['provider', 'registration'], key: true, data: { name: 'Bridge Learning Centre' } },
      ],
    },
  ],
});
