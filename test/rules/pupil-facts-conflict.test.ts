import { pupilFactsConflict } from '../../src/rules/pupil-facts-conflict.js';
import { placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

/** The same pupil at a second provider, on other days (9 hours: tue and thu), with `placement` laid over it. */
const second = (placement: Record<string, unknown> = {}) =>
  placementFile({
    provider: { name: 'Second Centre' },
    placements: [
      {
        sessions: [
          { day: 'tue', start: '09:30', end: '12:30' },
          { day: 'thu', start: '09:30', end: '12:30' },
          { day: 'thu', start: '13:00', end: '16:00' },
        ],
        ...placement,
      },
    ],
  });

testRule(pupilFactsConflict, {
  valid: [
    {
      name: 'year_group left out in one file',
      files: { 'a.yaml': placementFile(), 'b.yaml': second({ year_group: null, start_date: '2026-01-05' }) },
    },
  ],
  invalid: [
    {
      name: 'send differs (the second placement upcoming)',
      files: { 'a.yaml': placementFile(), 'b.yaml': second({ start_date: '2026-01-05', send: 'ehcp' }) },
      errors: [
        {
          file: 'a.yaml',
          messageId: 'conflict',
          at: ['placements', 0, 'send'],
          key: true,
          data: {
            pupil: 'pupil P-0042',
            fact: 'send',
            list: 'sen-support at Bridge Learning Centre, ehcp at Second Centre',
          },
          message: /sen-support at Bridge Learning Centre, ehcp at Second Centre/,
        },
        {
          file: 'b.yaml',
          messageId: 'conflict',
          at: ['placements', 0, 'send'],
          key: true,
          message: /sen-support at Bridge Learning Centre, ehcp at Second Centre/,
        },
      ],
    },
    {
      name: 'looked_after and year_group differ',
      files: {
        'a.yaml': placementFile(),
        'b.yaml': second({ year_group: 11, start_date: '2026-01-05', looked_after: true }),
      },
      errors: [
        { file: 'a.yaml', messageId: 'conflict', at: ['placements', 0, 'looked_after'], key: true },
        { file: 'b.yaml', messageId: 'conflict', at: ['placements', 0, 'looked_after'], key: true },
        { file: 'a.yaml', messageId: 'conflict', at: ['placements', 0, 'year_group'], key: true },
        { file: 'b.yaml', messageId: 'conflict', at: ['placements', 0, 'year_group'], key: true },
      ],
    },
  ],
});

// The pupil register's cases.
const registerProvider = placementFile();

testRule(pupilFactsConflict, {
  valid: [
    {
      name: 'the register agrees with the placement',
      files: { 'provider.yaml': registerProvider, 'pupils.yaml': pupilsFile() },
    },
    {
      name: 'the register leaves the facts out',
      files: {
        'provider.yaml': registerProvider,
        'pupils.yaml': pupilsFile([
          { year_group: undefined, send: undefined, looked_after: undefined, part_time_timetable: undefined },
        ]),
      },
    },
    {
      name: "an ended placement with last year's year group",
      files: {
        'provider.yaml': placementFile({
          placements: [{ year_group: 9, end_date: '2025-07-18', destination: 'Returned to school' }],
        }),
        'pupils.yaml': pupilsFile(),
      },
    },
  ],
  invalid: [
    {
      name: 'the register says Year 11, the placement Year 10: said in both files',
      files: { 'provider.yaml': registerProvider, 'pupils.yaml': pupilsFile([{ year_group: 11 }]) },
      errors: [
        {
          file: 'provider.yaml',
          messageId: 'register',
          at: ['placements', 0, 'year_group'],
          key: true,
          data: {
            pupil: 'pupil P-0042',
            fact: 'year_group',
            here: '10',
            there: '11',
            provider: 'Bridge Learning Centre',
          },
        },
        {
          file: 'pupils.yaml',
          messageId: 'register',
          at: ['pupils', 0, 'year_group'],
          key: true,
          message:
            /^Pupil P-0042 has year_group 11 in the pupil register but 10 in the placement at Bridge Learning Centre/,
        },
      ],
    },
    {
      name: 'a different part-time end date',
      files: {
        'provider.yaml': registerProvider,
        'pupils.yaml': pupilsFile([{ part_time_timetable: { end_date: '2026-02-13' } }]),
      },
      errors: [
        {
          file: 'provider.yaml',
          messageId: 'partTime',
          at: ['placements', 0, 'part_time_timetable'],
          key: true,
          data: { pupil: 'pupil P-0042', provider: 'Bridge Learning Centre' },
        },
        { file: 'pupils.yaml', messageId: 'partTime', at: ['pupils', 0, 'part_time_timetable'], key: true },
      ],
    },
  ],
});
