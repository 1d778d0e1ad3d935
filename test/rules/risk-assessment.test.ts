import { riskAssessment } from '../../src/rules/risk-assessment.js';
import { placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

const assessed = (date: string) => placementFile({ placements: [{ risk_assessment: date }] });

testRule(riskAssessment, {
  valid: [
    {
      name: 'assessed before the start',
      files: { 'provider.yaml': assessed('2025-10-01'), 'pupils.yaml': pupilsFile() },
    },
    {
      name: 'assessed on the day it starts',
      files: { 'provider.yaml': assessed('2025-10-06'), 'pupils.yaml': pupilsFile() },
    },
    { name: 'no register kept: the rule waits for one', files: placementFile() },
    {
      name: 'an ended placement',
      files: {
        'provider.yaml': placementFile({ placements: [{ end_date: '2025-11-28', destination: 'Returned to school' }] }),
        'pupils.yaml': pupilsFile(),
      },
    },
  ],
  invalid: [
    {
      name: 'no risk assessment',
      files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile() },
      errors: [
        {
          file: 'provider.yaml',
          messageId: 'missing',
          at: ['placements', 0, 'pupil'],
          message:
            /^The placement of pupil P-0042 has no risk assessment recorded: assess travel, supervision and the time the pupil is not in education/,
        },
      ],
    },
    {
      name: 'dated after the start',
      files: { 'provider.yaml': assessed('2025-10-07'), 'pupils.yaml': pupilsFile() },
      errors: [
        {
          file: 'provider.yaml',
          messageId: 'late',
          at: ['placements', 0, 'risk_assessment'],
          data: { pupil: 'pupil P-0042', start: '2025-10-06', date: '2025-10-07' },
        },
      ],
    },
    {
      name: 'a pupil with no register entry is still a pupil in AP',
      files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile([{ ref: 'P-0099' }]) },
      errors: [{ file: 'provider.yaml', messageId: 'missing', at: ['placements', 0, 'pupil'] }],
    },
  ],
});
