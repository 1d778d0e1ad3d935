import { multipleProviders } from '../../src/rules/multiple-providers.js';
import { placementFile, testRule } from '../support/rule-tester.js';

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

testRule(multipleProviders, {
  valid: [
    {
      name: 'the second placement is upcoming',
      files: { 'a.yaml': placementFile(), 'b.yaml': second({ start_date: '2026-01-05' }) },
    },
  ],
  invalid: [
    {
      name: 'one pupil active at two providers',
      files: { 'a.yaml': placementFile(), 'b.yaml': second() },
      errors: [
        {
          file: 'a.yaml',
          messageId: 'several',
          at: ['placements', 0, 'pupil'],
          data: { pupil: 'pupil P-0042', providers: ['Bridge Learning Centre', 'Second Centre'], hours: '18' },
          message: /2 providers \(Bridge Learning Centre, Second Centre\), 18 hours a week in all/,
        },
        {
          file: 'b.yaml',
          messageId: 'several',
          at: ['placements', 0, 'pupil'],
          message: /2 providers \(Bridge Learning Centre, Second Centre\), 18 hours a week in all/,
        },
      ],
    },
    {
      name: 'the same pupil written differently is one pupil',
      files: { 'a.yaml': placementFile(), 'b.yaml': second({ pupil: ' p-0042' }) },
      errors: [
        { file: 'a.yaml', messageId: 'several', at: ['placements', 0, 'pupil'] },
        { file: 'b.yaml', messageId: 'several', at: ['placements', 0, 'pupil'] },
      ],
    },
    {
      name: 'a pupil reference that looks like personal data is never repeated (a name at two providers: no cross-file message repeats it either)',
      files: {
        'a.yaml': placementFile({ placements: [{ pupil: 'Jane Smith' }] }),
        'b.yaml': second({ pupil: 'Jane Smith' }),
      },
      errors: [
        {
          file: 'a.yaml',
          messageId: 'several',
          at: ['placements', 0, 'pupil'],
          data: {
            pupil: 'the pupil of placement 1 (reference hidden)',
            providers: ['Bridge Learning Centre', 'Second Centre'],
            hours: '18',
          },
          message: /^(?!.*(?:Jane|Smith))/i,
        },
        {
          file: 'b.yaml',
          messageId: 'several',
          at: ['placements', 0, 'pupil'],
          data: {
            pupil: 'the pupil of placement 1 (reference hidden)',
            providers: ['Bridge Learning Centre', 'Second Centre'],
            hours: '18',
          },
          message: /^(?!.*(?:Jane|Smith))/i,
        },
      ],
    },
  ],
});
