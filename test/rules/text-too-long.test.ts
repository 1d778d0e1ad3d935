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
    // The first lengths past the limits: the parse's bound on a file's text (YamlTree.longestLeaf) must not skip them.
    {
      name: 'a run of 201 characters, plain',
      files: placementFile({ provider: { name: 'W'.repeat(201) } }),
      errors: [{ messageId: 'word', at: ['provider', 'name'], data: { field: 'provider.name', length: 201 } }],
    },
    {
      name: 'a run of 201 characters in a review note written as a block scalar',
      files: placementFile({ placements: [{ reviews: [{ date: '2025-10-01', notes: 'NOTE' }] }] }).replace(
        /^( *)notes: NOTE$/m,
        (_line, indent: string) => `${indent}notes: |\n${indent}  ${'n'.repeat(201)}`,
      ),
      errors: [
        {
          messageId: 'word',
          at: ['placements', 0, 'reviews', 0, 'notes'],
          data: { field: 'reviews.notes', length: 201 },
        },
      ],
    },
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
