import { socialWorkerInformed } from '../../src/rules/social-worker-informed.js';
import { placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

const register = pupilsFile([{ social_worker: true }]);

testRule(socialWorkerInformed, {
  valid: [
    {
      name: 'told before the start',
      files: {
        'provider.yaml': placementFile({ placements: [{ social_worker_informed: '2025-10-01' }] }),
        'pupils.yaml': register,
      },
    },
    { name: 'no social worker', files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile() } },
    {
      name: 'an ended placement',
      files: {
        'provider.yaml': placementFile({ placements: [{ end_date: '2025-11-28', destination: 'Returned to school' }] }),
        'pupils.yaml': register,
      },
    },
  ],
  invalid: [
    {
      name: 'a pupil with a social worker, not told of the placement',
      files: { 'provider.yaml': placementFile(), 'pupils.yaml': register },
      errors: [
        {
          file: 'provider.yaml',
          messageId: 'missing',
          at: ['placements', 0, 'pupil'],
          data: { pupil: 'pupil P-0042', provider: 'Bridge Learning Centre' },
        },
      ],
    },
    {
      name: 'told after the start',
      files: {
        'provider.yaml': placementFile({ placements: [{ social_worker_informed: '2025-10-09' }] }),
        'pupils.yaml': register,
      },
      errors: [
        {
          file: 'provider.yaml',
          messageId: 'late',
          at: ['placements', 0, 'social_worker_informed'],
          message:
            /^The social worker of pupil P-0042 was told on 2025-10-09, after the placement started on 2025-10-06/,
        },
      ],
    },
    {
      name: 'an upcoming placement too',
      files: {
        'provider.yaml': placementFile({
          placements: [{ social_worker_informed: '2025-10-01' }, { start_date: '2026-01-05' }],
        }),
        'pupils.yaml': register,
      },
      errors: [{ file: 'provider.yaml', messageId: 'missing', at: ['placements', 1, 'pupil'] }],
    },
  ],
});
