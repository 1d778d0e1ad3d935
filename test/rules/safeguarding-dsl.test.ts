import { safeguardingDsl } from '../../src/rules/safeguarding-dsl.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(safeguardingDsl, {
  valid: [
    { name: 'a DSL named, no phone', files: placementFile({ provider: { safeguarding: { dsl: { phone: undefined, name: 'Sam Patel' } } } }) },
  ],
  invalid: [
    {
      name: 'a DSL with no name: reported at dsl', files: placementFile({ provider: { safeguarding: { dsl: { name: undefined } } } }),
      errors: [
        { messageId: 'missing', at: ['provider', 'safeguarding', 'dsl', 'name'], key: true, data: { name: 'Bridge Learning Centre' } },
      ],
    },
    {
      name: 'a blank name: reported at the name', files: placementFile({ provider: { safeguarding: { dsl: { name: '  ' } } } }),
      errors: [
        { messageId: 'missing', at: ['provider', 'safeguarding', 'dsl', 'name'], key: true },
      ],
    },
  ],
});
