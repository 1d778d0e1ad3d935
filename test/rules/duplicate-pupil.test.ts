import { duplicatePupil } from '../../src/rules/duplicate-pupil.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(duplicatePupil, {
  valid: [
    {
      name: 'one ends before the other starts',
      files: placementFile({
        placements: [
          { end_date: '2025-10-31', destination: 'Moved to the second course' },
          { start_date: '2025-11-03' },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'the same pupil twice in one file, dates overlapping (case and spaces ignored)',
      files: placementFile({ placements: [{}, { pupil: ' p-0042 ' }] }),
      errors: [{ messageId: 'overlap', at: ['placements', 1], data: { pupil: 'pupil p-0042', first: 1, second: 2 } }],
    },
    {
      name: 'an open-ended placement and an upcoming one overlap by the planned end',
      files: placementFile({ placements: [{}, { start_date: '2026-01-05', planned_end_date: '2026-03-27' }] }),
      errors: [{ messageId: 'overlap', at: ['placements', 1] }],
    },
  ],
});

// Linear-time cases: many overlapping copies are each reported once.
// A second placement of P-0042 in the same file, with the dates given.
const later = { start_date: '2026-03-02', planned_end_date: '2026-07-17' };

testRule(duplicatePupil, {
  valid: [
    { name: 'one placement', files: placementFile() },
    { name: 'two placements of one pupil, one after the other', files: placementFile({ placements: [{}, later] }) },
    { name: 'two pupils at the same time', files: placementFile({ placements: [{}, { pupil: 'P-0043' }] }) },
  ],
  invalid: [
    {
      name: 'two placements whose dates overlap: said at the later one',
      files: placementFile({ placements: [{}, { start_date: '2026-01-05' }] }),
      errors: [{ messageId: 'overlap', at: ['placements', 1], data: { pupil: 'pupil P-0042', first: 1, second: 2 } }],
    },
    {
      // Swept once in order of start: each placement that overlaps an earlier one is reported once, naming the
      // one that reaches furthest, so n copies make n - 1 findings (not n(n-1)/2).
      name: 'three copies of one placement: two findings, each placement at most once',
      files: placementFile({ placements: [{}, {}, {}] }),
      errors: [
        { messageId: 'overlap', at: ['placements', 1], data: { pupil: 'pupil P-0042', first: 1, second: 2 } },
        { messageId: 'overlap', at: ['placements', 2], data: { pupil: 'pupil P-0042', first: 1, second: 3 } },
      ],
    },
    {
      name: 'listed out of order: the later in the file is the one reported',
      files: placementFile({ placements: [{ start_date: '2026-01-05' }, {}] }),
      errors: [{ messageId: 'overlap', at: ['placements', 1], data: { pupil: 'pupil P-0042', first: 1, second: 2 } }],
    },
  ],
});
