import { urnFormat } from '../../src/rules/urn-format.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(urnFormat, {
  valid: [
    {
      name: 'a 6-digit URN written as a string',
      files: placementFile({ provider: { registration: { status: 'registered', type: 'pru', urn: '123456' } } }),
    },
    {
      name: "an unregistered provider's company number in urn: urn-unregistered's one finding, not also this one",
      files: placementFile({
        provider: { registration: { status: 'unregistered', type: 'tuition', urn: '08123456' } },
      }),
    },
  ],
  invalid: [
    {
      name: 'a 5-digit URN',
      files: placementFile({ provider: { registration: { status: 'registered', type: 'pru', urn: 12345 } } }),
      errors: [{ messageId: 'invalid', at: ['provider', 'registration', 'urn'], data: { text: '12345' } }],
    },
    {
      name: 'a 7-character URN string',
      files: placementFile({ provider: { registration: { status: 'registered', type: 'pru', urn: '12345A' } } }),
      errors: [{ messageId: 'invalid', at: ['provider', 'registration', 'urn'] }],
    },
  ],
});
