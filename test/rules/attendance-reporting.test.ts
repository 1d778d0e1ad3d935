import { attendanceReporting } from '../../src/rules/attendance-reporting.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(attendanceReporting, {
  valid: [
    {
      name: 'within 30 minutes exactly',
      files: placementFile({ provider: { attendance_reporting: { method: 'phone' } } }),
    },
  ],
  invalid: [
    {
      name: 'reports after 31 minutes',
      files: placementFile({ provider: { attendance_reporting: { within_minutes: 31 } } }),
      errors: [
        {
          messageId: 'tooSlow',
          at: ['provider', 'attendance_reporting', 'within_minutes'],
          data: { name: 'Bridge Learning Centre', withinMinutes: 31, max: 30 },
        },
      ],
    },
    {
      name: 'no arrangement: reported at the provider',
      files: placementFile({ provider: { attendance_reporting: undefined } }),
      errors: [
        {
          messageId: 'missing',
          at: ['provider', 'attendance_reporting'],
          key: true,
          data: { name: 'Bridge Learning Centre' },
        },
      ],
    },
    {
      name: 'a method but no within_minutes',
      files: placementFile({ provider: { attendance_reporting: { within_minutes: undefined } } }),
      errors: [
        {
          messageId: 'noMinutes',
          at: ['provider', 'attendance_reporting'],
          key: true,
          data: { name: 'Bridge Learning Centre', max: 30 },
        },
      ],
    },
  ],
});
