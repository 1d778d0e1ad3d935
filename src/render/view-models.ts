// What each document shows, worked out here so the templates only lay it out. Every field is present
// (null when the file does not say), because templates run in strict mode. Dates stay ISO and numbers
// stay numbers: the templates' helpers write them the English way. Pupils appear only by their
// pseudonymous reference, and not even that when it looks like personal data (the pupil-reference rule).
import type { CheckResult } from '../check.js';
import type { Counts } from '../engine.js';
import type { Finding } from '../findings.js';
import type { PlacementFile, PlacementRecord } from '../load/placement-file.js';
import type { Placement, Provider } from '../model/schema.js';
import {
  hasCurrentPartTime, inUse, isActive, personalDataKind, placementState, pupilKey, sessionHours, weeklyHours,
} from '../rules/terms.js';

export const DOCUMENTS = ['planning-call', 'provider-qa', 'placement-records', 'findings'] as const;
export type DocumentId = (typeof DOCUMENTS)[number];

export interface DocumentInfo {
  id: DocumentId;
  title: string;
  orientation: 'portrait' | 'landscape';
  /** Printed on every page: "Confidential — contains pupil information". */
  confidential: boolean;
}

export const DOCUMENT_INFO: Record<DocumentId, DocumentInfo> = {
  'planning-call': { id: 'planning-call', title: 'Pupils in alternative provision', orientation: 'landscape', confidential: false },
  'provider-qa': { id: 'provider-qa', title: 'Alternative provision: provider quality assurance', orientation: 'portrait', confidential: false },
  'placement-records': { id: 'placement-records', title: 'Alternative provision: placement records', orientation: 'portrait', confidential: true },
  findings: { id: 'findings', title: 'Alternative provision: check results', orientation: 'portrait', confidential: false },
};

// ── Words for the schema's values ────────────────────────────────────────────────────────────────
const REGISTRATION_TYPES: Record<string, string> = {
  pru: 'Pupil referral unit', 'ap-academy': 'AP academy', 'ap-free-school': 'AP free school',
  'independent-school': 'Independent school', 'independent-special-school': 'Independent special school',
  'special-school': 'Special school', 'fe-college': 'Further education college', 'online-provider': 'Online provider',
  tuition: 'Tuition', vocational: 'Vocational', therapeutic: 'Therapeutic', 'sport-or-outdoor': 'Sport or outdoor',
  online: 'Online', other: 'Other',
};
const REASON_CATEGORIES: Record<string, string> = {
  behaviour: 'Behaviour', semh: 'Social, emotional and mental health', medical: 'Medical', send: 'SEND',
  exclusion: 'Exclusion', reintegration: 'Reintegration', 'school-refusal': 'School refusal', other: 'Other',
};
const SEND: Record<string, string> = { none: 'None', 'sen-support': 'SEN support', ehcp: 'EHC plan' };
const CURRICULUM: Record<string, string> = {
  english: 'English', maths: 'Maths', science: 'Science', pshe: 'PSHE', rse: 'RSE', careers: 'Careers',
  vocational: 'Vocational', mentoring: 'Mentoring', 'physical-education': 'Physical education', other: 'Other',
};
const QA_AGAINST: Record<string, string> = {
  'voluntary-national-standards': 'Voluntary national standards', 'local-authority-framework': 'Local authority framework', other: 'Other',
};
const QA_OUTCOMES: Record<string, string> = { meets: 'Meets', 'partly-meets': 'Partly meets', 'does-not-meet': 'Does not meet' };
const VNS_AREAS: [key: 'safeguarding' | 'health_and_safety' | 'admissions_and_support' | 'quality_of_education', label: string][] = [
  ['safeguarding', 'Safeguarding and welfare'], ['health_and_safety', 'Health and safety'],
  ['admissions_and_support', 'Admissions and support'], ['quality_of_education', 'Quality of education'],
];
const DELIVERY: Record<string, string> = { 'in-person': 'In person', online: 'Online', mixed: 'In person and online' };
const REPORTING: Record<string, string> = { email: 'Email', phone: 'Phone', portal: 'Online portal', other: 'Other' };
const COMMISSIONED_BY: Record<string, string> = { school: 'The school', 'local-authority': 'The local authority' };
const ATTENDANCE_CODES: Record<string, string> = {
  B: 'B: other approved educational activity', D: 'D: dual registered', K: 'K: arranged by the local authority',
  P: 'P: supervised sporting activity',
};
const DAYS: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const DAY_ORDER = Object.keys(DAYS);

