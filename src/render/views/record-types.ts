// The shapes of the records every document shows: a finding, a pupil at a provider, a placement that ended,
// a quality-assurance visit and a provider. Every field is present (null when the file does not say).

export interface FindingView {
  severity: 'error' | 'warn';
  severityLabel: 'Error' | 'Warning';
  rule: string;
  message: string;
  provider: string;
  file: string;
  line: number;
  column: number;
  /** Why an inline directive accepted it, for suppressed findings. */
  justification: string | null;
}

export interface PupilView {
  /** The pseudonymous reference, or a note that it is hidden. */
  reference: string;
  /** True when the reference looks like personal data and is not printed. */
  hidden: boolean;
  state: 'active' | 'upcoming' | 'ended';
  yearGroup: string | null;
  startDate: string;
  plannedEndDate: string | null;
  endDate: string | null;
  weeklyHours: number | null;
  daysAWeek: number;
  reason: string | null;
  reasonCategory: string | null;
  send: string;
  sendLabel: string;
  hasSend: boolean;
  ehcp: boolean;
  lookedAfter: boolean;
  /** Where the SEND and looked-after facts come from when this placement's own file says otherwise, in words. */
  factNotes: string[];
  partTime: boolean;
  commissionedBy: string;
  /** Other providers this pupil attends now (names). */
  alsoAt: string[];
  /** The sessions at this provider, Monday first. */
  sessions: SessionView[];
  /** The sessions, days with the same times together: "Mon–Fri 09:30–12:30". */
  /** Days and times, one line per set of times; online sessions marked. */
  sessionLines: { text: string; online: boolean }[];
  /**
   * Whether the pupil register records the pupil's whole week (their school sessions, [] counting) and
   * they are in AP now. Only then can a document say "Full-time timetable", and only when the week's
   * hours reach the full-time hours for their year group.
   */
  wholeWeekKnown: boolean;
  /** A part-time timetable's dates as recorded (register, else placement): "Agreed with the parent or carer …; review by …; ends …". */
  partTimeDetails: string | null;
  /** The whole week is known, falls short of full time, and no part-time timetable is recorded. */
  belowFullTime: boolean;
  /** What needs action, in words: a part-time timetable's review passed or used for behaviour, a placement past its planned end. */
  markers: string[];
  /**
   * "Part-time timetable" with its dates, "Full-time timetable (N hours a week: school and AP)",
   * "N hours a week in all (school and AP), fewer than the M expected for Year X", or
   * "Timetable outside AP not recorded".
   */
  timetable: string;
  /** Attendance at this placement over the last six school weeks, 0-100 to one decimal, from the attendance records; null without them. */
  attendancePercent: number | null;
}

export interface SessionView {
  day: string;
  /** "Mon". */
  dayShort: string;
  start: string;
  end: string;
  hours: number | null;
  /** Taught online (the session, or a provider that delivers only online). */
  online: boolean;
}

/** A placement that ended in the twelve months before the as-of date, and where the pupil went. */
export interface LeftView {
  reference: string;
  hidden: boolean;
  provider: string;
  yearGroup: string | null;
  startDate: string;
  endDate: string;
  /** The words for destination_category, or null when it is not recorded. */
  destinationCategory: string | null;
  /** The school's own words (destination). */
  destination: string | null;
  /** How the placement ended (outcome.result in words), or null when not recorded. */
  outcome: string | null;
}

export interface QaView {
  date: string;
  by: string;
  against: string | null;
  vns: boolean;
  outcome: string;
  outcomeLabel: string;
  areas: { label: string; outcome: string | null; outcomeLabel: string | null }[];
  hasAreas: boolean;
  notes: string | null;
  /** The VNS safeguarding and welfare area does not meet the standard, whatever the overall outcome. */
  safeguardingFails: boolean;
}

export interface ProviderView {
  position: number;
  name: string;
  file: string;
  address: { line1: string; line2: string | null; town: string; postcode: string };
  /** Satellite or subcontracted sites where pupils may be taught, each with its address. */
  sites: {
    name: string | null;
    subcontracted: boolean;
    address: { line1: string; line2: string | null; town: string; postcode: string };
  }[];
  registered: boolean;
  registrationStatus: 'Registered' | 'Unregistered';
  registrationType: string | null;
  urn: string | null;
  /** An unregistered provider's own total of full-time pupils of compulsory school age from all schools, as it confirmed it. */
  fullTimeConfirmed: { count: number; date: string } | null;
  delivery: string | null;
  inUse: boolean;
  /** Distinct pupils with an active placement here. */
  pupilCount: number;
  reasons: { label: string; count: number }[];
  /** Active placements, by start date. */
  pupils: PupilView[];
  upcoming: PupilView[];
  endedCount: number;
  contact: { name: string | null; email: string | null; phone: string | null };
  safeguarding: {
    dslName: string | null;
    dslPhone: string | null;
    dslEmail: string | null;
    staffChecksConfirmed: string | null;
    policyReviewed: string | null;
    /** The written confirmation is older than staff_checks_max_age_days: out of date, not a plain "Yes". */
    staffChecksStale: boolean;
  };
  agreement: { signed: string | null; expires: string | null; expired: boolean };
  attendanceReporting: { method: string | null; withinMinutes: number | null };
  curriculum: string[];
  qualityAssurance: QaView[];
  latestQa: QaView | null;
  findings: FindingView[];
  errorCount: number;
  warningCount: number;
}
