import { qaNotVns } from '../../src/rules/qa-not-vns.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(qaNotVns, {
  valid: [
    {
      name: "a registered provider QA'd against an LA framework",
      files: placementFile({
        provider: {
          registration: { status: 'registered', type: 'pru', urn: 123456 },
          quality_assurance: [
            {
              date: '2025-09-15',
              by: 'Deputy Headteacher',
              against: 'local-authority-framework',
              outcome: 'meets',
              areas: {
                safeguarding: 'meets',
                health_and_safety: 'meets',
                admissions_and_support: 'partly-meets',
                quality_of_education: 'meets',
              },
              notes: 'Visited site; premises and H&S checked.',
            },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'latest QA against an LA framework',
      files: placementFile({
        provider: {
          quality_assurance: [
            {
              date: '2025-09-15',
              by: 'Deputy Headteacher',
              against: 'local-authority-framework',
              outcome: 'meets',
              areas: {
                safeguarding: 'meets',
                health_and_safety: 'meets',
                admissions_and_support: 'partly-meets',
                quality_of_education: 'meets',
              },
              notes: 'Visited site; premises and H&S checked.',
            },
          ],
        },
      }),
      errors: [
        {
          messageId: 'notVns',
          at: ['provider', 'quality_assurance', 0, 'against'],
          data: { name: 'Bridge Learning Centre', date: '2025-09-15', against: 'against "local-authority-framework"' },
        },
      ],
    },
    {
      name: 'latest QA with no standard recorded: reported at its date',
      files: placementFile({
        provider: {
          quality_assurance: [
            {
              date: '2025-09-15',
              by: 'Deputy Headteacher',
              outcome: 'meets',
              areas: {
                safeguarding: 'meets',
                health_and_safety: 'meets',
                admissions_and_support: 'partly-meets',
                quality_of_education: 'meets',
              },
              notes: 'Visited site; premises and H&S checked.',
            },
          ],
        },
      }),
      errors: [{ messageId: 'notVns', at: ['provider', 'quality_assurance', 0, 'date'] }],
    },
  ],
});
