import { attendanceCodeOnline } from '../../src/rules/attendance-code-online.js';
import { placementFile, testRule } from '../support/rule-tester.js';

const mixed = (placement: Record<string, unknown> = {}) =>
  placementFile({ provider: { delivery: 'mixed' }, placements: [placement] });

testRule(attendanceCodeOnline, {
  valid: [
    { name: 'an in-person provider', files: placementFile() },
    { name: 'an online provider: attendance-code says it', files: placementFile({ provider: { delivery: 'online' } }) },
    {
      name: 'mixed, one session marked online: false is enough to say which',
      files: mixed({ sessions: [{ day: 'mon', start: '09:30', end: '12:30', online: false }] }),
    },
    { name: 'mixed, coded V (not an in-person code)', files: mixed({ attendance_code: 'V' }) },
    { name: 'mixed, no sessions recorded', files: mixed({ sessions: undefined }) },
  ],
  invalid: [
    {
      name: 'B at a mixed provider, no session says whether it is online',
      files: mixed(),
      errors: [
        {
          messageId: 'unmarked',
          at: ['placements', 0, 'sessions'],
          key: true,
          data: { who: 'pupil P-0042', code: 'B' },
        },
      ],
    },
  ],
});
