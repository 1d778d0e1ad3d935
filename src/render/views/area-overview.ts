// The area overview: the deep-dive questions an area (LA or trust) is asked about alternative provision,
// answered from its schools' placement records. Every count is a string here, because counts under the
// area's `small_count` print as "fewer than 3" (the convention for published figures about children)
// unless --exact-counts. Pupils are never listed, only counted; a pupil is `<school URN>/<ref>`.
import type { AreaResult } from '../../area/index.js';
import { areaPupilKey, providerInUse, type AreaProvider } from '../../area/providers.js';
import type { AreaSchool } from '../../area/schools.js';
import { inHomeArea } from '../../area/file.js';
import { qaRecords } from '../../area/rules/qa.js';
import { errorsByRule } from '../../area/rules/school-errors.js';
import { fullTimePupils } from '../../rules/utils/full-time.js';
import { hasCurrentPartTime, placementState, pupilKey } from '../../model/placement.js';
import { daysBetween } from '../../model/dates.js';
import { DESTINATION_CATEGORIES, QA_OUTCOMES, REASON_CATEGORIES, REGISTRATION_TYPES, label } from '../../model/labels.js';
import type { Placement } from '../../model/schema.js';
import type { PlacementRecord } from '../../load/placement-file.js';
import type { DocumentInfo } from './types.js';
import { generatedAt } from './context.js';

export const AREA_OVERVIEW: Omit<DocumentInfo, 'id'> & { id: 'area-overview' } = { id: 'area-overview', title: 'Alternative provision across the area', orientation: 'landscape', confidential: false };

/** Time in placement, for active placements: the bands the overview counts in. */
export const DURATION_BANDS: [maxDays: number, label: string][] = [
  [42, 'Under 6 weeks'], [91, '6 weeks to 3 months'], [183, '3 to 6 months'], [365, '6 to 12 months'], [Infinity, 'A year or more'],
];

export interface CountFormat { small: number; exact: boolean }

/** A count as the document prints it: "fewer than 3" under the small-count threshold unless exact. */
export function countText(n: number, f: CountFormat): string {
  return !f.exact && n < f.small ? `fewer than ${f.small}` : n.toLocaleString('en-GB');
}

interface PupilFigures { pupils: Set<string>; send: Set<string>; ehcp: Set<string>; partTime: Set<string>; lookedAfter: Set<string> }
const emptyFigures = (): PupilFigures => ({ pupils: new Set(), send: new Set(), ehcp: new Set(), partTime: new Set(), lookedAfter: new Set() });

function addPupil(f: PupilFigures, key: string, p: Placement, asOf: string): void {
  f.pupils.add(key);
  if (p.send === 'sen-support' || p.send === 'ehcp') f.send.add(key);
  if (p.send === 'ehcp') f.ehcp.add(key);
  if (hasCurrentPartTime(p, asOf)) f.partTime.add(key);
  if (p.looked_after) f.lookedAfter.add(key);
}

/** The school's active placements at a valid provider, as its run worked them out. */
function activePlacements(school: AreaSchool) {
  return school.result.run.placements.filter((p) => p.provider && p.state === 'active');
}
const isActive = (p: Placement, asOf: string) => placementState(p, asOf) === 'active';

const isOnline = (p: AreaProvider) => p.uses.some((u) => u.provider.delivery === 'online' || u.provider.delivery === 'mixed' || u.provider.registration.type === 'online' || u.provider.registration.type === 'online-provider');

