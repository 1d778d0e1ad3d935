import { whereaboutsUnknown } from '../../src/rules/whereabouts-unknown.js';
import { placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

const ALL = ['mon', 'tue', 'wed', 'thu', 'fri'];

testRule(whereaboutsUnknown, {
  valid: [
    {
      name: 'the register records the school sessions',
      files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile() },
    },
    {
      name: 'school_sessions: [] (no time in school) is a record',
      files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile([{ school_sessions: [] }]) },
    },
    {
      name: 'no register kept: an upcoming placement only',
      files: placementFile({ placements: [{ start_date: '2026-01-05' }] }),
    },
    {
      name: 'no register kept: an ended placement only',
      files: placementFile({
        placements: [
          { end_date: '2025-11-28', destination: 'Back at school full time', destination_category: 'school' },
        ],
      }),
    },
    {
      name: 'an upcoming placement only',
      files: {
        'provider.yaml': placementFile({ placements: [{ start_date: '2026-01-05' }] }),
        'pupils.yaml': pupilsFile([{ ref: 'P-0099' }]),
      },
    },
  ],
  invalid: [
    {
      name: 'no register kept at all: each pupil in AP, at their placement, naming the days the provider does not cover',
      files: placementFile({
        placements: [{ hours_per_week: 6, sessions: [{ day: 'mon', start: '09:00', end: '15:00' }] }],
      }),
      errors: [
        {
          messageId: 'noRegister',
          at: ['placements', 0, 'pupil'],
          data: { pupil: 'pupil P-0042', days: ['tue', 'wed', 'thu', 'fri'] },
        },
      ],
    },
    {
      name: 'no register kept: one finding per pupil, at the first active placement, over two providers and two pupils',
      files: {
        'a.yaml': placementFile({ placements: [{ start_date: '2026-01-05' }, {}, { pupil: 'P-0043' }] }),
        'b.yaml': placementFile({ provider: { name: 'Second Provider' } }),
      },
      errors: [
        {
          file: 'a.yaml',
          messageId: 'noRegister',
          at: ['placements', 1, 'pupil'],
          message:
            /^Pupil P-0042 is in alternative provision, but the school keeps no pupil register, .*ap-ready init writes one beside the config file/,
        },
        {
          file: 'a.yaml',
          messageId: 'noRegister',
          at: ['placements', 2, 'pupil'],
          message: /^Pupil P-0043 is in alternative provision/,
        },
      ],
    },
    {
      name: 'no register kept: a reference that looks personal is not printed',
      files: placementFile({ placements: [{ pupil: 'jane.doe@example.org' }] }),
      errors: [
        {
          messageId: 'noRegister',
          at: ['placements', 0, 'pupil'],
          message: /^The pupil of placement 1 \(reference hidden\) is in alternative provision/,
        },
      ],
    },
    {
      name: 'a pupil in AP with no register entry: said at the placement',
      files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile([{ ref: 'P-0099' }]) },
      errors: [
        {
          file: 'provider.yaml',
          messageId: 'noEntry',
          at: ['placements', 0, 'pupil'],
          data: { pupil: 'pupil P-0042', days: ALL },
        },
      ],
    },
    {
      name: 'an entry without school_sessions names the days the provider does not cover all day',
      files: {
        'provider.yaml': placementFile({
          placements: [{ hours_per_week: 6, sessions: [{ day: 'mon', start: '09:00', end: '15:00' }] }],
        }),
        'pupils.yaml': pupilsFile([{ school_sessions: undefined }]),
      },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'noSessions',
          at: ['pupils', 0, 'ref'],
          key: true,
          message:
            /^The register does not record the school sessions of pupil P-0042, so where they are is not recorded on Tuesday, Wednesday, Thursday, Friday:/,
        },
      ],
    },
    {
      name: 'school_sessions: null is not a record',
      files: { 'provider.yaml': placementFile(), 'pupils.yaml': pupilsFile([{ school_sessions: null }]) },
      errors: [
        {
          file: 'pupils.yaml',
          messageId: 'noSessions',
          at: ['pupils', 0, 'ref'],
          key: true,
          data: { pupil: 'pupil P-0042', days: ALL },
        },
      ],
    },
  ],
});
