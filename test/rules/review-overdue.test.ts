import { reviewOverdue } from '../../src/rules/review-overdue.js';
import { config, placementFile, testRule } from '../support/rule-tester.js';

/** Autumn term 2025 with its half-term (25 Oct–2 Nov): elapsed days then count term time only. */
const TERMS = config({
  term_dates: [
    { start: '2025-09-03', end: '2025-10-24' },
    { start: '2025-11-03', end: '2025-12-19' },
  ],
});

testRule(reviewOverdue, {
  valid: [
    {
      name: 'no review, started 42 days ago',
      files: placementFile({ placements: [{ reviews: undefined, start_date: '2025-10-20' }] }),
    },
    {
      name: 'with term dates, 14 Oct is 39 days of term time ago',
      config: TERMS,
      files: placementFile({ placements: [{ reviews: [{ date: '2025-10-14' }] }] }),
    },
    {
      name: 'with term dates, 11 Oct is exactly 42 days of term time ago',
      config: TERMS,
      files: placementFile({ placements: [{ reviews: [{ date: '2025-10-11' }] }] }),
    },
    { name: 'reviewed 17 days ago', files: placementFile() },
    {
      name: 'exactly review_interval_days (42) since the last review',
      files: placementFile({ placements: [{ reviews: [{ date: '2025-10-20' }] }] }),
    },
    {
      name: 'an ended placement is not judged',
      files: placementFile({
        placements: [{ reviews: [{ date: '2025-09-01' }], end_date: '2025-11-28', destination: 'Returned to school' }],
      }),
    },
    {
      name: 'a review dated after the as-of date does not count, but the start is recent',
      asOf: '2025-10-20',
      files: placementFile({ placements: [{ reviews: [{ date: '2025-11-14' }] }] }),
    },
    {
      name: 'half-term does not count when the config gives term dates (43 days, 34 of term time)',
      config: TERMS,
      files: placementFile({ placements: [{ reviews: [{ date: '2025-10-19' }] }] }),
    },
  ],
  invalid: [
    {
      name: 'no review, started 43 days ago: reported at the placement',
      files: placementFile({ placements: [{ reviews: undefined, start_date: '2025-10-19' }] }),
      errors: [
        {
          messageId: 'overdue',
          at: ['placements', 0, 'reviews'],
          key: true,
          data: {
            pupil: 'pupil P-0042',
            what: 'has had no review since it started on 2025-10-19',
            days: 43,
            termTime: '',
            max: 42,
          },
        },
      ],
    },
    {
      name: 'without term dates, a review on 14 Oct is 48 days ago',
      files: placementFile({ placements: [{ reviews: [{ date: '2025-10-14' }] }] }),
      errors: [{ messageId: 'overdue', at: ['placements', 0, 'reviews', 0, 'date'] }],
    },
    {
      name: 'with term dates, 10 Oct is 43 days of term time ago',
      config: TERMS,
      files: placementFile({ placements: [{ reviews: [{ date: '2025-10-10' }] }] }),
      errors: [
        { messageId: 'overdue', at: ['placements', 0, 'reviews', 0, 'date'], message: /43 days of term time ago/ },
      ],
    },
    {
      name: '43 days since the last review',
      files: placementFile({ placements: [{ reviews: [{ date: '2025-10-19' }] }] }),
      errors: [
        {
          messageId: 'overdue',
          at: ['placements', 0, 'reviews', 0, 'date'],
          data: { pupil: 'pupil P-0042', what: 'was last reviewed on 2025-10-19', days: 43, termTime: '', max: 42 },
        },
      ],
    },
    {
      name: 'never reviewed since it started: points at the placement (reviews is absent)',
      files: placementFile({ placements: [{ reviews: undefined }] }),
      errors: [
        {
          messageId: 'overdue',
          at: ['placements', 0, 'reviews'],
          key: true,
          message: /has had no review since it started on 2025-10-06, 56 days ago \(more than 42\)/,
        },
      ],
    },
    {
      name: 'a threshold from the config',
      config: config({ thresholds: { review_interval_days: 10 } }),
      files: placementFile(),
      errors: [
        { messageId: 'overdue', at: ['placements', 0, 'reviews', 0, 'date'], message: /17 days ago \(more than 10\)/ },
      ],
    },
    {
      name: 'a pupil reference that looks like a name is not repeated',
      files: placementFile({ placements: [{ pupil: 'Jane Smith', reviews: [{ date: '2025-10-01' }] }] }),
      errors: [
        {
          messageId: 'overdue',
          at: ['placements', 0, 'reviews', 0, 'date'],
          message: /^The placement of the pupil of placement 1 \(reference hidden\) was last reviewed/,
        },
      ],
    },
  ],
});
