import { lookedAfterPep } from '../../src/rules/looked-after-pep.js';
import { config, placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

const provider = placementFile();
const lac = (education?: Record<string, unknown>) =>
  pupilsFile([{ looked_after: true, looked_after_education: education }]);

testRule(lookedAfterPep, {
  valid: [
    {
      name: 'reviewed 105 days ago (pep_review_days 105)',
      files: {
        'provider.yaml': provider,
        'pupils.yaml': lac({ virtual_school_informed: '2025-10-01', pep_reviewed: '2025-08-18' }),
      },
    },
    {
      name: 'reviewed 106 days ago, pep_review_days set to 120',
      config: config({ thresholds: { pep_review_days: 120 } }),
      files: { 'provider.yaml': provider, 'pupils.yaml': lac({ pep_reviewed: '2025-08-17' }) },
    },
    { name: 'not looked after', files: { 'provider.yaml': provider, 'pupils.yaml': pupilsFile() } },
    {
      name: 'a placement not yet started',
      files: { 'provider.yaml': placementFile({ placements: [{ start_date: '2026-01-05' }] }), 'pupils.yaml': lac() },
    },
  ],
  invalid: [
    {
      name: 'reviewed 106 days ago: calendar days, holidays included',
      files: {
        'provider.yaml': provider,
        'pupils.yaml': lac({ virtual_school_informed: '2025-10-01', pep_reviewed: '2025-08-17' }),
      },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'overdue',
          at: ['pupils', 0, 'looked_after_education', 'pep_reviewed'],
          data: { pupil: 'pupil P-0042', date: '2025-08-17', days: 106, max: 105 },
        },
      ],
    },
    {
      name: 'no review recorded',
      files: { 'provider.yaml': provider, 'pupils.yaml': lac({ virtual_school_informed: '2025-10-01' }) },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'missing',
          at: ['pupils', 0, 'looked_after_education'],
          key: true,
          message:
            /^Pupil P-0042 is looked after, but the register does not record when their personal education plan \(PEP\) was last reviewed/,
        },
      ],
    },
    {
      name: 'no looked_after_education block',
      files: { 'provider.yaml': provider, 'pupils.yaml': lac() },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'missing',
          at: ['pupils', 0, 'ref'],
          key: true,
          data: { pupil: 'pupil P-0042' },
        },
      ],
    },
  ],
});
