import { pupilVoiceMissing } from '../../src/rules/pupil-voice-missing.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(pupilVoiceMissing, {
  valid: [
    { name: 'the pupil took part', files: placementFile() },
    {
      name: 'younger than a half-term (42 days)',
      files: placementFile({
        placements: [{ start_date: '2025-10-20', reviews: [{ date: '2025-11-14', took_part: ['school'] }] }],
      }),
    },
    {
      name: 'an ended placement is not judged',
      files: placementFile({ placements: [{ end_date: '2025-11-28', reviews: [{ date: '2025-11-14' }] }] }),
    },
  ],
  invalid: [
    {
      name: 'reviews without the pupil',
      files: placementFile({
        placements: [
          {
            reviews: [
              { date: '2025-10-20', took_part: ['school', 'provider'] },
              { date: '2025-11-14', took_part: ['school', 'parent-or-carer'] },
            ],
          },
        ],
      }),
      errors: [
        {
          messageId: 'missing',
          at: ['placements', 0, 'reviews', 1],
          data: { pupil: 'pupil P-0042', start: '2025-10-06', reviews: 2 },
        },
      ],
    },
    {
      name: 'no review at all after 56 days',
      files: placementFile({ placements: [{ reviews: undefined }] }),
      errors: [
        {
          messageId: 'noReviews',
          at: ['placements', 0, 'start_date'],
          data: { pupil: 'pupil P-0042', start: '2025-10-06' },
        },
      ],
    },
  ],
});
