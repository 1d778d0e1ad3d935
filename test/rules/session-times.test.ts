import { sessionTimes } from '../../src/rules/session-times.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(sessionTimes, {
  valid: [
    {
      name: 'one session ends as the next starts',
      files: placementFile({
        placements: [
          {
            hours_per_week: undefined,
            sessions: [
              { day: 'mon', start: '09:30', end: '12:30' },
              { day: 'mon', start: '12:30', end: '15:30' },
              { day: 'fri', start: '09:30', end: '12:30' },
            ],
          },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a session ends before it starts',
      files: placementFile({
        placements: [
          {
            hours_per_week: undefined,
            sessions: [
              { day: 'mon', start: '09:30', end: '12:30' },
              { day: 'wed', start: '12:30', end: '09:30' },
              { day: 'fri', start: '09:30', end: '12:30' },
            ],
          },
        ],
      }),
      errors: [
        {
          messageId: 'endsFirst',
          at: ['placements', 0, 'sessions', 1, 'end'],
          data: { day: 'wed', end: '09:30', start: '12:30' },
        },
      ],
    },
    {
      name: 'a reversed session is one finding, not also an hours mismatch (hours-mismatch has a valid case for it)',
      files: placementFile({
        placements: [
          {
            sessions: [
              { day: 'mon', start: '09:30', end: '12:30' },
              { day: 'wed', start: '12:30', end: '09:30' },
              { day: 'fri', start: '09:30', end: '12:30' },
            ],
          },
        ],
      }),
      errors: [{ messageId: 'endsFirst', at: ['placements', 0, 'sessions', 1, 'end'] }],
    },
    {
      name: 'a session ends when it starts',
      files: placementFile({
        placements: [
          {
            hours_per_week: undefined,
            sessions: [
              { day: 'mon', start: '09:30', end: '12:30' },
              { day: 'wed', start: '09:30', end: '09:30' },
              { day: 'fri', start: '09:30', end: '12:30' },
            ],
          },
        ],
      }),
      errors: [{ messageId: 'endsFirst', at: ['placements', 0, 'sessions', 1, 'end'] }],
    },
    {
      name: 'a start that is not HH:MM',
      files: placementFile({
        placements: [
          {
            hours_per_week: undefined,
            sessions: [
              { day: 'mon', start: '9:30', end: '12:30' },
              { day: 'wed', start: '09:30', end: '12:30' },
              { day: 'fri', start: '09:30', end: '12:30' },
            ],
          },
        ],
      }),
      errors: [{ messageId: 'badStart', at: ['placements', 0, 'sessions', 0, 'start'], data: { start: '9:30' } }],
    },
    {
      name: 'an end that is not HH:MM (added: no row of the old table used this message)',
      files: placementFile({
        placements: [
          {
            hours_per_week: undefined,
            sessions: [
              { day: 'mon', start: '09:30', end: '12.30' },
              { day: 'wed', start: '09:30', end: '12:30' },
              { day: 'fri', start: '09:30', end: '12:30' },
            ],
          },
        ],
      }),
      errors: [{ messageId: 'badEnd', at: ['placements', 0, 'sessions', 0, 'end'], data: { end: '12.30' } }],
    },
    {
      name: 'two sessions on one day overlap',
      files: placementFile({
        placements: [
          {
            hours_per_week: undefined,
            sessions: [
              { day: 'mon', start: '09:30', end: '12:30' },
              { day: 'mon', start: '12:00', end: '13:00' },
              { day: 'fri', start: '09:30', end: '12:30' },
            ],
          },
        ],
      }),
      errors: [
        {
          messageId: 'overlap',
          at: ['placements', 0, 'sessions', 1],
          data: { day: 'mon', start: '09:30', end: '12:30', start2: '12:00', end2: '13:00' },
          message: /Two mon sessions overlap/,
        },
      ],
    },
  ],
});

// Linear-time cases: many overlapping copies are each reported once.
const withSessions = (sessions: Record<string, unknown>[]) =>
  placementFile({ placements: [{ sessions, hours_per_week: undefined }] });

testRule(sessionTimes, {
  valid: [
    { name: 'the compliant sessions', files: placementFile() },
    {
      name: 'one session ending as the next starts',
      files: withSessions([
        { day: 'mon', start: '09:00', end: '12:00' },
        { day: 'mon', start: '12:00', end: '15:00' },
      ]),
    },
  ],
  invalid: [
    {
      name: 'a start that is not a time',
      files: withSessions([{ day: 'mon', start: '9.30am', end: '12:00' }]),
      errors: [{ messageId: 'badStart', at: ['placements', 0, 'sessions', 0, 'start'], data: { start: '9.30am' } }],
    },
    {
      name: 'an end before the start',
      files: withSessions([{ day: 'tue', start: '13:00', end: '12:00' }]),
      errors: [
        {
          messageId: 'endsFirst',
          at: ['placements', 0, 'sessions', 0, 'end'],
          data: { day: 'tue', end: '12:00', start: '13:00' },
        },
      ],
    },
    {
      name: 'two sessions of one day that overlap: said at the later one in the file',
      files: withSessions([
        { day: 'wed', start: '10:00', end: '12:00' },
        { day: 'wed', start: '09:00', end: '11:00' },
      ]),
      errors: [
        {
          messageId: 'overlap',
          at: ['placements', 0, 'sessions', 1],
          data: { day: 'wed', start: '10:00', end: '12:00', start2: '09:00', end2: '11:00' },
        },
      ],
    },
    {
      // Swept once per day: a session inside a long one is compared with the long one, not only its neighbour.
      name: 'a long session holding two short ones: each short one reported once',
      files: withSessions([
        { day: 'thu', start: '09:00', end: '15:00' },
        { day: 'thu', start: '10:00', end: '11:00' },
        { day: 'thu', start: '13:00', end: '14:00' },
      ]),
      errors: [
        {
          messageId: 'overlap',
          at: ['placements', 0, 'sessions', 1],
          data: { day: 'thu', start: '09:00', end: '15:00', start2: '10:00', end2: '11:00' },
        },
        {
          messageId: 'overlap',
          at: ['placements', 0, 'sessions', 2],
          data: { day: 'thu', start: '09:00', end: '15:00', start2: '13:00', end2: '14:00' },
        },
      ],
    },
  ],
});
