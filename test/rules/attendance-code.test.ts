import { attendanceCode } from '../../src/rules/attendance-code.js';
import { placementFile, pupilsFile, testRule } from '../support/rule-tester.js';

const PRU = { registration: { status: 'registered', type: 'pru', urn: 123456, full_time_pupils_confirmed: undefined } };
const code = (placement: Record<string, unknown>, provider?: Record<string, unknown>) =>
  placementFile({ provider, placements: [placement] });
const at = ['placements', 0, 'attendance_code'];
const who = 'pupil P-0042';

testRule(attendanceCode, {
  valid: [
    { name: 'B for a school-arranged placement', files: placementFile() },
    { name: 'P at an unregistered provider', files: code({ attendance_code: 'P' }) },
    {
      name: 'K for a placement the local authority arranged',
      files: code({ commissioned_by: 'local-authority', attendance_code: 'K' }),
    },
    { name: 'D at a PRU, dual registered', files: code({ attendance_code: 'D', dual_registered: true }, PRU) },
    {
      name: 'W in Year 10; V for a trip',
      files: {
        'a.yaml': code({ attendance_code: 'W' }),
        'b.yaml': code({ attendance_code: 'V' }, { name: 'Second Centre' }),
      },
    },
    {
      name: 'mixed delivery, sessions marked online: false',
      files: code({ sessions: [{ day: 'mon', start: '09:30', end: '12:30', online: false }] }, { delivery: 'mixed' }),
    },
  ],
  invalid: [
    {
      name: 'a local authority placement coded B',
      files: code({ commissioned_by: 'local-authority' }),
      errors: [{ messageId: 'laNotK', at, data: { who, code: 'B' } }],
    },
    {
      name: 'a school placement coded K',
      files: code({ attendance_code: 'K' }),
      errors: [{ messageId: 'schoolK', at, data: { who } }],
    },
    {
      name: 'D at a PRU without dual_registered',
      files: code({ attendance_code: 'D' }, PRU),
      errors: [{ messageId: 'dNotDual', at, data: { who, expected: 'B' } }],
    },
    {
      name: 'dual registered but coded B',
      files: code({ dual_registered: true }, PRU),
      errors: [
        {
          messageId: 'dualNotD',
          at,
          message:
            /^Pupil P-0042 is dual registered at this provider \(dual_registered: true\), so the sessions there are recorded with code D, not B\.$/,
        },
      ],
    },
    {
      name: "dual registered at the LA's arrangement: D, not K",
      files: code({ commissioned_by: 'local-authority', attendance_code: 'K', dual_registered: true }, PRU),
      errors: [{ messageId: 'dualNotD', at, data: { who, code: 'K' } }],
    },
    {
      name: 'dual_registered at a provider that is not a school',
      files: code({ attendance_code: 'D', dual_registered: true }),
      errors: [{ messageId: 'dualNotSchool', at, data: { who } }],
    },
    {
      name: 'W in Year 9',
      files: code({ year_group: 9, attendance_code: 'W' }),
      errors: [{ messageId: 'workExperience', at, data: { who, year: 'Year 9' } }],
    },
    {
      name: 'W in Year 9 by the register, though the placement says Year 10',
      files: { 'provider.yaml': code({ attendance_code: 'W' }), 'pupils.yaml': pupilsFile([{ year_group: 9 }]) },
      errors: [{ file: 'provider.yaml', messageId: 'workExperience', at, data: { who, year: 'Year 9' } }],
    },
    {
      name: 'B at an online provider: remote education is not attendance (one finding)',
      files: code({}, { delivery: 'online' }),
      errors: [
        {
          messageId: 'online',
          at,
          message: /remote education is not attendance \(Working together to improve school attendance, 2024\)/,
        },
      ],
    },
    {
      name: 'P at an online provider',
      files: code({ attendance_code: 'P' }, { delivery: 'online' }),
      errors: [{ messageId: 'online', at, data: { who, code: 'P' } }],
    },
    {
      name: 'mixed delivery: the session marked online cannot be B',
      files: code(
        {
          sessions: [
            { day: 'mon', start: '09:30', end: '12:30' },
            { day: 'wed', start: '09:30', end: '12:30', online: true },
          ],
        },
        { delivery: 'mixed' },
      ),
      errors: [
        { messageId: 'onlineSession', at: ['placements', 0, 'sessions', 1, 'online'], data: { who, code: 'B' } },
      ],
    },
  ],
});
