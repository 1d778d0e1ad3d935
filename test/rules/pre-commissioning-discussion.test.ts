import { preCommissioningDiscussion } from '../../src/rules/pre-commissioning-discussion.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(preCommissioningDiscussion, {
  valid: [
    {
      name: 'held on the start day',
      files: placementFile({ placements: [{ pre_commissioning_discussion: { date: '2025-10-06' } }] }),
    },
  ],
  invalid: [
    {
      name: 'the pupil did not take part',
      files: placementFile({ placements: [{ pre_commissioning_discussion: { pupil: false } }] }),
      errors: [
        {
          messageId: 'whoMissing',
          at: ['placements', 0, 'pre_commissioning_discussion'],
          key: true,
          data: { who: 'pupil P-0042', date: '2025-09-29', missing: 'the pupil' },
          message: /does not record the pupil/,
        },
      ],
    },
    {
      name: 'the parent or carer not recorded',
      files: placementFile({ placements: [{ pre_commissioning_discussion: { parent_or_carer: undefined } }] }),
      errors: [
        {
          messageId: 'whoMissing',
          at: ['placements', 0, 'pre_commissioning_discussion'],
          key: true,
          message: /the parent or carer/,
        },
      ],
    },
    {
      name: 'held the day after the start',
      files: placementFile({ placements: [{ pre_commissioning_discussion: { date: '2025-10-07' } }] }),
      errors: [
        {
          messageId: 'after',
          at: ['placements', 0, 'pre_commissioning_discussion', 'date'],
          data: { who: 'pupil P-0042', date: '2025-10-07', startDate: '2025-10-06' },
        },
      ],
    },
    {
      name: 'none logged: reported at the placement',
      files: placementFile({ placements: [{ pre_commissioning_discussion: undefined }] }),
      errors: [
        {
          messageId: 'missing',
          at: ['placements', 0, 'pre_commissioning_discussion'],
          key: true,
          data: { who: 'pupil P-0042' },
        },
      ],
    },
  ],
});
