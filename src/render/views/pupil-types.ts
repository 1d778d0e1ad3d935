// The shape of the case pack's view (templates/pupil.hbs): one pupil's whole journey. Every field is
// present (null when the records do not say): templates run in strict mode. A leaf module.

export interface CaseObjectiveView {
  /** "objective \"attendance\"" or "objective 2". */
  name: string;
  target: string;
  by: string | null;
  measure: string | null;
  baseline: number | null;
  goal: number | null;
  /** Each review that recorded progress against it, oldest first. */
  points: { date: string; status: string; value: number | null }[];
  /** The latest status in words, or "No progress recorded". */
  status: string;
  met: boolean;
}

export interface CaseReviewView {
  date: string;
  /** "School, provider, parent or carer, pupil", or null when not recorded. */
  tookPart: string | null;
  pupilHeard: boolean;
  attendancePercent: number | null;
  engagement: number | null;
  readiness: number | null;
  decision: string | null;
  nextReview: string | null;
}

export interface CaseProviderStatusView {
  registration: string;
  urn: string | null;
  qa: string;
  safeguarding: string;
}

export interface CasePlacementView {
  provider: string;
  state: 'active' | 'upcoming' | 'ended';
  /** "14 September 2026 to now (9 weeks so far)", "starts 30 November 2026", "… to … (ended; 12 weeks)". */
  period: string;
  startDate: string;
  endDate: string | null;
  plannedEndDate: string | null;
  maximumEndDate: string | null;
  /** Whole weeks from the start to the end (or the as-of date). */
  weeks: number;
  reasonCategory: string | null;
  status: CaseProviderStatusView;
  objectives: CaseObjectiveView[];
  reviews: CaseReviewView[];
  /** At the last review that recorded progress: "2 of 3 objectives on track or met (12 November 2026)". */
  progressAtLastReview: string | null;
  exitPlan: string | null;
  outcome: {
    result: string;
    objectivesMet: string;
    qualifications: string[];
    sustained: string | null;
    laInformed: string | null;
  } | null;
  destination: string | null;
  destinationCategory: string | null;
}

export interface CaseSafeguardView {
  label: string;
  date: string | null;
  note: string | null;
}

export interface CaseDayView {
  day: string;
  am: string;
  pm: string;
}

export interface CaseView {
  reference: string;
  hidden: boolean;
  facts: { yearGroup: string | null; send: string; ehcp: boolean; lookedAfter: boolean; partTime: boolean };
  timelineSvg: string;
  attendanceSvg: string | null;
  attendanceWeeks: {
    monday: string;
    present: number;
    authorised: number;
    unauthorised: number;
    possible: number;
    percent: number | null;
  }[];
  placements: CasePlacementView[];
  /** The pupil's week as of the as-of date, morning and afternoon, when in AP now and the register records it. */
  week: CaseDayView[] | null;
  weekHours: string | null;
  safeguards: CaseSafeguardView[];
}

export interface PupilDocumentFields {
  pupils: CaseView[];
  /** --all: every pupil, one after another, a bookmark each. */
  all: boolean;
}
