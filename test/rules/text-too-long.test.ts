import { textTooLong } from '../../src/rules/text-too-long.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(textTooLong, {
  valid: [
    { name: 'ordinary names and notes', files: placementFile() },
    {
      name: 'a reason of 4,000 characters in words',
      files: placementFile({ placements: [{ reason: 'word '.repeat(800) }] }),
    },
    { name: 'a run of exactly 200 characters', files: placementFile({ provider: { name: 'W'.repeat(200) } }) },
  ],
  invalid: [
    {
      name: "a 20,000-character word in the provider's name",
      files: placementFile({ provider: { name: 'W'.repeat(20_000) } }),
      errors: [{ messageId: 'word', at: ['provider', 'name'], data: { field: 'provider.name', length: 20_000 } }],
    },
    {
      name: 'a reason of 6,000 characters',
      files: placementFile({ placements: [{ reason: 'a few words '.repeat(500) }] }),
      errors: [{ messageId: 'long', at: ['placements', 0, 'reason'], data: { field: 'reason', length: 6000 } }],
    },
    {
      name: 'a long word in an address line',
      files: placementFile({ provider: { address: { line2: `Flat ${'x'.repeat(300)}` } } }),
      errors: [
        {
          messageId: 'word',
          at: ['provider', 'address', 'line2'],
          message: /^The value of provider\.address\.line2 holds 300 characters with no space/,
        },
      ],
    },
  ],
});
