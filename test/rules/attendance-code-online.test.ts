import { attendanceCodeOnline } from '../../src/rules/attendance-code-online.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(attendanceCodeOnline, {
  valid: [
    { name: 'B at a mixed provider', files: placementFile({ provider: { delivery: 'mixed' } }) },
    { name: 'P at an online provider', files: placementFile({ provider: { delivery: 'online' }, placements: [{ attendance_code: 'P' }] }) },
  ],
  invalid: [
    {
      name: 'B at an online provider', files: placementFile({ provider: { delivery: 'online' } }),
      errors: [
        { messageId: 'online', at: ['placements', 0, 'attendance_code'], data: { pupil: 'pupil P-0042' } },
      ],
    },
  ],
});