const label = (words: Record<string, string>, value: string | null | undefined) => (value ? words[value] ?? value : null);
const text = (value: string | null | undefined) => (value === undefined || value === null || value.trim() === '' ? null : value.trim());
const byText = (a: string, b: string) => a.localeCompare(b, 'en-GB', { numeric: true, sensitivity: 'base' });

// ── Views ────────────────────────────────────────────────────────────────────────────────────────
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
  partTime: boolean;
  commissionedBy: string;
  /** Other providers this pupil attends now (names). */
  alsoAt: string[];
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
}

export interface ProviderView {
  position: number;
  name: string;
  file: string;
  address: { line1: string; line2: string | null; town: string; postcode: string };
  registered: boolean;
  registrationStatus: 'Registered' | 'Unregistered';
  registrationType: string | null;
  urn: string | null;
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
  safeguarding: { dslName: string | null; dslPhone: string | null; dslEmail: string | null; staffChecksConfirmed: string | null; policyReviewed: string | null };
  agreement: { signed: string | null; expires: string | null; expired: boolean };
  attendanceReporting: { method: string | null; withinMinutes: number | null };
  curriculum: string[];
  qualityAssurance: QaView[];
  latestQa: QaView | null;
  findings: FindingView[];
  errorCount: number;
  warningCount: number;
}

export interface CountView {
  label: string;
  value: number;
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
}

export interface PlanningCallView extends BaseView {
  providers: ProviderView[];
  upcoming: (PupilView & { provider: string })[];
}

export interface ProviderQaView extends BaseView {
  providers: ProviderView[];
  inUseCount: number;
}

export interface PlacementView extends PupilView {
  provider: { name: string; registrationStatus: string; urn: string | null; town: string; postcode: string };
  reasonCategoryCode: string | null;
  attendanceCode: string | null;
  laNotified: string | null;
  offSiteDirection: { noticeDate: string } | null;
  sessions: { day: string; start: string; end: string; hours: number | null }[];
  hoursPerWeek: number | null;
  partTimeTimetable: { agreedWithParent: string | null; reviewDate: string | null; endDate: string | null; current: boolean } | null;
  preCommissioning: { date: string; parentOrCarer: boolean | null; pupil: boolean | null } | null;
  objectives: { target: string; by: string | null }[];
  reviews: { date: string; attendancePercent: number | null; notes: string | null }[];
  exitPlan: string | null;
  destination: string | null;
  findings: FindingView[];
}

