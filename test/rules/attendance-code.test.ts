import { attendanceCode } from '../../src/rules/attendance-code.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(attendanceCode, {
  valid: [
    { name: 'D at a registered PRU', files: placementFile({ provider: { registration: { status: 'registered', type: 'pru', urn: 123456 } }, placements: [{ attendance_code: 'D' }] }) },
    { name: 'K for a local authority placement', files: placementFile({ placements: [{ commissioned_by: 'local-authority', attendance_code: 'K' }] }) },
    { name: 'P at an unregistered provider', files: placementFile({ placements: [{ attendance_code: 'P' }] }) },
  ],
  invalid: [
    {
      name: 'local authority placement coded B', files: placementFile({ placements: [{ commissioned_by: 'local-authority' }] }),
      errors: [
        { messageId: 'useK', at: ['placements', 0, 'attendance_code'], data: { who: 'pupil P-0042', code: 'B' }, message: /code is K, not B/ },
      ],
    },
    {
      name: 'school placement coded K', files: placementFile({ placements: [{ attendance_code: 'K' }] }),
      errors: [
        { messageId: 'notK', at: ['placements', 0, 'attendance_code'], data: { who: 'pupil P-0042', registeredSchool: false } },
      ],
    },
    {
      name: 'D at an unregistered provider', files: placementFile({ placements: [{ attendance_code: 'D' }] }),
      errors: [
        { messageId: 'notDual', at: ['placements', 0, 'attendance_code'], message: /^Code\ D\ is\ for\ a\ pupil\ dual\-registered\ at\ another\ school,\ but\ this\ provider\ is\ not\ a\ registered\ school:\ use\ B\ \(supervised\ off\-site\ education\)\ or\ P\.$/ },
      ],
    },
    {
      name: 'D at a registered FE college (not a school)', files: placementFile({ provider: { registration: { status: 'registered', type: 'fe-college', urn: 123456 } }, placements: [{ attendance_code: 'D' }] }),
      errors: [
        { messageId: 'notDual', at: ['placements', 0, 'attendance_code'], message: /^Code\ D\ is\ for\ a\ pupil\ dual\-registered\ at\ another\ school,\ but\ this\ provider\ is\ not\ a\ registered\ school:\ use\ B\ \(supervised\ off\-site\ education\)\ or\ P\.$/ },
      ],
    },
  ],
});
