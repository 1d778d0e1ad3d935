import { duplicatePupil } from '../../src/rules/duplicate-pupil.js';
import { placementFile, testRule } from '../support/rule-tester.js';

testRule(duplicatePupil, {
  valid: [
    { name: 'one ends before the other starts', files: placementFile({ placements: [{ year_group: undefined, reason_category: undefined, commissioned_by: undefined, attendance_code: undefined, off_site_direction: undefined, part_time_timetable: undefined, sessions: undefined, reason: 'Re-engagement with learning', send: 'none', objectives: [{ target: 'Attend 90% of sessions', by: '2026-02-13' }], reviews: [{ date: '2025-11-14' }], exit_plan: 'Return to school full-time', end_date: '2025-10-31', destination: 'Moved to the second course' }, { year_group: undefined, end_date: undefined, reason_category: undefined, commissioned_by: undefined, attendance_code: undefined, off_site_direction: undefined, part_time_timetable: undefined, sessions: undefined, destination: undefined, start_date: '2025-11-03', reason: 'Re-engagement with learning', send: 'none', objectives: [{ target: 'Attend 90% of sessions', by: '2026-02-13' }], reviews: [{ date: '2025-11-14' }], exit_plan: 'Return to school full-time' }] }) },
  ],
  invalid: [
    {
      name: 'the same pupil twice in one file, dates overlapping (case and spaces ignored)', files: placementFile({ placements: [{ year_group: undefined, end_date: undefined, reason_category: undefined, commissioned_by: undefined, attendance_code: undefined, off_site_direction: undefined, part_time_timetable: undefined, sessions: undefined, destination: undefined, reason: 'Re-engagement with learning', send: 'none', objectives: [{ target: 'Attend 90% of sessions', by: '2026-02-13' }], reviews: [{ date: '2025-11-14' }], exit_plan: 'Return to school full-time' }, { year_group: undefined, end_date: undefined, reason_category: undefined, commissioned_by: undefined, attendance_code: undefined, off_site_direction: undefined, part_time_timetable: undefined, sessions: undefined, destination: undefined, pupil: ' p-0042 ', reason: 'Re-engagement with learning', send: 'none', objectives: [{ target: 'Attend 90% of sessions', by: '2026-02-13' }], reviews: [{ date: '2025-11-14' }], exit_plan: 'Return to school full-time' }] }),
      errors: [
        { messageId: 'overlap', at: ['placements', 1], data: { pupil: 'pupil p-0042', first: 1, second: 2 } },
      ],
    },
    {
      name: 'an open-ended placement and an upcoming one overlap by the planned end', files: placementFile({ placements: [{ year_group: undefined, end_date: undefined, reason_category: undefined, commissioned_by: undefined, attendance_code: undefined, off_site_direction: undefined, part_time_timetable: undefined, sessions: undefined, destination: undefined, reason: 'Re-engagement with learning', send: 'none', objectives: [{ target: 'Attend 90% of sessions', by: '2026-02-13' }], reviews: [{ date: '2025-11-14' }], exit_plan: 'Return to school full-time' }, { year_group: undefined, end_date: undefined, reason_category: undefined, commissioned_by: undefined, attendance_code: undefined, off_site_direction: undefined, part_time_timetable: undefined, sessions: undefined, destination: undefined, start_date: '2026-01-05', planned_end_date: '2026-03-27', reason: 'Re-engagement with learning', send: 'none', objectives: [{ target: 'Attend 90% of sessions', by: '2026-02-13' }], reviews: [{ date: '2025-11-14' }], exit_plan: 'Return to school full-time' }] }),
      errors: [
        { messageId: 'overlap', at: ['placements', 1] },
      ],
    },
  ],
});
