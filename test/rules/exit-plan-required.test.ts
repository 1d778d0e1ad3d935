import { exitPlanRequired } from '../../src/rules/exit-plan-required.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(exitPlanRequired, {
  valid: [
    {
      name: 'an upcoming placement has no exit plan yet',
      files: placementFile({ placements: [{ exit_plan: undefined, start_date: '2026-01-05' }] }),
    },
  ],
  invalid: [
    {
      name: 'an empty exit plan',
      files: placementFile({ placements: [{ exit_plan: '' }] }),
      errors: [
        { messageId: 'missing', at: ['placements', 0, 'exit_plan'], key: true, data: { pupil: 'pupil P-0042' } },
      ],
    },
    {
      name: 'no exit plan: reported at the placement',
      files: placementFile({ placements: [{ exit_plan: undefined }] }),
      errors: [{ messageId: 'missing', at: ['placements', 0, 'exit_plan'], key: true }],
    },
    {
      name: 'a pupil reference that looks like personal data is never repeated (a name, with other findings about the same pupil)',
      files: placementFile({ placements: [{ exit_plan: undefined, pupil: 'Jane Smith' }] }),
      errors: [
        {
          messageId: 'missing',
          at: ['placements', 0, 'exit_plan'],
          key: true,
          data: { pupil: 'the pupil of placement 1 (reference hidden)' },
          message: /^(?!.*(?:Jane|Smith))/i,
        },
      ],
    },
  ],
});
