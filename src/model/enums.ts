// The closed lists of the placement file format (provider types, curriculum areas, QA outcomes, reasons,
// destinations, SEND statuses, days, attendance codes): the schema's enums, and the words the documents map them to.

export const REGISTERED_TYPES = [
  'pru',
  'ap-academy',
  'ap-free-school',
  'independent-school',
  'independent-special-school',
  'special-school',
  'fe-college',
  'online-provider',
  'other',
] as const;
export const UNREGISTERED_TYPES = [
  'tuition',
  'vocational',
  'therapeutic',
  'sport-or-outdoor',
  'care-farm',
  'online',
  'other',
] as const;
export const CURRICULUM_AREAS = [
  'english',
  'maths',
  'science',
  'pshe',
  'rse',
  'careers',
  'vocational',
  'mentoring',
  'physical-education',
  'other',
] as const;
export const QA_OUTCOMES = ['meets', 'partly-meets', 'does-not-meet'] as const;
export const REASON_CATEGORIES = [
  'behaviour',
  'semh',
  'medical',
  'send',
  'exclusion',
  'reintegration',
  'school-refusal',
  'vocational-course',
  'other',
] as const;
/** Where the pupil went once the placement ended: the kinds destination data is counted in. */
export const DESTINATION_CATEGORIES = [
  'school',
  'another-school',
  'special-school',
  'college',
  'apprenticeship',
  'employment',
  'neet',
  'unknown',
] as const;
export const SEND_STATUSES = ['none', 'sen-support', 'ehcp'] as const;
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const ATTENDANCE_CODES = ['B', 'D', 'K', 'P', 'V', 'W'] as const;

/** A rule's setting in the config: off, or the severity of its findings. */
export const SEVERITY_SETTINGS = ['off', 'warn', 'error'] as const;
