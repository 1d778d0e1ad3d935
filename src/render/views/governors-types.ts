// The shape of the governors' termly report's view (templates/governors.hbs). No pupil reference appears
// anywhere in it, and every count is text, so a count below 3 can only ever read "fewer than 3" or "withheld". A leaf module.

export interface GovernorsRow {
  label: string;
  thisTerm: string;
  lastTerm: string;
}

export interface GovernorsProviderView {
  name: string;
  registration: string;
  qa: string;
  safeguarding: string;
  /** "£1,234" (an estimate from the timetable), or null without a cost. */
  spend: string | null;
}

export interface GovernorsFields {
  term: { id: string; name: string; start: string; end: string };
  lastTerm: { name: string; start: string; end: string };
  nextTerm: { name: string; start: string; end: string };
  /** This term beside the last: pupils and their needs, placements started and ended, reviews, objectives. */
  rows: GovernorsRow[];
  outcomes: GovernorsRow[];
  destinations: GovernorsRow[];
  attendanceSvg: string | null;
  /** The chart's figures as text: "Week of 7 September 2026: 91%". */
  attendanceWeeks: { monday: string; percent: string }[];
  providers: GovernorsProviderView[];
  spendTotal: string | null;
  /** What falls due next term, by kind of obligation. */
  dueNextTerm: { label: string; count: string }[];
  smallCount: number;
  /** What a cell withheld against differencing prints. */
  withheldWord: string;
  /** Placements ended, but too few to say how without a count of 1 or 2 being worked out. */
  endedWithheld: boolean;
}
