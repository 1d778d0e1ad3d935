// Lists of values the rules test against, in a module without zod: the rules, and so `ap-ready rules`,
// import these without loading the schema library (model/schema.ts re-exports them).

/** Registered providers that are schools, so a dual-registration code D fits (the attendance-code rule). */
export const REGISTERED_SCHOOL_TYPES = [
  'pru',
  'ap-academy',
  'ap-free-school',
  'independent-school',
  'independent-special-school',
  'special-school',
] as const;

export const VNS_AREAS = [
  'safeguarding',
  'health_and_safety',
  'admissions_and_support',
  'quality_of_education',
] as const;

/** What a pupil can gain at the provider (and, in an outcome, what they achieved). */
export const QUALIFICATION_TYPES = ['gcse', 'functional-skills', 'btec', 'other'] as const;

/** Who took part in a placement review; `pupil` is the pupil's own voice. */
export const REVIEW_PARTICIPANTS = [
  'school',
  'provider',
  'parent-or-carer',
  'pupil',
  'social-worker',
  'virtual-school',
  'local-authority',
  'other',
] as const;

/** Progress against one objective at a review. `met`, `not-met` and `dropped` close the objective. */
export const PROGRESS_STATUSES = ['not-started', 'on-track', 'off-track', 'met', 'not-met', 'dropped'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** What a review decided about the placement: `continue` is the decision placement-long-running looks for. */
export const REVIEW_DECISIONS = ['continue', 'extend', 'change', 'end'] as const;

/** How an ended placement ended. */
export const OUTCOME_RESULTS = [
  'reintegrated',
  'moved-to-another-school',
  'special-school',
  'another-ap',
  'post-16',
  'elective-home-education',
  'missing-education',
  'other',
] as const;

/** How a placement's cost is given: a rate per week, per session or per day, as the agreement states it. */
export const COST_UNITS = ['week', 'session', 'day'] as const;

/** What kind of school the config's `school.type` says this is. */
export const SCHOOL_TYPES = [
  'maintained',
  'maintained-special',
  'pru',
  'academy',
  'free-school',
  'special-academy',
  'non-maintained-special',
  'independent',
  'other',
] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/**
 * Schools whose governing body has no power to direct a pupil off-site under the Education Act 2002 s.29A,
 * a power of the governing bodies of maintained schools (community, foundation and voluntary schools and
 * maintained special schools). A PRU and "other" are left unjudged: the tool does not know enough.
 */
export const NO_OFF_SITE_DIRECTION_POWER: readonly SchoolType[] = [
  'academy',
  'free-school',
  'special-academy',
  'non-maintained-special',
  'independent',
];

/**
 * Every attendance mark a row may hold: the DfE register codes (School Attendance (Pupil Registration) (England)
 * Regulations 2024, Table 2) and the plain words providers' systems send (absent = no reason yet, as N).
 */
export const ATTENDANCE_MARKS = [
  '/',
  '\\',
  'L',
  'B',
  'D',
  'K',
  'P',
  'V',
  'W',
  'C',
  'C1',
  'C2',
  'E',
  'I',
  'J1',
  'M',
  'R',
  'S',
  'T',
  'G',
  'N',
  'O',
  'U',
  'X',
  'Y1',
  'Y2',
  'Y3',
  'Y4',
  'Y5',
  'Y6',
  'Y7',
  'Q',
  'Z',
  'present',
  'late',
  'absent',
] as const;

/** The date forms an attendance mapping may name (a time after the date, as Excel writes it, is ignored). */
export const ATTENDANCE_DATE_FORMATS = [
  'YYYY-MM-DD',
  'DD/MM/YYYY',
  'MM/DD/YYYY',
  'DD-MM-YYYY',
  'DD.MM.YYYY',
  'D MMM YYYY',
] as const;
export type AttendanceDateFormat = (typeof ATTENDANCE_DATE_FORMATS)[number];
