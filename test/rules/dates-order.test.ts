import { datesOrder } from '../../src/rules/dates-order.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(datesOrder, {
  valid: [
    {
      name: 'a review on the as-of date, an end on the start date',
      files: placementFile({ placements: [{ reviews: [{ date: '2025-12-01' }] }] }),
    },
    {
      name: 'end_date on the start date',
      files: placementFile({ placements: [{ end_date: '2025-10-06', destination: 'Returned to school' }] }),
    },
  ],
  invalid: [
    {
      name: 'end_date before start_date',
      files: placementFile({ placements: [{ end_date: '2025-10-03', destination: 'Returned to school' }] }),
      errors: [
        {
          messageId: 'beforeStart',
          at: ['placements', 0, 'end_date'],
          data: { field: 'end_date', date: '2025-10-03', startDate: '2025-10-06', pupil: 'pupil P-0042' },
        },
      ],
    },
    {
      name: 'planned_end_date before start_date (upcoming)',
      files: placementFile({ placements: [{ start_date: '2026-01-05', planned_end_date: '2026-01-02' }] }),
      errors: [{ messageId: 'beforeStart', at: ['placements', 0, 'planned_end_date'] }],
    },
    {
      name: 'a review in the future',
      files: placementFile({ placements: [{ reviews: [{ date: '2025-11-14' }, { date: '2025-12-02' }] }] }),
      errors: [
        {
          messageId: 'future',
          at: ['placements', 0, 'reviews', 1, 'date'],
          data: { what: 'A review', date: '2025-12-02', asOf: '2025-12-01' },
          message: /after 2025-12-01/,
        },
      ],
    },
    {
      name: 'the only review in the future: not a review held',
      files: placementFile({ placements: [{ reviews: [{ date: '2025-12-02' }] }] }),
      errors: [{ messageId: 'future', at: ['placements', 0, 'reviews', 0, 'date'] }],
    },
    {
      name: 'a QA in the future',
      files: placementFile({
        provider: {
          quality_assurance: [
            {
              date: '2025-12-02',
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
      errors: [{ messageId: 'future', at: ['provider', 'quality_assurance', 0, 'date'] }],
    },
    {
      name: 'staff checks confirmed in the future',
      files: placementFile({ provider: { safeguarding: { staff_checks_confirmed: '2025-12-02' } } }),
      errors: [{ messageId: 'future', at: ['provider', 'safeguarding', 'staff_checks_confirmed'] }],
    },
    {
      name: 'an agreement signed in the future',
      files: placementFile({ provider: { agreement: { signed: '2025-12-02' } } }),
      errors: [{ messageId: 'future', at: ['provider', 'agreement', 'signed'] }],
    },
    {
      name: 'a pre-commissioning discussion in the future (before an upcoming start)',
      files: placementFile({
        placements: [{ start_date: '2026-01-05', pre_commissioning_discussion: { date: '2025-12-02' } }],
      }),
      errors: [{ messageId: 'future', at: ['placements', 0, 'pre_commissioning_discussion', 'date'] }],
    },
  ],
});
