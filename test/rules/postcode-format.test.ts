import { postcodeFormat } from '../../src/rules/postcode-format.js';
import { placementFile, testRule } from '../support/rule-tester.js';

const at = ['provider', 'address', 'postcode'];
const withPostcode = (postcode: string) => placementFile({ provider: { address: { postcode } } });

testRule(postcodeFormat, {
  valid: [
    { name: 'LS11 5AB', files: withPostcode('LS11 5AB') },
    { name: 'lower case and no space', files: withPostcode('ls115ab') },
    { name: 'a London postcode with a letter after the district (EC1A 1BB)', files: withPostcode('EC1A 1BB') },
    { name: 'GIR 0AA', files: withPostcode('GIR 0AA') },
    { name: 'spaces around it', files: withPostcode(' M1 1AE ') },
    {
      name: 'a satellite site with a good postcode',
      files: placementFile({
        provider: {
          sites: [
            {
              name: 'Farm site',
              address: { line1: 'Low Farm', town: 'Otley', postcode: 'LS21 1AA' },
              subcontracted: true,
            },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'a town instead of a postcode',
      files: withPostcode('Leeds'),
      errors: [{ messageId: 'invalid', at, data: { pc: 'Leeds' } }],
    },
    { name: 'the inward code cut short', files: withPostcode('LS11 5A'), errors: [{ messageId: 'invalid', at }] },
    { name: 'Q is never a first letter', files: withPostcode('QS11 5AB'), errors: [{ messageId: 'invalid', at }] },
    {
      name: "a satellite site's postcode (KCSIE: the school keeps every site's address)",
      files: placementFile({
        provider: {
          sites: [
            { address: { line1: 'Unit 4', town: 'Leeds', postcode: 'LS12 4AA' } },
            { address: { line1: 'Low Farm', town: 'Otley', postcode: 'Otley' } },
          ],
        },
      }),
      errors: [{ messageId: 'invalid', at: ['provider', 'sites', 1, 'address', 'postcode'], data: { pc: 'Otley' } }],
    },
  ],
});
