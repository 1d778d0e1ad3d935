import { urnUnregistered } from '../../src/rules/urn-unregistered.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(urnUnregistered, {
  valid: [
    { name: 'urn: null', files: placementFile({ provider: { registration: { urn: null } } }) },
  ],
  invalid: [
    {
      name: 'an unregistered provider with a URN', files: placementFile({ provider: { registration: { urn: 123456 } } }),
      errors: [
        { messageId: 'hasUrn', at: ['provider', 'registration', 'urn'], data: { name: 'Bridge Learning Centre', urn: '123456' } },
      ],
    },
  ],
});
