// Where the date fields are in a placement file: the loader checks and normalises exactly these.

/** Paths (relative to the provider block or to one placement) of every date field, for `date-format` and `dates-order`. */
export const PROVIDER_DATE_PATHS: (string | number)[][] = [
  ['registration', 'full_time_pupils_confirmed', 'date'],
  ['safeguarding', 'staff_checks_confirmed'],
  ['safeguarding', 'policy_reviewed'],
  ['agreement', 'signed'],
  ['agreement', 'expires'],
  ['quality_assurance', '*', 'date'],
];
export const PLACEMENT_DATE_PATHS: (string | number)[][] = [
  ['start_date'],
  ['planned_end_date'],
  ['end_date'],
  ['la_notified'],
  ['social_worker_informed'],
  ['risk_assessment'],
  ['off_site_direction', 'notice_date'],
  ['off_site_direction', 'la_notice_date'],
  ['part_time_timetable', 'agreed_with_parent'],
  ['part_time_timetable', 'review_date'],
  ['part_time_timetable', 'end_date'],
  ['pre_commissioning_discussion', 'date'],
  ['objectives', '*', 'by'],
  ['reviews', '*', 'date'],
  ['reviews', '*', 'next_review'],
  ['maximum_end_date'],
  ['outcome', 'sustained_check', 'date'],
  ['outcome', 'la_informed'],
];

/** Date fields of one pupil entry, for `date-format`. */
export const PUPIL_DATE_PATHS: (string | number)[][] = [
  ['part_time_timetable', 'agreed_with_parent'],
  ['part_time_timetable', 'review_date'],
  ['part_time_timetable', 'end_date'],
  ['part_time_timetable', 'la_informed'],
  ['looked_after_education', 'virtual_school_informed'],
  ['looked_after_education', 'pep_reviewed'],
  ['ehcp_la_consulted'],
];
