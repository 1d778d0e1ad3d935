import { ehcpLaConsulted } from '../../src/rules/ehcp-la-consulted.js';
import { placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

const provider = placementFile({ placements: [{ send: 'ehcp' }] });

testRule(ehcpLaConsulted, {
  valid: [
    {
      name: 'the LA agreed before the start',
      files: {
        'provider.yaml': provider,
        'pupils.yaml': pupilsFile([{ send: 'ehcp', ehcp_la_consulted: '2025-09-20' }]),
      },
    },
    { name: 'SEN support, no EHC plan', files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile() } },
    { name: 'no register kept', files: provider },
  ],
  invalid: [
    {
      name: "an EHC plan, the LA's agreement not recorded",
      files: { 'provider.yaml': provider, 'pupils.yaml': pupilsFile([{ send: 'ehcp' }]) },
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
    {
      name: 'agreed after the start',
      files: {
        'provider.yaml': provider,
        'pupils.yaml': pupilsFile([{ send: 'ehcp', ehcp_la_consulted: '2025-10-08' }]),
      },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'late',
          at: ['pupils', 0, 'ehcp_la_consulted'],
          message:
            /^The local authority agreed the placement of pupil P-0042 on 2025-10-08, after it started on 2025-10-06/,
        },
      ],
    },
    {
      name: "the placement says EHC plan and the register leaves send out: the placement's fact counts",
      files: { 'provider.yaml': provider, 'pupils.yaml': pupilsFile([{ send: undefined }]) },
      errors: [{ file: 'pupils.yaml', messageId: 'missing', at: ['pupils', 0, 'ref'], key: true }],
    },
  ],
});
