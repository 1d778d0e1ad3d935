import { areaProviderIdentity } from '../../../src/area/rules/provider-identity.js';
import { testAreaRule } from '../../support/area-rule-tester.js';

testAreaRule(areaProviderIdentity, {
  valid: [
    {
      name: 'names that match once "The", case and punctuation are set aside, and postcodes that match but for spacing',
      schools: [{ dir: 'a', files: { 'm.yaml': { name: 'Millstone Workshop', postcode: 'LS12 6QT' } } }, { dir: 'b', files: { 'm.yaml': { name: 'The MILLSTONE workshop.', postcode: 'ls126qt' } } }],
    },
    { name: "one school's two sites", schools: [{ dir: 'a', files: { 'm.yaml': { postcode: 'LS12 6QT' }, 'n.yaml': { postcode: 'LS12 6QY' } } }] },
  ],
  invalid: [
    {
      name: 'the same name with different postcodes at two schools',
      schools: [{ dir: 'a', files: { 'm.yaml': { postcode: 'LS12 6QT' } } }, { dir: 'b', files: { 'm.yaml': { name: 'The Millstone Workshop', postcode: 'LS12 6QY' } } }],
      errors: [
        { messageId: 'postcodes', at: ['schools', 0], message: /^"Millstone Workshop" is written with different postcodes .*LS12 6QT: a; LS12 6QY: b/ },
        { messageId: 'postcodes', file: 'a/placements/m.yaml', at: ['provider', 'address', 'postcode'] },
        { messageId: 'postcodes', file: 'b/placements/m.yaml', at: ['provider', 'address', 'postcode'] },
      ],
    },
    {
      name: 'the same URN with different names',
      schools: [{ dir: 'a', files: { 'p.yaml': { registered: true, urn: '995011', name: 'Pennine PRU' } } }, { dir: 'b', files: { 'p.yaml': { registered: true, urn: '995011', name: 'Beckside Academy' } } }],
      errors: [
        { messageId: 'names', at: ['schools', 0], message: /^URN 995011 is written with different names/ },
        { messageId: 'names', file: 'a/placements/p.yaml', at: ['provider', 'name'] },
        { messageId: 'names', file: 'b/placements/p.yaml', at: ['provider', 'name'] },
      ],
    },
  ],
});
