import { sessionTimes } from '../../src/rules/session-times.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(sessionTimes, {
  valid: [
    { name: 'one session ends as the next starts', files: placementFile({ placements: [{ hours_per_week: undefined, sessions: [{ day: 'mon', start: '09:30', end: '12:30' }, { day: 'mon', start: '12:30', end: '15:30' }, { day: 'fri', start: '09:30', end: '12:30' }] }] }) },
  ],
  invalid: [
    {
      name: 'a session ends before it starts', files: placementFile({ placements: [{ hours_per_week: undefined, sessions: [{ day: 'mon', start: '09:30', end: '12:30' }, { day: 'wed', start: '12:30', end: '09:30' }, { day: 'fri', start: '09:30', end: '12:30' }] }] }),
      errors: [
        { messageId: 'endsFirst', at: ['placements', 0, 'sessions', 1, 'end'], data: { day: 'wed', end: '09:30', start: '12:30' } },
      ],
    },
    {
      name: 'a reversed session is one finding, not also an hours mismatch (hours-mismatch has a valid case for it)', files: placementFile({ placements: [{ sessions: [{ day: 'mon', start: '09:30', end: '12:30' }, { day: 'wed', start: '12:30', end: '09:30' }, { day: 'fri', start: '09:30', end: '12:30' }] }] }),
      errors: [
        { messageId: 'endsFirst', at: ['placements', 0, 'sessions', 1, 'end'] },
      ],
    },
    {
      name: 'a session ends when it starts', files: placementFile({ placements: [{ hours_per_week: undefined, sessions: [{ day: 'mon', start: '09:30', end: '12:30' }, { day: 'wed', start: '09:30', end: '09:30' }, { day: 'fri', start: '09:30', end: '12:30' }] }] }),
      errors: [
        { messageId: 'endsFirst', at: ['placements', 0, 'sessions', 1, 'end'] },
      ],
    },
    {
      name: 'a start that is not HH:MM', files: placementFile({ placements: [{ hours_per_week: undefined, sessions: [{ day: 'mon', start: '9:30', end: '12:30' }, { day: 'wed', start: '09:30', end: '12:30' }, { day: 'fri', start: '09:30', end: '12:30' }] }] }),
      errors: [
        { messageId: 'badStart', at: ['placements', 0, 'sessions', 0, 'start'], data: { start: '9:30' } },
      ],
    },
    {
      name: 'an end that is not HH:MM (added: no row of the old table used this message)', files: placementFile({ placements: [{ hours_per_week: undefined, sessions: [{ day: 'mon', start: '09:30', end: '12.30' }, { day: 'wed', start: '09:30', end: '12:30' }, { day: 'fri', start: '09:30', end: '12:30' }] }] }),
      errors: [
        { messageId: 'badEnd', at: ['placements', 0, 'sessions', 0, 'end'], data: { end: '12.30' } },
      ],
    },
    {
      name: 'two sessions on one day overlap', files: placementFile({ placements: [{ hours_per_week: undefined, sessions: [{ day: 'mon', start: '09:30', end: '12:30' }, { day: 'mon', start: '12:00', end: '13:00' }, { day: 'fri', start: '09:30', end: '12:30' }] }] }),
      errors: [
        { messageId: 'overlap', at: ['placements', 0, 'sessions', 1], data: { day: 'mon', start: '09:30', end: '12:30', start2: '12:00', end2: '13:00' }, message: /Two mon sessions overlap/ },
      ],
    },
  ],
});
