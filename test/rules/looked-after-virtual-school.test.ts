import { lookedAfterVirtualSchool } from '../../src/rules/looked-after-virtual-school.js';
import { placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

const provider = placementFile();
const lac = (education?: Record<string, unknown>) =>
  pupilsFile([{ looked_after: true, looked_after_education: education }]);

testRule(lookedAfterVirtualSchool, {
  valid: [
    {
      name: 'told the day before the start',
      files: {
        'provider.yaml': provider,
        'pupils.yaml': lac({ virtual_school_informed: '2025-10-05', pep_reviewed: '2025-11-03' }),
      },
    },
    {
      name: 'told on the day it starts',
      files: { 'provider.yaml': provider, 'pupils.yaml': lac({ virtual_school_informed: '2025-10-06' }) },
    },
    { name: 'not looked after', files: { 'provider.yaml': provider, 'pupils.yaml': pupilsFile() } },
    {
      name: 'looked after but no register entry: whereabouts-unknown asks for the entry first',
      files: {
        'provider.yaml': placementFile({ placements: [{ looked_after: true }] }),
        'pupils.yaml': pupilsFile([{ ref: 'P-0099' }]),
      },
    },
  ],
  invalid: [
    {
      name: 'told after the start',
      files: {
        'provider.yaml': provider,
        'pupils.yaml': lac({ virtual_school_informed: '2025-10-07', pep_reviewed: '2025-11-03' }),
      },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'late',
          at: ['pupils', 0, 'looked_after_education', 'virtual_school_informed'],
          data: { pupil: 'pupil P-0042', start: '2025-10-06', date: '2025-10-07' },
        },
      ],
    },
    {
      name: 'not recorded, with a looked_after_education block',
      files: { 'provider.yaml': provider, 'pupils.yaml': lac({ pep_reviewed: '2025-11-03' }) },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'missing',
          at: ['pupils', 0, 'looked_after_education'],
          key: true,
          message:
            /^Pupil P-0042 is looked after, but the register does not record that the virtual school head was told of the placement starting 2025-10-06/,
        },
      ],
    },
    {
      name: "not recorded, no block: at the entry; the placement's looked_after counts when the register leaves it out",
      files: {
        'provider.yaml': placementFile({ placements: [{ looked_after: true }] }),
        'pupils.yaml': pupilsFile([{ looked_after: undefined }]),
      },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'missing',
          at: ['pupils', 0, 'ref'],
          key: true,
          data: { pupil: 'pupil P-0042', start: '2025-10-06' },
        },
      ],
    },
  ],
});