export interface PlacementRecordsView extends BaseView {
  placements: PlacementView[];
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

export type DocumentView = PlanningCallView | ProviderQaView | PlacementRecordsView | FindingsView;

export interface ViewOptions {
  version: string;
  now: Date;
  /** How many open issues the planning call lists before "and N more". */
  openIssuesShown?: number;
}

// ── Building blocks ──────────────────────────────────────────────────────────────────────────────
function generatedAt(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${now.getDate()} ${months[now.getMonth()]} ${now.getFullYear()} at ${p(now.getHours())}:${p(now.getMinutes())}`;
}

const providerName = (file: PlacementFile) => file.provider?.name.trim() || file.displayPath;

function findingView(f: Finding, file: PlacementFile | undefined): FindingView {
  return {
    severity: f.severity, severityLabel: f.severity === 'error' ? 'Error' : 'Warning', rule: f.ruleId, message: f.message,
    provider: file ? providerName(file) : f.file, file: file?.displayPath ?? f.file, line: f.line, column: f.column,
    justification: f.suppression?.justification ?? null,
  };
}

/** A pupil's reference as documents print it: hidden when it looks like a name, a date, an email address or a UPN. */
export function pupilReference(record: PlacementRecord): { reference: string; hidden: boolean } {
  return personalDataKind(record.placement.pupil)
    ? { reference: `Reference hidden (placement ${record.index + 1} in the file)`, hidden: true }
    : { reference: record.placement.pupil.trim(), hidden: false };
}

const yearGroup = (p: Placement) => (p.year_group === undefined || p.year_group === null ? null : p.year_group === 'R' ? 'Reception' : `Year ${p.year_group}`);

class Context {
  readonly byFile = new Map<string, Finding[]>();
  /** pupil key → providers where that pupil has an active placement. */
  readonly activeAt = new Map<string, Set<string>>();

  constructor(readonly result: CheckResult) {
    for (const f of result.findings) {
      let list = this.byFile.get(f.file);
      if (!list) this.byFile.set(f.file, (list = []));
      list.push(f);
    }
    for (const file of result.files) {
      for (const r of file.placements) {
        if (!isActive(r.placement, result.asOf)) continue;
        const key = pupilKey(r.placement.pupil);
        let set = this.activeAt.get(key);
        if (!set) this.activeAt.set(key, (set = new Set()));
        set.add(providerName(file));
      }
    }
  }

  /** Findings that count (not suppressed), errors first. */
  findingsOf(file: PlacementFile): FindingView[] {
    return (this.byFile.get(file.path) ?? []).filter((f) => !f.suppression)
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
      .map((f) => findingView(f, file));
  }

  pupil(file: PlacementFile, record: PlacementRecord): PupilView {
    const p = record.placement, asOf = this.result.asOf;
    const hours = weeklyHours(p);
    const others = [...(this.activeAt.get(pupilKey(p.pupil)) ?? [])].filter((n) => n !== providerName(file)).sort(byText);
    return {
      ...pupilReference(record),
      state: placementState(p, asOf),
      yearGroup: yearGroup(p),
      startDate: p.start_date,
      plannedEndDate: p.planned_end_date ?? null,
      endDate: p.end_date ?? null,
      weeklyHours: hours ?? null,
      daysAWeek: new Set((p.sessions ?? []).map((s) => s.day)).size,
      reason: text(p.reason),
      reasonCategory: label(REASON_CATEGORIES, p.reason_category),
      send: p.send,
      sendLabel: SEND[p.send] ?? p.send,
      hasSend: p.send === 'sen-support' || p.send === 'ehcp',
      ehcp: p.send === 'ehcp',
      lookedAfter: p.looked_after,
      partTime: hasCurrentPartTime(p, asOf),
      commissionedBy: COMMISSIONED_BY[p.commissioned_by ?? 'school'],
      // Only someone placed here now can be "also at" somewhere else now.
      alsoAt: isActive(p, asOf) ? others : [],
    };
  }

  provider(file: PlacementFile, position: number): ProviderView {
    const prov = file.provider as Provider;
    const asOf = this.result.asOf;
    const reg = prov.registration;
    const registered = reg.status === 'registered';
    const records = [...file.placements];
    const active = records.filter((r) => isActive(r.placement, asOf));
    const sortPupils = (a: PupilView, b: PupilView) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : byText(a.reference, b.reference));
    const pupils = active.map((r) => this.pupil(file, r)).sort(sortPupils);
    const upcoming = records.filter((r) => placementState(r.placement, asOf) === 'upcoming').map((r) => this.pupil(file, r)).sort(sortPupils);
    const reasonCounts = new Map<string, Set<string>>();
    for (const r of active) {
      const l = label(REASON_CATEGORIES, r.placement.reason_category) ?? 'Not categorised';
      let set = reasonCounts.get(l);
      if (!set) reasonCounts.set(l, (set = new Set()));
      set.add(pupilKey(r.placement.pupil));
    }
    const qa = [...(prov.quality_assurance ?? [])].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).map((q): QaView => {
      const areas = VNS_AREAS.map(([key, l]) => {
        const outcome = q.areas?.[key] ?? null;
        return { label: l, outcome, outcomeLabel: label(QA_OUTCOMES, outcome) };
      });
      return {
        date: q.date, by: q.by, against: label(QA_AGAINST, q.against), vns: q.against === 'voluntary-national-standards',
        outcome: q.outcome, outcomeLabel: QA_OUTCOMES[q.outcome] ?? q.outcome, areas, hasAreas: areas.some((a) => a.outcome), notes: text(q.notes),
      };
    });
    const findings = this.findingsOf(file);
    return {
      position,
      name: prov.name.trim(),
      file: file.displayPath,
      address: { line1: prov.address.line1, line2: text(prov.address.line2), town: prov.address.town, postcode: prov.address.postcode },
      registered,
      registrationStatus: registered ? 'Registered' : 'Unregistered',
      registrationType: label(REGISTRATION_TYPES, reg.type),
      urn: registered && reg.urn !== undefined && reg.urn !== null && String(reg.urn).trim() !== '' ? String(reg.urn).trim() : null,
      delivery: label(DELIVERY, prov.delivery),
      inUse: inUse(file, asOf),
      pupilCount: new Set(active.map((r) => pupilKey(r.placement.pupil))).size,
      reasons: [...reasonCounts].map(([l, set]) => ({ label: l, count: set.size })).sort((a, b) => b.count - a.count || byText(a.label, b.label)),
      pupils,
      upcoming,
      endedCount: records.filter((r) => placementState(r.placement, asOf) === 'ended').length,
      contact: { name: text(prov.contact?.name), email: text(prov.contact?.email), phone: text(prov.contact?.phone) },
      safeguarding: {
        dslName: text(prov.safeguarding?.dsl?.name), dslPhone: text(prov.safeguarding?.dsl?.phone), dslEmail: text(prov.safeguarding?.dsl?.email),
        staffChecksConfirmed: prov.safeguarding?.staff_checks_confirmed ?? null, policyReviewed: prov.safeguarding?.policy_reviewed ?? null,
      },
      agreement: {
        signed: prov.agreement?.signed ?? null, expires: prov.agreement?.expires ?? null,
        expired: !!prov.agreement?.expires && prov.agreement.expires < asOf,
      },
      attendanceReporting: { method: label(REPORTING, prov.attendance_reporting?.method), withinMinutes: prov.attendance_reporting?.within_minutes ?? null },
      curriculum: (prov.curriculum ?? []).map((c) => CURRICULUM[c] ?? c),
      qualityAssurance: qa,
      latestQa: qa[0] ?? null,
      findings,
      errorCount: findings.filter((f) => f.severity === 'error').length,
      warningCount: findings.filter((f) => f.severity === 'warn').length,
    };
  }

  /** Files that have a valid provider block (render refuses before this when one has not). */
  get providerFiles(): PlacementFile[] {
    return this.result.files.filter((f) => f.provider).sort((a, b) => byText(providerName(a), providerName(b)) || byText(a.path, b.path));
  }
}

function base(document: DocumentInfo, result: CheckResult, options: ViewOptions): BaseView {
  const school = result.config.school;
  const name = text(school?.name ?? null);
  const c = result.counts;
  const files = new Map(result.files.map((f) => [f.path, f]));
  const errors = result.findings.filter((f) => f.severity === 'error' && !f.suppression);
  const shown = options.openIssuesShown ?? 8;
  return {
    document,
    school: {
      name, nameSet: name !== null,
      urn: school?.urn === undefined || school?.urn === null ? null : String(school.urn),
      dsl: text(school?.dsl ?? null),
    },
    asOf: result.asOf,
    generatedAt: generatedAt(options.now),
    version: options.version,
    counts: c,
    summary: [
      { label: 'Pupils in alternative provision', value: c.pupils },
      { label: 'With SEND', value: c.send },
      { label: 'With an EHC plan', value: c.ehcp },
      { label: 'On a part-time timetable', value: c.partTime },
      { label: 'Looked after', value: c.lookedAfter },
      { label: 'Registered providers in use', value: c.providersRegistered },
      { label: 'Unregistered providers in use', value: c.providersUnregistered },
    ],
    openIssues: {
      count: errors.length,
      items: errors.slice(0, shown).map((f) => findingView(f, files.get(f.file))),
      more: Math.max(0, errors.length - shown),
    },
  };
}

// ── The documents ────────────────────────────────────────────────────────────────────────────────
export function planningCallView(result: CheckResult, options: ViewOptions): PlanningCallView {
  const ctx = new Context(result);
  const all = ctx.providerFiles.map((f, i) => ctx.provider(f, i + 1));
  const providers = all.filter((p) => p.pupils.length > 0).map((p, i) => ({ ...p, position: i + 1 }));
  const upcoming = all.flatMap((p) => p.upcoming.map((u) => ({ ...u, provider: p.name })))
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : byText(a.reference, b.reference)));
  return { ...base(DOCUMENT_INFO['planning-call'], result, options), providers, upcoming };
}

export function providerQaView(result: CheckResult, options: ViewOptions): ProviderQaView {
  const ctx = new Context(result);
  const files = ctx.providerFiles;
  // Providers in use first: the QA that matters now; then those with only ended placements, for the record.
  const ordered = [...files.filter((f) => inUse(f, result.asOf)), ...files.filter((f) => !inUse(f, result.asOf))];
  const providers = ordered.map((f, i) => ctx.provider(f, i + 1));
  return { ...base(DOCUMENT_INFO['provider-qa'], result, options), providers, inUseCount: providers.filter((p) => p.inUse).length };
}

/** Which lines of its file each placement spans, so a finding can be shown with the placement it is about. */
function placementLines(file: PlacementFile, record: PlacementRecord): [number, number] {
  const pos = file.at(['placements', record.index]);
  return [pos.line, pos.endLine ?? pos.line];
}

export function placementRecordsView(result: CheckResult, options: ViewOptions): PlacementRecordsView {
  const ctx = new Context(result);
  const placements: PlacementView[] = [];
  for (const file of ctx.providerFiles) {
    const prov = file.provider as Provider;
    const fileFindings = ctx.findingsOf(file);
    for (const record of file.placements) {
      const p = record.placement;
      if (!isActive(p, result.asOf)) continue;
      const [from, to] = placementLines(file, record);
      const pt = p.part_time_timetable;
      placements.push({
        ...ctx.pupil(file, record),
        provider: {
          name: prov.name.trim(), registrationStatus: prov.registration.status === 'registered' ? 'Registered' : 'Unregistered',
          urn: prov.registration.status === 'registered' && prov.registration.urn != null ? String(prov.registration.urn) : null,
          town: prov.address.town, postcode: prov.address.postcode,
        },
        reasonCategoryCode: p.reason_category ?? null,
        attendanceCode: label(ATTENDANCE_CODES, p.attendance_code),
        laNotified: p.la_notified ?? null,
        offSiteDirection: p.off_site_direction ? { noticeDate: p.off_site_direction.notice_date } : null,
        sessions: [...(p.sessions ?? [])]
          .sort((a, b) => DAY_ORDER.indexOf(a.day) - DAY_ORDER.indexOf(b.day) || (a.start < b.start ? -1 : 1))
          .map((s) => ({ day: DAYS[s.day] ?? s.day, start: s.start, end: s.end, hours: sessionHours(s) ?? null })),
        hoursPerWeek: p.hours_per_week ?? null,
        partTimeTimetable: pt ? {
          agreedWithParent: pt.agreed_with_parent ?? null, reviewDate: pt.review_date ?? null, endDate: pt.end_date ?? null,
          current: hasCurrentPartTime(p, result.asOf),
        } : null,
        preCommissioning: p.pre_commissioning_discussion ? {
          date: p.pre_commissioning_discussion.date,
          parentOrCarer: p.pre_commissioning_discussion.parent_or_carer ?? null,
          pupil: p.pre_commissioning_discussion.pupil ?? null,
        } : null,
        objectives: (p.objectives ?? []).map((o) => ({ target: o.target, by: o.by ?? null })),
        reviews: [...(p.reviews ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
          .map((r) => ({ date: r.date, attendancePercent: r.attendance_percent ?? null, notes: text(r.notes) })),
        exitPlan: text(p.exit_plan),
        destination: text(p.destination),
        findings: fileFindings.filter((f) => f.line >= from && f.line <= to),
      });
    }
  }
  placements.sort((a, b) => Number(a.hidden) - Number(b.hidden) || byText(a.reference, b.reference) || byText(a.provider.name, b.provider.name));
  return { ...base(DOCUMENT_INFO['placement-records'], result, options), placements };
}

export function findingsView(result: CheckResult, options: ViewOptions): FindingsView {
  const ctx = new Context(result);
  const files = [...result.files].sort((a, b) => byText(providerName(a), providerName(b)) || byText(a.path, b.path));
  const groups: FindingsGroupView[] = [];
  const clean: { name: string; file: string }[] = [];
  let errors = 0, warnings = 0, suppressed = 0;
  for (const file of files) {
    const all = (ctx.byFile.get(file.path) ?? []).map((f) => findingView(f, file));
    const group: FindingsGroupView = {
      name: providerName(file), file: file.displayPath,
      errors: all.filter((f) => f.severity === 'error' && f.justification === null),
      warnings: all.filter((f) => f.severity === 'warn' && f.justification === null),
      suppressed: all.filter((f) => f.justification !== null),
      clean: false,
    };
    errors += group.errors.length; warnings += group.warnings.length; suppressed += group.suppressed.length;
    group.clean = group.errors.length + group.warnings.length + group.suppressed.length === 0;
    if (group.clean) clean.push({ name: group.name, file: group.file });
    else groups.push(group);
  }
  // Attendance CSVs: their findings (unreadable rows, late reports, absences) are listed under the file's name.
  for (const other of result.otherFiles ?? []) {
    const all = (ctx.byFile.get(other.path) ?? []).map((f) => ({ ...findingView(f, undefined), provider: other.displayPath, file: other.displayPath }));
    const group: FindingsGroupView = {
      name: other.displayPath, file: other.displayPath,
      errors: all.filter((f) => f.severity === 'error' && f.justification === null),
      warnings: all.filter((f) => f.severity === 'warn' && f.justification === null),
      suppressed: [], clean: all.length === 0,
    };
    errors += group.errors.length; warnings += group.warnings.length;
    if (group.clean) clean.push({ name: group.name, file: group.file });
    else groups.push(group);
  }
  return {
    ...base(DOCUMENT_INFO.findings, result, options),
    totals: { errors, warnings, suppressed, files: result.files.length + (result.otherFiles?.length ?? 0) },
    groups,
    clean,
  };
}

export function buildView(document: DocumentId, result: CheckResult, options: ViewOptions): DocumentView {
  switch (document) {
    case 'planning-call': return planningCallView(result, options);
    case 'provider-qa': return providerQaView(result, options);
    case 'placement-records': return placementRecordsView(result, options);
    case 'findings': return findingsView(result, options);
  }
}
