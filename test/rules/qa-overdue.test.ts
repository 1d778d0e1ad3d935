import { qaOverdue } from '../../src/rules/qa-overdue.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(qaOverdue, {
  valid: [
    {
      name: 'latest QA exactly 365 days old',
      files: placementFile({
        provider: {
          quality_assurance: [
            {
              date: '2024-12-01',
              by: 'Deputy Headteacher',
              against: 'voluntary-national-standards',
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
      name: 'latest QA 366 days old',
      files: placementFile({
        provider: {
          quality_assurance: [
            {
              date: '2024-11-30',
              by: 'Deputy Headteacher',
              against: 'voluntary-national-standards',
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
          messageId: 'overdue',
          at: ['provider', 'quality_assurance', 0, 'date'],
          data: { name: 'Bridge Learning Centre', date: '2024-11-30', age: 366, max: 365 },
          message: /366 days ago/,
        },
      ],
    },
  ],
});
