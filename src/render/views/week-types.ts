// The shapes of the attendance and whereabouts documents' views (beside BaseView, in types.ts): what
// their templates may read. Every field is present (null when the records do not say): templates run in
// strict mode. A leaf module: types.ts imports it, so it imports nothing from there.

// ── The attendance document (views/attendance.ts) ─────────────────────────────────────────────────

/** How a percentage reads against the thresholds: the template colours it. */
export type Level = 'ok' | 'low' | 'severe' | 'none';

export interface CountsView {
  possible: number;
  present: number;
  authorised: number;
  unauthorised: number;
  unexplained: number;
  notFollowedUp: number;
  /** Whole percent (rounded down, so 89.6% never reads as 90%), or null without a possible session. */
  percent: number | null;
  level: Level;
}

export interface WeekCellView {
  /** "present of possible", or null when no session counted that week. */
  text: string | null;
  percent: number | null;
  level: Level;
  /** Timetabled sessions that week with no mark received. */
  missing: number;
  /** The placement was not running that week (before its start or after its end). */
  notPlaced: boolean;
}

export interface AttendancePupilView {
  reference: string;
  hidden: boolean;
  yearGroup: string | null;
  /** "Started 7 September 2026"-style notes the template writes: ISO dates. */
  startDate: string;
  endDate: string | null;
  ended: boolean;
  counts: CountsView;
  /** Timetabled sessions in the window with no mark received. */
  missing: number;
  weeks: WeekCellView[];
}

export interface LateReportingView {
  /** Marks with a report time. */
  reported: number;
  late: number;
  withinMinutes: number;
  /** "55 minutes", "1 hour 35 minutes"; null when none was late. */
  median: string | null;
  worst: string | null;
}

export interface AttendanceProviderView {
  position: number;
  name: string;
  phone: string | null;
  pupils: AttendancePupilView[];
  total: CountsView;
  reporting: LateReportingView | null;
  /** No mark from this provider counted in the window. */
  noMarks: boolean;
}

export interface AttendanceFields {
  /** False when the school keeps no attendance records (no attendance folder, or no marks in it). */
  hasRecords: boolean;
  /** The folder the config names (for the "how to start" note). */
  folder: string;
  windowFrom: string | null;
  windowTo: string | null;
  windowWeeks: number;
  persistentPercent: number;
  severePercent: number;
  /** The school weeks of the grid, oldest first: their Mondays. */
  weeks: { monday: string; friday: string; label: string }[];
  providers: AttendanceProviderView[];
  overall: CountsView;
  pupilsBelowPersistent: number;
  pupilsBelowSevere: number;
  pupilsCounted: number;
  notFollowedUp: number;
  providersLate: number;
}

// ── The whereabouts document (views/whereabouts.ts) ───────────────────────────────────────────────

export interface PlaceView {
  kind: 'school' | 'provider';
  /** "School", or the provider's name. */
  name: string;
  /** The provider's letter in the key below the grid; null for school. */
  key: string | null;
  /** "08:45–15:15". */
  times: string;
  online: boolean;
}

export interface HalfDayCellView {
  /** Two for a day spent in one place (morning and afternoon drawn as one cell). */
  span: 1 | 2;
  places: PlaceView[];
  /** A school day with nothing recorded for this half-day. */
  notRecorded: boolean;
  /** Not a school day (a weekend, a holiday or INSET day by the term dates). */
  noSchool: boolean;
}

export interface WhereaboutsPupilView {
  reference: string;
  hidden: boolean;
  yearGroup: string | null;
  partTime: boolean;
  /** The pupil's school sessions are recorded in the register. */
  schoolKnown: boolean;
  /** Half-day cells, Monday morning first; a cell of span 2 stands for a whole day. */
  cells: HalfDayCellView[];
  notRecordedCount: number;
  /** Providers this pupil is placed with now whose placement records no days or times. */
  daysNotRecordedAt: string[];
}

export interface KeyProviderView {
  key: string;
  name: string;
  town: string;
  phone: string | null;
  contactName: string | null;
  dslName: string | null;
  dslPhone: string | null;
  online: boolean;
}

export interface WhereaboutsFields {
  /** Monday and Friday of the as-of week. */
  monday: string;
  friday: string;
  days: { date: string; label: string; schoolDay: boolean }[];
  /** The school keeps a pupil register (pupils.yaml). */
  hasRegister: boolean;
  pupils: WhereaboutsPupilView[];
  providers: KeyProviderView[];
  /** The key three providers a row. */
  keyRows: KeyProviderView[][];
  /** Pupils in AP whose school sessions the register does not record. */
  schoolUnknownCount: number;
  notRecordedCount: number;
}
