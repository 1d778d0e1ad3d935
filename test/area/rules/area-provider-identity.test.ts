import { areaProviderIdentity } from '../../../src/area/rules/provider-identity.js';
import { providerYaml, testAreaRule } from '../../support/area-rule-tester.js';

testAreaRule(areaProviderIdentity, {
  valid: [
    {
      name: 'names that match once "The", case and punctuation are set aside, and postcodes that match but for spacing',
      schools: [
        { dir: 'a', files: { 'm.yaml': { name: 'Millstone Workshop', postcode: 'LS12 6QT' } } },
        { dir: 'b', files: { 'm.yaml': { name: 'The MILLSTONE workshop.', postcode: 'ls126qt' } } },
      ],
    },
    {
      name: "one school's two sites",
      schools: [{ dir: 'a', files: { 'm.yaml': { postcode: 'LS12 6QT' }, 'n.yaml': { postcode: 'LS12 6QY' } } }],
    },
  ],
  invalid: [
    {
      name: 'the same name with different postcodes at two schools',
      schools: [
        { dir: 'a', files: { 'm.yaml': { postcode: 'LS12 6QT' } } },
        { dir: 'b', files: { 'm.yaml': { name: 'The Millstone Workshop', postcode: 'LS12 6QY' } } },
      ],
      errors: [
        {
          messageId: 'postcodes',
          at: ['schools', 0],
          message: /^"Millstone Workshop" is written with different postcodes .*LS12 6QT: a; LS12 6QY: b/,
        },
        { messageId: 'postcodes', file: 'a/placements/m.yaml', at: ['provider', 'address', 'postcode'] },
        { messageId: 'postcodes', file: 'b/placements/m.yaml', at: ['provider', 'address', 'postcode'] },
      ],
    },
    {
      name: 'the same URN with different names',
      schools: [
        { dir: 'a', files: { 'p.yaml': { registered: true, urn: '995011', name: 'Pennine PRU' } } },
        { dir: 'b', files: { 'p.yaml': { registered: true, urn: '995011', name: 'Beckside Academy' } } },
      ],
      errors: [
        { messageId: 'names', at: ['schools', 0], message: /^URN 995011 is written with different names/ },
        { messageId: 'names', file: 'a/placements/p.yaml', at: ['provider', 'name'] },
        { messageId: 'names', file: 'b/placements/p.yaml', at: ['provider', 'name'] },
      ],
    },
    {
      name: 'close names at one postcode (a legal or descriptive word more in one) at two schools',
      schools: [
        { dir: 'a', files: { 'g.yaml': { name: 'Green Shoots Care Farm', postcode: 'LS12 6QT' } } },
        { dir: 'b', files: { 'g.yaml': { name: 'Green Shoots', postcode: 'LS12 6QT' } } },
      ],
      errors: [
        {
          messageId: 'close',
          at: ['schools', 0],
          message: /^These providers at LS12 6QT have close names .*"Green Shoots Care Farm": a; "Green Shoots": b/,
        },
        { messageId: 'close', file: 'a/placements/g.yaml', at: ['provider', 'name'] },
        { messageId: 'close', file: 'b/placements/g.yaml', at: ['provider', 'name'] },
      ],
    },
    {
      name: 'one URN written for providers whose names and postcodes both differ: kept apart',
      schools: [
        {
          dir: 'a',
          files: { 'p.yaml': { registered: true, urn: '995011', name: 'Pennine PRU', postcode: 'LS12 6QT' } },
        },
        {
          dir: 'b',
          files: { 'p.yaml': { registered: true, urn: '995011', name: 'Beckside Academy', postcode: 'LS7 2QQ' } },
        },
      ],
      errors: [
        {
          messageId: 'wrongUrn',
          at: ['schools', 0],
          message: /^URN 995011 is written for providers whose names and postcodes differ .*The area keeps them apart/,
        },
        { messageId: 'wrongUrn', file: 'a/placements/p.yaml', at: ['provider', 'registration', 'urn'] },
        { messageId: 'wrongUrn', file: 'b/placements/p.yaml', at: ['provider', 'registration', 'urn'] },
      ],
    },
    {
      name: "a predecessor's URN still written where GIAS links name its successor",
      successors: new Map([['100001', '149999']]),
      schools: [
        {
          dir: 'a',
          files: {
            'o.yaml': { registered: true, urn: '100001', name: 'Oakfield Pupil Referral Unit', postcode: 'LS12 6QT' },
          },
        },
        {
          dir: 'b',
          files: { 'o.yaml': { registered: true, urn: '149999', name: 'Oakfield Academy', postcode: 'LS12 6QT' } },
        },
      ],
      errors: [
        { messageId: 'successor', at: ['schools', 0], message: /is now URN 149999, .*still writes its old URN 100001/ },
        { messageId: 'successor', file: 'a/placements/o.yaml', at: ['provider', 'registration', 'urn'] },
      ],
    },
    {
      name: 'schools that disagree on whether one provider is registered',
      schools: [
        {
          dir: 'a',
          files: { 'h.yaml': { registered: true, urn: '995011', name: 'Pathways Skills Hub', postcode: 'LS7 2QQ' } },
        },
        { dir: 'b', files: { 'h.yaml': { name: 'Pathways Skills Hub', postcode: 'LS7 2QQ' } } },
      ],
      errors: [
        {
          messageId: 'registration',
          at: ['schools', 0],
          message:
            /^Schools disagree on whether "Pathways Skills Hub" is registered \(registered: a; unregistered: b\)/,
        },
        { messageId: 'registration', file: 'a/placements/h.yaml', at: ['provider', 'registration', 'status'] },
        { messageId: 'registration', file: 'b/placements/h.yaml', at: ['provider', 'registration', 'status'] },
      ],
    },
    {
      name: 'a directory id with no provider directory to find it in: matched by name and postcode instead',
      schools: [
        {
          dir: 'a',
          files: {
            'm.yaml': providerYaml({ name: 'Millstone Workshop' }).replace(
              '  name: Millstone Workshop\n',
              '  name: Millstone Workshop\n  directory_id: ls-017\n',
            ),
          },
        },
      ],
      errors: [
        {
          messageId: 'unknownId',
          at: ['schools', 0],
          message: /^The directory id "ls-017" is written for "Millstone Workshop": a, but .* lists no provider/,
        },
        { messageId: 'unknownId', file: 'a/placements/m.yaml', at: ['provider', 'directory_id'] },
      ],
    },
  ],
});
