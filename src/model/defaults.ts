// The default thresholds as a plain object, for `ap-ready rules` (its catalogue states the defaults),
// which must start without loading zod. model/config.ts's schema is where the defaults are declared;
// test/schema/defaults.test.ts fails when these differ from what that schema gives.
import type { Thresholds } from './config.js';

export const DEFAULT_THRESHOLDS: Thresholds = {
  qa_max_age_days: 365,
  staff_checks_max_age_days: 365,
  review_interval_days: 42,
  attendance_report_minutes: 30,
  full_time_hours: 18,
  unregistered_full_time_pupils: 5,
  combined_hours_max: 32.5,
  hours_tolerance: 0.25,
  personal_development_min_days: 2,
  off_site_direction_notice_days: 2,
  unregistered_max_weeks: 12,
  unregistered_max_sessions: 4,
  unregistered_max_days: 2,
  pep_review_days: 105,
  full_time_week_hours: { reception_to_y2: 21, y3_to_y6: 23.5, y7_to_y10: 24, y11: 25, unknown: 24 },
  attendance_persistent_percent: 90,
  attendance_severe_percent: 50,
  attendance_window_weeks: 6,
  attendance_decline_points: 10,
  long_running_weeks: 26,
};
