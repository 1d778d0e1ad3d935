// The words documents use for the data model's values (registration types, reasons, SEND, QA outcomes,
// days…), shared by every document's view.
export const REGISTRATION_TYPES: Record<string, string> = {
  pru: 'Pupil referral unit',
  'ap-academy': 'AP academy',
  'ap-free-school': 'AP free school',
  'independent-school': 'Independent school',
  'independent-special-school': 'Independent special school',
  'special-school': 'Special school',
  'fe-college': 'Further education college',
  'online-provider': 'Online provider',
  tuition: 'Tuition',
  vocational: 'Vocational',
  therapeutic: 'Therapeutic',
  'sport-or-outdoor': 'Sport or outdoor',
  'care-farm': 'Care farm',
  online: 'Online',
  other: 'Other',
};
export const REASON_CATEGORIES: Record<string, string> = {
  behaviour: 'Behaviour',
  semh: 'Social, emotional and mental health',
  medical: 'Medical',
  send: 'SEND',
  exclusion: 'Exclusion',
  reintegration: 'Reintegration',
  'school-refusal': 'School refusal',
  'vocational-course': 'Vocational course',
  other: 'Other',
};
export const SEND: Record<string, string> = { none: 'None', 'sen-support': 'SEN support', ehcp: 'EHC plan' };
export const CURRICULUM: Record<string, string> = {
  english: 'English',
  maths: 'Maths',
  science: 'Science',
  pshe: 'PSHE',
  rse: 'RSE',
  careers: 'Careers',
  vocational: 'Vocational',
  mentoring: 'Mentoring',
  'physical-education': 'Physical education',
  other: 'Other',
};
export const QA_AGAINST: Record<string, string> = {
  'voluntary-national-standards': 'Voluntary national standards',
  'local-authority-framework': 'Local authority framework',
  other: 'Other',
};
export const QA_OUTCOMES: Record<string, string> = {
  meets: 'Meets',
  'partly-meets': 'Partly meets',
  'does-not-meet': 'Does not meet',
};
export const VNS_AREAS: [
  key: 'safeguarding' | 'health_and_safety' | 'admissions_and_support' | 'quality_of_education',
  label: string,
][] = [
  ['safeguarding', 'Safeguarding and welfare'],
  ['health_and_safety', 'Health and safety'],
  ['admissions_and_support', 'Admissions and support'],
  ['quality_of_education', 'Quality of education'],
];
export const DELIVERY: Record<string, string> = {
  'in-person': 'In person',
  online: 'Online',
  mixed: 'In person and online',
};
export const REPORTING: Record<string, string> = {
  email: 'Email',
  phone: 'Phone',
  portal: 'Online portal',
  other: 'Other',
};
export const COMMISSIONED_BY: Record<string, string> = {
  school: 'The school',
  'local-authority': 'The local authority',
};
export const ATTENDANCE_CODES: Record<string, string> = {
  B: 'B: other approved educational activity',
  D: 'D: dual registered',
  K: 'K: arranged by the local authority',
  P: 'P: supervised sporting activity',
  V: 'V: educational visit or trip',
  W: 'W: work experience',
};
export const QUALIFICATIONS: Record<string, string> = {
  gcse: 'GCSE',
  'functional-skills': 'Functional skills',
  btec: 'BTEC',
  other: 'Other qualification',
};
/** The categories of `destination_category` on ended placements, in the order documents list them. */
export const DESTINATION_CATEGORIES: [key: string, label: string][] = [
  ['school', "On the school's roll"],
  ['another-school', 'Another school'],
  ['special-school', 'Special school'],
  ['college', 'College'],
  ['apprenticeship', 'Apprenticeship'],
  ['employment', 'Employment'],
  ['neet', 'Not in education, employment or training (NEET)'],
  ['unknown', 'Not known'],
];
/** The same, by key. */
export const DESTINATION_LABELS: Record<string, string> = Object.fromEntries(DESTINATION_CATEGORIES);
export const DAYS: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
export const DAY_ORDER = Object.keys(DAYS);

export const label = (words: Record<string, string>, value: string | null | undefined) =>
  value ? (words[value] ?? value) : null;
export const PROGRESS_STATUS: Record<string, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'off-track': 'Off track',
  met: 'Met',
  'not-met': 'Not met',
  dropped: 'Dropped',
};
export const PARTICIPANTS: Record<string, string> = {
  school: 'school',
  provider: 'provider',
  'parent-or-carer': 'parent or carer',
  pupil: 'pupil',
  'social-worker': 'social worker',
  'virtual-school': 'virtual school',
  'local-authority': 'local authority',
  other: 'other',
};
export const DECISIONS: Record<string, string> = {
  continue: 'Continue',
  extend: 'Extend',
  change: 'Change',
  end: 'End',
};
export const OUTCOME_RESULTS: Record<string, string> = {
  reintegrated: 'Reintegrated into school',
  'moved-to-another-school': 'Moved to another school',
  'special-school': 'Special school',
  'another-ap': 'Another alternative provision',
  'post-16': 'Post-16 education or training',
  'elective-home-education': 'Elective home education',
  'missing-education': 'Missing education',
  other: 'Other',
};
