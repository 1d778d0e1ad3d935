import { partTimeLaInformed } from '../../src/rules/part-time-la-informed.js';
import { placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

const provider = placementFile(); // on a current part-time timetable until 2026-01-30
const PT = { agreed_with_parent: '2025-10-01', review_date: '2025-12-12', end_date: '2026-01-30' };

testRule(partTimeLaInformed, {
  valid: [
    { name: 'the LA was told', files: { 'provider.yaml': provider, 'pupils.yaml': pupilsFile() } },
    {
      name: 'the part-time timetable ended',
      files: {
        'provider.yaml': placementFile({ placements: [{ part_time_timetable: { end_date: '2025-11-28' } }] }),
        'pupils.yaml': pupilsFile([{ part_time_timetable: { ...PT, end_date: '2025-11-28', la_informed: undefined } }]),
      },
    },
    { name: 'no register kept', files: provider },
  ],
  invalid: [
    {
      name: 'a current part-time timetable in the register, the LA not told',
      files: {
        'provider.yaml': provider,
        'pupils.yaml': pupilsFile([{ part_time_timetable: { la_informed: undefined } }]),
      },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'missing',
          at: ['pupils', 0, 'part_time_timetable'],
          key: true,
          data: { pupil: 'pupil P-0042' },
        },
      ],
    },
    {
      name: 'part-time on the placement only: at the register entry',
      files: { 'provider.yaml': provider, 'pupils.yaml': pupilsFile([{ part_time_timetable: undefined }]) },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'missing',
          at: ['pupils', 0, 'ref'],
          key: true,
          message:
            /^Pupil P-0042 is on a part-time timetable, but the register does not record that the local authority was told: tell the LA and record the date \(part_time_timetable\.la_informed in pupils\.yaml\)\.$/,
        },
      ],
    },
  ],
});
