import { combinedHours } from '../../src/rules/combined-hours.js';
import { placementFile, testRule } from '../support/rule-tester.js';

/** The same pupil at a second provider, on other days (9 hours: tue and thu). */
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
const first = placementFile();

testRule(combinedHours, {
  valid: [
    {
      name: '9 + 23.5 = 32.5 hours',
      files: { 'a.yaml': placementFile(), 'b.yaml': second({ sessions: undefined, hours_per_week: 23.5 }) },
    },
    {
      name: "one session ends as the other provider's starts",
      files: {
        'a.yaml': placementFile(),
        'b.yaml': second({
          sessions: [
            { day: 'mon', start: '12:30', end: '15:30' },
            { day: 'thu', start: '09:30', end: '12:30' },
            { day: 'thu', start: '13:00', end: '16:00' },
          ],
        }),
      },
    },
    { name: 'one provider', files: first },
    { name: 'two providers, 18 hours in all, no clash', files: { 'a.yaml': first, 'b.yaml': second() } },
    {
      name: 'the other placement has ended',
      files: {
        'a.yaml': first,
        'b.yaml': second({
          hours_per_week: 30,
          sessions: undefined,
          end_date: '2025-11-28',
          destination: 'Returned to school',
        }),
      },
    },
  ],
  invalid: [
    {
      name: '9 + 24 = 33 hours, more than 32.5',
      files: { 'a.yaml': placementFile(), 'b.yaml': second({ sessions: undefined, hours_per_week: 24 }) },
      errors: [
        {
          file: 'a.yaml',
          messageId: 'tooMany',
          at: ['placements', 0, 'pupil'],
          data: {
            pupil: 'pupil P-0042',
            hours: '33',
            providers: ['Bridge Learning Centre', 'Second Centre'],
            max: '32.5',
          },
          message: /33 hours a week/,
        },
        { file: 'b.yaml', messageId: 'tooMany', at: ['placements', 0, 'pupil'], message: /33 hours a week/ },
      ],
    },
    {
      name: 'sessions at two providers overlap on Monday',
      files: {
        'a.yaml': placementFile(),
        'b.yaml': second({
          sessions: [
            { day: 'mon', start: '11:00', end: '14:00' },
            { day: 'thu', start: '09:30', end: '12:30' },
            { day: 'thu', start: '13:00', end: '16:00' },
          ],
        }),
      },
      errors: [
        {
          file: 'a.yaml',
          messageId: 'overlap',
          at: ['placements', 0, 'sessions', 0],
          data: {
            pupil: 'pupil P-0042',
            both: 'mon 09:30–12:30 at Bridge Learning Centre and 11:00–14:00 at Second Centre',
          },
          message: /at two providers at once/,
        },
        {
          file: 'b.yaml',
          messageId: 'overlap',
          at: ['placements', 0, 'sessions', 0],
          message: /at two providers at once/,
        },
      ],
    },
    {
      name: 'more than combined_hours_max (32.5) across two providers: said in each file',
      files: { 'a.yaml': first, 'b.yaml': second({ hours_per_week: 30, sessions: undefined }) },
      errors: [
        {
          file: 'a.yaml',
          messageId: 'tooMany',
          at: ['placements', 0, 'pupil'],
          message:
            /^Pupil P-0042 is timetabled for 39 hours a week across Bridge Learning Centre, Second Centre, more than 32\.5/,
        },
        { file: 'b.yaml', messageId: 'tooMany', at: ['placements', 0, 'pupil'] },
      ],
    },
    {
      name: 'sessions at two providers at the same time',
      files: {
        'a.yaml': first,
        'b.yaml': second({ sessions: [{ day: 'mon', start: '10:00', end: '11:00' }], hours_per_week: undefined }),
      },
      errors: [
        { file: 'a.yaml', messageId: 'overlap', at: ['placements', 0, 'sessions', 0] },
        {
          file: 'b.yaml',
          messageId: 'overlap',
          at: ['placements', 0, 'sessions', 0],
          message:
            /at two providers at once \(mon 09:30–12:30 at Bridge Learning Centre and 10:00–11:00 at Second Centre\)/,
        },
      ],
    },
  ],
});
