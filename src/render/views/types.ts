// The shape of each document's view: what its template may read. Every field is present (null when
// the file does not say), because templates run in strict mode.
import type { Counts } from '../../model/counts.js';
import type { AttendanceFields, WhereaboutsFields } from './week-types.js';
import type { PupilDocumentFields } from './pupil-types.js';
import type { GovernorsFields } from './governors-types.js';
import type { JourneyView } from './journey.js';
import type { DocumentInfo } from './document-info.js';
import type { HeldView } from './placement-held.js';
import type { FindingView, LeftView, ProviderView, PupilView } from './record-types.js';

export { DOCUMENTS, DOCUMENT_INFO, type DocumentId, type DocumentInfo } from './document-info.js';
export type { FindingView, LeftView, ProviderView, PupilView, QaView, SessionView } from './record-types.js';

export interface CountView {
  label: string;
  /** A count, or a figure already written out ("91.2%"). */
  value: number | string;
}

export interface BaseView {
  document: DocumentInfo;
  school: { name: string | null; urn: string | null; dsl: string | null; nameSet: boolean };
  /** ISO; templates write it with {{date asOf}}. */
  asOf: string;
  /** "23 November 2025 at 09:30". */
  generatedAt: string;
  version: string;
  counts: Counts;
  summary: CountView[];
  openIssues: { count: number; items: FindingView[]; more: number };
  /** Whether the document shows the checks' findings (--include-findings); the findings document always does. */
  findingsShown: boolean;
}

export interface PlanningCallView extends BaseView {
  providers: (ProviderView & { journey: JourneyView })[];
  upcoming: (PupilView & { provider: string })[];
  leftAp: LeftView[];
}

export interface ProviderQaView extends BaseView {
  providers: ProviderView[];
  inUseCount: number;
}

export interface PlacementView extends PupilView {
  provider: { name: string; registrationStatus: string; urn: string | null; town: string; postcode: string };
  reasonCategoryCode: string | null;
  attendanceCode: string | null;
  /** The safeguards and records held for the placement, each with its date or words, or marked not recorded. */
  held: HeldView[];
  /** The same, in two columns for the page (the first column the longer). */
  heldColumns: HeldView[][];
  hoursPerWeek: number | null;
  partTimeTimetable: {
    agreedWithParent: string | null;
    reviewDate: string | null;
    endDate: string | null;
    current: boolean;
  } | null;
  preCommissioning: { date: string; parentOrCarer: boolean | null; pupil: boolean | null } | null;
  /** Each objective with its latest recorded progress: "On track (84 of 90)". */
  objectives: { target: string; by: string | null; progress: string | null }[];
  /** Whole weeks since the start. */
  weeksInPlacement: number;
  reviews: { date: string; attendancePercent: number | null; notes: string | null; notesHeld: boolean }[];
  exitPlan: string | null;
  destination: string | null;
  findings: FindingView[];
}

export interface PlacementRecordsView extends BaseView {
  placements: PlacementView[];
  leftAp: LeftView[];
}

export interface FindingsGroupView {
  name: string;
  file: string;
  errors: FindingView[];
  warnings: FindingView[];
  suppressed: FindingView[];
  clean: boolean;
}

export interface FindingsView extends BaseView {
  totals: { errors: number; warnings: number; suppressed: number; files: number };
  groups: FindingsGroupView[];
  clean: { name: string; file: string }[];
}

export type AttendanceView = BaseView & AttendanceFields;
export type WhereaboutsView = BaseView & WhereaboutsFields;
/** The case pack (views/pupil.ts). */
export interface PupilDocumentView extends BaseView, PupilDocumentFields {}
/** The governors' termly report (views/governors.ts). */
export interface GovernorsView extends BaseView, GovernorsFields {}

export type DocumentView =
  | PlanningCallView
  | ProviderQaView
  | PlacementRecordsView
  | FindingsView
  | AttendanceView
  | WhereaboutsView
  | PupilDocumentView
  | GovernorsView;

export interface ViewOptions {
  version: string;
  now: Date;
  /** How many open issues the planning call lists before "and N more". */
  openIssuesShown?: number;
  /** Show the checks' findings in the planning call, provider QA and placement records (default: left out). */
  includeFindings?: boolean;
  /** render pupil: the pupil's reference, or every pupil. */
  pupil?: string;
  allPupils?: boolean;
  /** render governors: the term, such as autumn-2026 (default: the term of the as-of date). */
  term?: string;
  /** Print review notes in the placement records (default: left out; the record says notes are held). */
  includeNotes?: boolean;
}
