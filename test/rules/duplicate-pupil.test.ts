import { duplicatePupil } from '../../src/rules/duplicate-pupil.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(duplicatePupil, {
  valid: [
    { name: 'one ends before the other starts', files: placementFile({ placements: [{ end_date: '2025-10-31', destination: 'Moved to the second course' }, { start_date: '2025-11-03' }] }) },
  ],
  invalid: [
    {
      name: 'the same pupil twice in one file, dates overlapping (case and spaces ignored)', files: placementFile({ placements: [{}, { pupil: ' p-0042 ' }] }),
      errors: [
        { messageId: 'overlap', at: ['placements', 1], data: { pupil: 'pupil p-0042', first: 1, second: 2 } },
      ],
    },
    {
      name: 'an open-ended placement and an upcoming one overlap by the planned end', files: placementFile({ placements: [{}, { start_date: '2026-01-05', planned_end_date: '2026-03-27' }] }),
      errors: [
        { messageId: 'overlap', at: ['placements', 1] },
      ],
    },
  ],
});