export function buildAreaOverview(result: AreaResult, options: { exactCounts?: boolean; now: Date; version: string }) {
  const asOf = result.asOf;
  const f: CountFormat = { small: result.area.data.small_count, exact: options.exactCounts === true };
  const c = (n: number) => countText(n, f);
  // Schools whose files could not all be read are left out of the figures (their counts would be short), and named.
  const inFigures = result.schools.filter((s) => s.unreadable.length === 0);
  const inFiguresSet = new Set(inFigures);
  const figures = (x: PupilFigures) => ({ pupils: c(x.pupils.size), send: c(x.send.size), ehcp: c(x.ehcp.size), partTime: c(x.partTime.size), lookedAfter: c(x.lookedAfter.size) });

  // ── Headline ──
  const all = emptyFigures();
  const bySchool = inFigures.map((school) => {
    const mine = emptyFigures();
    for (const { placement } of activePlacements(school)) {
      const key = areaPupilKey(school, placement.pupil);
      addPupil(mine, key, placement, asOf);
      addPupil(all, key, placement, asOf);
    }
    return { name: school.name, urn: school.urn, ...figures(mine) };
  });

  // ── Providers: unregistered first, then online; within each, those used by most schools first ──
  const providers = result.providers
    .map((p) => ({ p, uses: p.uses.filter((u) => inFiguresSet.has(u.school)) }))
    .filter(({ uses }) => uses.length && providerInUse({ uses }))
    .map(({ p, uses }) => {
      const pupils = new Set<string>(), fullTime = new Set<string>();
      for (const u of uses) {
        for (const r of u.file.placements) if (isActive(r.placement, asOf)) pupils.add(areaPupilKey(u.school, r.placement.pupil));
        for (const ref of fullTimePupils(u.file, asOf, result.thresholds).keys()) fullTime.add(areaPupilKey(u.school, ref));
      }
      const latest = qaRecords({ ...p, uses }, result.directory).find((q) => q.date <= asOf);
      const checks = uses.map((u) => u.provider.safeguarding?.staff_checks_confirmed).filter((d): d is string => typeof d === 'string' && d <= asOf).sort().pop();
      const online = isOnline(p);
      const type = uses[0].provider.registration.type;
      return {
        name: p.name, postcode: p.postcode, registered: p.registered, online,
        registrationStatus: p.registered ? 'Registered' : 'Unregistered',
        registrationType: label(REGISTRATION_TYPES, type),
        urn: p.urn,
        schools: [...new Set(uses.map((u) => u.school.name))],
        pupils: c(pupils.size), fullTime: c(fullTime.size),
        latestQa: latest ? { date: latest.date, school: latest.by, outcome: label(QA_OUTCOMES, latest.outcome), outcomeClass: latest.outcome, ageDays: daysBetween(latest.date, asOf), overdue: daysBetween(latest.date, asOf) > result.thresholds.qa_max_age_days } : null,
        staffChecks: checks ? { date: checks, ageDays: daysBetween(checks, asOf), overdue: daysBetween(checks, asOf) > result.thresholds.staff_checks_max_age_days } : null,
        order: p.registered ? (online ? 1 : 2) : 0,
      };
    })
    .sort((a, b) => a.order - b.order || b.schools.length - a.schools.length || a.name.localeCompare(b.name, 'en-GB'));

  // ── Out of area ──
  const home = result.area.data.home_postcode_areas ?? [];
  const outOfArea = home.length === 0 ? null : providers.length === 0 ? [] : result.providers.flatMap((p) => {
    if (!p.postcode || inHomeArea(p.postcode, home)) return [];
    const ehcp = new Set<string>(), send = new Set<string>(), reasons = new Map<string, Set<string>>();
    for (const u of p.uses) {
      if (!inFiguresSet.has(u.school)) continue;
      for (const r of u.file.placements) {
        const pl = r.placement;
        if (!isActive(pl, asOf) || (pl.send !== 'ehcp' && pl.send !== 'sen-support')) continue;
        const key = areaPupilKey(u.school, pl.pupil);
        (pl.send === 'ehcp' ? ehcp : send).add(key);
        const reason = label(REASON_CATEGORIES, pl.reason_category) ?? 'Reason not recorded';
        reasons.set(reason, (reasons.get(reason) ?? new Set()).add(key));
      }
    }
    if (ehcp.size + send.size === 0) return [];
    return [{ name: p.name, postcode: p.postcode, schools: [...new Set(p.uses.filter((u) => inFiguresSet.has(u.school)).map((u) => u.school.name))], ehcp: c(ehcp.size), senSupport: c(send.size),
      reasons: [...reasons].map(([label, set]) => ({ label, count: c(set.size) })) }];
  });

  // ── More than one setting; time in placement ──
  const settings = inFigures.map((school) => {
    const providersOf = new Map<string, Set<string>>();
    const bands = DURATION_BANDS.map(() => 0);
    for (const { file, placement } of activePlacements(school)) {
      const k = pupilKey(placement.pupil);
      providersOf.set(k, (providersOf.get(k) ?? new Set()).add(file.path));
      const days = daysBetween(String(placement.start_date), asOf);
      bands[DURATION_BANDS.findIndex(([max]) => days < max)]++;
    }
    const multiple = [...providersOf.values()].filter((s) => s.size > 1).length;
    return { name: school.name, multiple: c(multiple), bands: bands.map(c) };
  });

  // ── Attendance, by school and by provider ──
  // A school that keeps attendance records (attendance/*.csv) gives each active placement's attendance
  // over the last attendance_window_weeks school weeks of marks; a school that keeps none gives the
  // percentage recorded at the placement's latest review. Each school's row says which it is.
  const latestAttendance = (placement: Placement) => (placement.reviews ?? [])
    .filter((v) => String(v.date) <= asOf && typeof v.attendance_percent === 'number')
    .sort((a, b) => (String(a.date) < String(b.date) ? 1 : -1))[0]?.attendance_percent as number | undefined;
  const fromRecords = (school: AreaSchool) => school.result.run.attendance !== undefined;
  const recordPercent = new Map<PlacementRecord, number>();
  for (const school of inFigures) {
    for (const a of school.result.run.attendance?.placements ?? []) if (a.window.percent !== undefined) recordPercent.set(a.record, a.window.percent);
  }
  const placementAttendance = (school: AreaSchool, record: PlacementRecord) => (fromRecords(school) ? recordPercent.get(record) : latestAttendance(record.placement));
  // An average over fewer placements than small_count could tell one pupil's attendance: it is not printed.
  const average = (xs: number[]) => (xs.length && (f.exact || xs.length >= f.small) ? `${Math.round(xs.reduce((n, x) => n + x, 0) / xs.length)}%` : xs.length ? 'not shown' : '—');
  const attendanceBySchool = inFigures.map((school) => {
    const xs = activePlacements(school).map(({ record }) => placementAttendance(school, record)).filter((x): x is number => x !== undefined);
    const source = fromRecords(school) ? `Attendance records, last ${school.result.run.thresholds.attendance_window_weeks} school weeks` : 'Latest placement review';
    return { name: school.name, pupils: c(xs.length), percent: average(xs), source };
  });
  const attendanceByProvider = result.providers.flatMap((p) => {
    const uses = p.uses.filter((u) => inFiguresSet.has(u.school));
    const xs = uses.flatMap((u) => u.file.placements.filter((r) => isActive(r.placement, asOf)).map((r) => placementAttendance(u.school, r))).filter((x): x is number => x !== undefined);
    return xs.length ? [{ name: p.name, schools: new Set(uses.map((u) => u.school)).size, pupils: c(xs.length), percent: average(xs) }] : [];
  });
  const attendance = { bySchool: attendanceBySchool, byProvider: attendanceByProvider, any: attendanceBySchool.some((a) => a.percent !== '—') };
  const attendanceRecordsHeld = inFigures.some(fromRecords);
  const attendanceReviewsUsed = inFigures.some((s) => !fromRecords(s));

  // ── Leavers in the last twelve months ──
  const yearAgo = daysBetween('1970-01-01', asOf) - 365;
  let categoriesHeld = false;
  const leavers = inFigures.map((school) => {
    const counts = new Map<string, number>();
    let total = 0, withDestination = 0, uncategorised = 0;
    for (const file of school.result.files) {
      for (const { placement } of file.placements) {
        const end = placement.end_date ? String(placement.end_date) : null;
        if (!end || end >= asOf || daysBetween('1970-01-01', end) < yearAgo) continue;
        total++;
        if (placement.destination && String(placement.destination).trim()) withDestination++;
        // destination_category is added to the placement schema separately; read it when it is there.
        const category = (placement as unknown as { destination_category?: unknown }).destination_category;
        if (typeof category === 'string' && category) { categoriesHeld = true; counts.set(category, (counts.get(category) ?? 0) + 1); } else uncategorised++;
      }
    }
    return { name: school.name, total: c(total), withDestination: c(withDestination), categories: DESTINATION_CATEGORIES.map(([k]) => c(counts.get(k) ?? 0)), uncategorised: c(uncategorised) };
  });

  // ── Open findings by school ──
  const findings = result.schools.map((school) => {
    const open = school.result.findings.filter((x) => !x.suppression);
    return {
      name: school.name,
      errors: open.filter((x) => x.severity === 'error').length,
      warnings: open.filter((x) => x.severity === 'warn').length,
      topRules: errorsByRule(open).slice(0, 4).map(([id, n]) => `${id} (${n})`),
    };
  });
  const areaFindings = result.areaFindings.filter((x) => x.file === result.area.path && x.ruleId !== 'area-school-errors' && x.ruleId !== 'area-school-left-out')
    .map((x) => ({ severity: x.severity, severityLabel: x.severity === 'error' ? 'Error' : 'Warning', message: x.message }));

  return {
    document: AREA_OVERVIEW,
    school: { name: result.area.data.area.name, nameSet: true, urn: null, dsl: null },
    area: { name: result.area.data.area.name, laCode: result.area.data.area.la_code == null ? null : String(result.area.data.area.la_code) },
    asOf, version: options.version,
    generatedAt: generatedAt(options.now),
    smallCount: f.small, exactCounts: f.exact,
    schoolCount: result.schools.length + result.leftOut.length,
    total: figures(all), bySchool,
    leftOut: [
      ...result.leftOut.map((l) => ({ name: l.label, why: l.why })),
      ...result.schools.filter((s) => s.unreadable.length).map((s) => ({ name: s.name, why: `${s.unreadable.length === 1 ? 'A placement file' : `${s.unreadable.length} placement files`} could not be read in full (${s.unreadable.join(', ')}), so the school's figures would be short. Its findings are counted below; it returns to the figures once the files are fixed.` })),
    ],
    providers, unregisteredCount: providers.filter((p) => !p.registered).length, onlineCount: providers.filter((p) => p.online).length,
    outOfArea, homeAreas: home.join(', '),
    settings, durationBands: DURATION_BANDS.map(([, l]) => l),
    attendance, attendanceRecordsHeld, attendanceReviewsUsed,
    leavers, destinationLabels: DESTINATION_CATEGORIES.map(([, l]) => l), categoriesHeld,
    findings, areaFindings,
    notHeld: [
      'The area\'s commissioning strategy for alternative provision and how it was decided',
      'The assessment of needs for alternative provision across the area (sufficiency)',
      'Fair access protocol decisions and in-year admissions',
      'Children missing education and those electively home educated',
      'Pupils\' outcomes (qualifications gained) in alternative provision',
    ],
    counts: { pupils: all.pupils.size },
  };
}

export type AreaOverviewView = ReturnType<typeof buildAreaOverview>;
