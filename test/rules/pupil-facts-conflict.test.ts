// The register cases; the cases between placement files are in the rules table (rules.test.ts).
import { pupilFactsConflict } from '../../src/rules/pupil-facts-conflict.js';
import { placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

const provider = placementFile();

testRule(pupilFactsConflict, {
  valid: [
    { name: 'the register agrees with the placement', files: { 'provider.yaml': provider, 'pupils.yaml': pupilsFile() } },
    { name: 'the register leaves the facts out', files: { 'provider.yaml': provider, 'pupils.yaml': pupilsFile([{ year_group: undefined, send: undefined, looked_after: undefined, part_time_timetable: undefined }]) } },
    { name: 'an ended placement with last year\'s year group', files: { 'provider.yaml': placementFile({ placements: [{ year_group: 9, end_date: '2025-07-18', destination: 'Returned to school' }] }), 'pupils.yaml': pupilsFile() } },
  ],
  invalid: [
    {
      name: 'the register says Year 11, the placement Year 10: said in both files',
      files: { 'provider.yaml': provider, 'pupils.yaml': pupilsFile([{ year_group: 11 }]) },
      errors: [
        { file: 'provider.yaml', messageId: 'register', at: ['placements', 0, 'year_group'], key: true, data: { pupil: 'pupil P-0042', fact: 'year_group', here: '10', there: '11', provider: 'Bridge Learning Centre' } },
        { file: 'pupils.yaml', messageId: 'register', at: ['pupils', 0, 'year_group'], key: true, message: /^Pupil P-0042 has year_group 11 in the pupil register but 10 in the placement at Bridge Learning Centre/ },
      ],
    },
    {
      name: 'a different part-time end date',
      files: { 'provider.yaml': provider, 'pupils.yaml': pupilsFile([{ part_time_timetable: { end_date: '2026-02-13' } }]) },
      errors: [
        { file: 'provider.yaml', messageId: 'partTime', at: ['placements', 0, 'part_time_timetable'], key: true, data: { pupil: 'pupil P-0042', provider: 'Bridge Learning Centre' } },
        { file: 'pupils.yaml', messageId: 'partTime', at: ['pupils', 0, 'part_time_timetable'], key: true },
      ],
    },
  ],
});
