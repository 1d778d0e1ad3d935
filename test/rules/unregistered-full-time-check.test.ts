import { unregisteredFullTimeCheck } from '../../src/rules/unregistered-full-time-check.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(unregisteredFullTimeCheck, {
  valid: [
    { name: 'confirmed total exactly 365 days old', files: placementFile({ provider: { registration: { full_time_pupils_confirmed: { date: '2024-12-01' } } }, placements: [{ sessions: undefined, hours_per_week: 18.5 }] }) },
    { name: '18 hours is not full-time', files: placementFile({ provider: { registration: { full_time_pupils_confirmed: undefined } }, placements: [{ sessions: undefined, hours_per_week: 18 }] }) },
  ],
  invalid: [
    {
      name: 'one full-time pupil, no confirmed total', files: placementFile({ provider: { registration: { full_time_pupils_confirmed: undefined } }, placements: [{ sessions: undefined, hours_per_week: 18.5 }] }),
      errors: [
        { messageId: 'unconfirmed', at: ['provider', 'registration'], key: true, data: { pupils: 1, name: 'Bridge Learning Centre', why: 'the school has not recorded its confirmed total' } },
      ],
    },
    {
      name: 'four full-time pupils, confirmed total 366 days old', files: placementFile({ provider: { registration: { full_time_pupils_confirmed: { date: '2024-11-30' } } }, placements: [{ year_group: undefined, end_date: undefined, reason_category: undefined, commissioned_by: undefined, attendance_code: undefined, off_site_direction: undefined, part_time_timetable: undefined, sessions: undefined, destination: undefined, pupil: 'P-0001', reason: 'Re-engagement with learning', send: 'none', hours_per_week: 18.5, objectives: [{ target: 'Attend 90% of sessions', by: '2026-02-13' }], reviews: [{ date: '2025-11-14' }], exit_plan: 'Return to school full-time' }, { year_group: undefined, end_date: undefined, reason_category: undefined, commissioned_by: undefined, attendance_code: undefined, off_site_direction: undefined, part_time_timetable: undefined, sessions: undefined, destination: undefined, pupil: 'P-0002', reason: 'Re-engagement with learning', send: 'none', hours_per_week: 18.5, objectives: [{ target: 'Attend 90% of sessions', by: '2026-02-13' }], reviews: [{ date: '2025-11-14' }], exit_plan: 'Return to school full-time' }, { year_group: undefined, end_date: undefined, reason_category: undefined, commissioned_by: undefined, attendance_code: undefined, off_site_direction: undefined, part_time_timetable: undefined, sessions: undefined, destination: undefined, pupil: 'P-0003', reason: 'Re-engagement with learning', send: 'none', hours_per_week: 18.5, objectives: [{ target: 'Attend 90% of sessions', by: '2026-02-13' }], reviews: [{ date: '2025-11-14' }], exit_plan: 'Return to school full-time' }, { year_group: undefined, end_date: undefined, reason_category: undefined, commissioned_by: undefined, attendance_code: undefined, off_site_direction: undefined, part_time_timetable: undefined, sessions: undefined, destination: undefined, pupil: 'P-0004', reason: 'Re-engagement with learning', send: 'none', hours_per_week: 18.5, objectives: [{ target: 'Attend 90% of sessions', by: '2026-02-13' }], reviews: [{ date: '2025-11-14' }], exit_plan: 'Return to school full-time' }] }),
      errors: [
        { messageId: 'unconfirmed', at: ['provider', 'registration'], key: true, message: /^4 pupils/ },
      ],
    },
  ],
});
