import { safeguardingDsl } from '../../src/rules/safeguarding-dsl.js';
import { placementFile, testRule } from '../support/rule-tester.js';

const dsl = (value: Record<string, unknown>) => placementFile({ provider: { safeguarding: { dsl: value } } });
const DSL = ['provider', 'safeguarding', 'dsl'];
const NAME = 'Bridge Learning Centre';

testRule(safeguardingDsl, {
  valid: [
    { name: 'a name and a phone number', files: placementFile() },
    { name: 'a mobile number', files: dsl({ name: 'Sam Patel', phone: '07700 900123' }) },
    {
      name: 'a provider not in use',
      files: placementFile({
        provider: { safeguarding: { dsl: undefined } },
        placements: [{ end_date: '2025-11-28', destination: 'Returned to school' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'no DSL at all: at the safeguarding block',
      files: placementFile({ provider: { safeguarding: { dsl: undefined } } }),
      errors: [{ messageId: 'missing', at: [...DSL, 'name'], key: true, data: { name: NAME } }],
    },
    {
      name: 'a DSL with a blank name',
      files: dsl({ name: '  ', phone: '0113 496 0001' }),
      errors: [{ messageId: 'missing', at: [...DSL, 'name'], key: true }],
    },
    {
      name: 'a DSL named, no phone: at dsl',
      files: dsl({ name: 'Sam Patel', phone: undefined }),
      errors: [{ messageId: 'noPhone', at: [...DSL, 'phone'], key: true, data: { name: NAME } }],
    },
    {
      name: 'a DSL with a blank phone',
      files: dsl({ name: 'Sam Patel', phone: '' }),
      errors: [{ messageId: 'noPhone', at: [...DSL, 'phone'], key: true }],
    },
  ],
});

// Cases converted from the old rule table.
testRule(safeguardingDsl, {
  valid: [],
  invalid: [
    {
      name: 'a DSL with no name: reported at dsl',
      files: placementFile({ provider: { safeguarding: { dsl: { name: undefined } } } }),
      errors: [
        {
          messageId: 'missing',
          at: ['provider', 'safeguarding', 'dsl', 'name'],
          key: true,
          data: { name: 'Bridge Learning Centre' },
        },
      ],
    },
    {
      name: 'a blank name: reported at the name',
      files: placementFile({ provider: { safeguarding: { dsl: { name: '  ' } } } }),
      errors: [{ messageId: 'missing', at: ['provider', 'safeguarding', 'dsl', 'name'], key: true }],
    },
  ],
});
