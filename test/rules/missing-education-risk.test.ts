import { missingEducationRisk } from '../../src/rules/missing-education-risk.js';
import { placementFile, testRule } from '../support/rule-tester.js';

const ended = (more: Record<string, unknown>) => ({ end_date: '2025-11-28', ...more });

testRule(missingEducationRisk, {
  valid: [
    { name: 'an active placement', files: placementFile() },
    {
      name: 'ended back to school',
      files: placementFile({
        placements: [ended({ destination_category: 'school', outcome: { result: 'reintegrated' } })],
      }),
    },
    {
      name: 'NEET in year 12: past compulsory school age',
      files: placementFile({ placements: [ended({ year_group: 12, destination_category: 'neet' })] }),
    },
    {
      name: 'unknown, and the local authority was told',
      files: placementFile({
        placements: [
          ended({ destination_category: 'unknown', outcome: { result: 'other', la_informed: '2025-11-28' } }),
        ],
      }),
    },
    {
      name: 'unknown, but another placement of the pupil is running',
      files: placementFile({ placements: [ended({ destination_category: 'unknown' }), { start_date: '2025-12-01' }] }),
    },
  ],
  invalid: [
    {
      name: 'destination unknown',
      files: placementFile({ placements: [ended({ destination_category: 'unknown' })] }),
      errors: [
        {
          messageId: 'risk',
          at: ['placements', 0, 'destination_category'],
          severity: 'error',
          data: { pupil: 'pupil P-0042', endDate: '2025-11-28', what: 'the destination unknown' },
        },
      ],
    },
    {
      name: 'NEET in year 10',
      files: placementFile({ placements: [ended({ destination_category: 'neet' })] }),
      errors: [
        { messageId: 'risk', at: ['placements', 0, 'destination_category'], message: /with the destination NEET/ },
      ],
    },
    {
      name: 'the outcome says missing education',
      files: placementFile({
        placements: [ended({ destination_category: 'unknown', outcome: { result: 'missing-education' } })],
      }),
      errors: [
        {
          messageId: 'risk',
          at: ['placements', 0, 'outcome', 'result'],
          message: /with the outcome missing-education/,
        },
      ],
    },
  ],
});
