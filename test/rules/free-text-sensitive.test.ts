import { freeTextSensitive } from '../../src/rules/free-text-sensitive.js';
import { placementFile, testRule } from '../support/rule-tester.js';

const R = ['placements', 0, 'reason'];

testRule(freeTextSensitive, {
  valid: [
    { name: "the compliant file (school and subject names are not people's names)", files: placementFile() },
    {
      name: 'a provider, a school and a subject',
      files: placementFile({
        placements: [
          {
            reason: 'Re-engage with GCSE English at Bridge Learning Centre before a return to Northfield Academy',
            exit_plan: 'Phased return to maths set 3',
          },
        ],
      }),
    },
    {
      name: 'a role, not a name',
      files: placementFile({
        placements: [{ reason: 'Agreed with the parent and the key worker after a managed move' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'a title and a surname in the reason',
      files: placementFile({ placements: [{ reason: 'Mrs Khan asked for a smaller setting' }] }),
      errors: [
        {
          messageId: 'name',
          at: R,
          data: { what: 'the reason for the placement of pupil P-0042' },
          message: /^(?!.*Khan)The reason for the placement of pupil P-0042 looks like it holds a person's name/,
        },
      ],
    },
    {
      name: 'a family member and a first name in a review note',
      files: placementFile({
        placements: [{ reviews: [{ date: '2025-11-14', notes: 'Spoke to mum Sarah about mornings' }] }],
      }),
      errors: [
        {
          messageId: 'name',
          at: ['placements', 0, 'reviews', 0, 'notes'],
          message: /^(?!.*Sarah)The notes of the review of 2025-11-14 for pupil P-0042/,
        },
      ],
    },
    {
      name: 'a disclosure in the reason, never repeated',
      files: placementFile({ placements: [{ reason: 'After a disclosure of abuse at home' }] }),
      errors: [
        {
          messageId: 'disclosure',
          at: R,
          message: /^(?!.*abuse at home).*safeguarding record, held by the designated safeguarding lead/,
        },
      ],
    },
    {
      name: 'a QA note naming a person',
      files: placementFile({
        provider: {
          quality_assurance: [
            {
              date: '2025-09-15',
              by: 'Deputy Headteacher',
              against: 'voluntary-national-standards',
              outcome: 'meets',
              notes: 'Met Dr Patel on site',
            },
          ],
        },
      }),
      errors: [
        {
          messageId: 'name',
          at: ['provider', 'quality_assurance', 0, 'notes'],
          data: { what: 'the notes of the quality assurance of "Bridge Learning Centre" on 2025-09-15' },
        },
      ],
    },
  ],
});
