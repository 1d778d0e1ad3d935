// The overview's tables about attendance and what happened next: attendance by school and provider and its
// spread, leavers (pupils, not placements: a move from one AP to another is not leaving) by destination,
// by school and by provider, and each provider's outcomes.
import type { AreaProvider } from '../../../area/providers.js';
import type { AreaSchool } from '../../../area/schools.js';
import type { PlacementRecord } from '../../../load/placement-file.js';
import type { PlacementItem } from '../../../run.js';
import { addDays } from '../../../model/dates.js';
import { pupilKey } from '../../../model/placement.js';
import { DESTINATION_CATEGORIES } from '../../../model/labels.js';
import type { Placement } from '../../../model/schema.js';
import { shown } from './safe.js';
import { countsTable, label, type OverviewInput, type ViewTable } from './tables.js';

export interface Leaver {
  school: AreaSchool;
  provider: AreaProvider | undefined;
  category: string | null;
  placement: Placement;
}

/**
 * The pupils who left AP in the twelve months to the as-of date: every placement at their school has
 * ended, the last in that window. Their destination is that last placement's destination_category.
 */
export function leavers(o: OverviewInput): Leaver[] {
  const from = addDays(o.asOf, -365),
    out: Leaver[] = [];
  for (const school of o.result.schools) {
    const byPupil = new Map<string, PlacementItem[]>();
    for (const item of school.result.run.placements) {
      const k = pupilKey(item.placement.pupil);
      byPupil.set(k, [...(byPupil.get(k) ?? []), item]);
    }
    for (const items of byPupil.values()) {
      if (items.some((i) => i.state !== 'ended')) continue;
      const last = items.reduce((a, b) => (String(b.placement.end_date) > String(a.placement.end_date) ? b : a));
      const end = String(last.placement.end_date);
      if (end < from || end >= o.asOf) continue;
      out.push({
        school,
        provider: o.providerOf.get(last.file),
        category: last.placement.destination_category ?? null,
        placement: last.placement,
      });
    }
  }
  return out;
}

const CATS = [...DESTINATION_CATEGORIES, ['', 'Not categorised'] as [string, string]];
const CAT_INDEX = new Map(CATS.map(([k], i) => [k, i]));

/** Leavers counted by destination for each of `rows` (the school or the provider they left), in one pass. */
function leaverCounts<T>(rows: readonly T[], all: readonly Leaver[], rowOf: (l: Leaver) => T): number[][] {
  const counts = new Map<T, number[]>(rows.map((r) => [r, CATS.map(() => 0)]));
  for (const l of all) {
    const col = CAT_INDEX.get(l.category ?? '');
    const row = counts.get(rowOf(l));
    if (row && col !== undefined) row[col]++;
  }
  return rows.map((r) => counts.get(r)!);
}
/** Leavers by destination: the same totals by school and by provider. */
const LEAVER_KEYS = CATS.map(([k]) => `leavers:${k}`);

export function leaversBySchool(o: OverviewInput, all: Leaver[]): ViewTable {
  return countsTable(
    {
      id: 'leavers-by-school',
      title: 'Leavers in the last twelve months, by destination',
      head: [{ text: 'School', width: '16%' }, ...CATS.map(([, text]) => ({ text, num: true }))],
      labels: o.result.schools.map((s) => [label(s.name)]),
      counts: leaverCounts(o.result.schools, all, (l) => l.school),
      totals: 'columns',
      totalKeys: LEAVER_KEYS,
      note: 'Pupils whose placements at their school all ended in the last twelve months, by the destination_category of the last. A pupil who moved from one provider to another is still in AP, not a leaver.',
    },
    o.f,
  );
}

export function destinationsByProvider(o: OverviewInput, all: Leaver[]): ViewTable {
  const providers = [...new Set(all.map((l) => l.provider))];
  return countsTable(
    {
      id: 'destinations-by-provider',
      title: 'Destinations by the provider pupils left from',
      head: [{ text: 'Provider', width: '16%' }, ...CATS.map(([, text]) => ({ text, num: true }))],
      labels: providers.map((p) => [label(p?.name ?? 'Provider file not readable')]),
      counts: leaverCounts(providers, all, (l) => l.provider),
      totals: 'columns',
      totalLabel: 'All providers',
      totalKeys: LEAVER_KEYS,
    },
    o.f,
  );
}

/** The document-wide name of "placements ended at this provider", a total two tables print. */
export const endedKey = (p: AreaProvider) => `ended:${p.key}`;

export interface Ended {
  school: AreaSchool;
  item: PlacementItem;
  provider: AreaProvider;
  end: string;
}

/** The placements at a readable provider that ended in the twelve months to the as-of date. */
export function endedInYear(o: OverviewInput): Ended[] {
  const from = addDays(o.asOf, -365),
    out: Ended[] = [];
  for (const school of o.result.schools) {
    for (const item of school.result.run.placements) {
      const end = item.placement.end_date ? String(item.placement.end_date) : null,
        provider = o.providerOf.get(item.file);
      if (end && end >= from && end < o.asOf && provider) out.push({ school, item, provider, end });
    }
  }
  return out;
}

/** Each provider's placements that ended in the twelve months: back to school, on to another AP, on elsewhere, NEET or not known. */
export function outcomesByProvider(o: OverviewInput): ViewTable {
  const rows = new Map<AreaProvider, number[]>();
  // Each school's placements by pupil, made once: every ended placement looks for the same pupil's next one.
  const byPupil = new Map<AreaSchool, Map<string, PlacementItem[]>>();
  const placementsOf = (school: AreaSchool, k: string) => {
    let pupils = byPupil.get(school);
    if (!pupils) {
      byPupil.set(school, (pupils = new Map<string, PlacementItem[]>()));
      for (const i of school.result.run.placements) {
        const key = pupilKey(i.placement.pupil);
        const list = pupils.get(key);
        if (list) list.push(i);
        else pupils.set(key, [i]);
      }
    }
    return pupils.get(k) ?? [];
  };
  for (const { school, item, provider, end } of endedInYear(o)) {
    const p = item.placement;
    const within = addDays(end, 14);
    const next = placementsOf(school, pupilKey(p.pupil)).some(
      (i) => i !== item && String(i.placement.start_date) >= end && String(i.placement.start_date) <= within,
    );
    const cat = p.destination_category ?? '';
    const col = next ? 1 : cat === 'school' ? 0 : cat === 'neet' || cat === 'unknown' ? 3 : cat ? 2 : 4;
    const row = rows.get(provider) ?? [0, 0, 0, 0, 0];
    row[col]++;
    rows.set(provider, row);
  }
  const list = [...rows];
  return countsTable(
    {
      id: 'outcomes-by-provider',
      title: 'Outcomes by provider: placements ended in the last twelve months',
      head: [
        { text: 'Provider', width: '28%' },
        ...[
          'Back to the school (reintegrated)',
          'On to another AP placement',
          'Moved on (another school, college, work)',
          'NEET or not known',
          'Not categorised',
        ].map((text) => ({ text, num: true })),
      ],
      labels: list.map(([p]) => [label(p.name, p.postcode)]),
      counts: list.map(([, r]) => r),
      totals: 'rows',
      totalHead: 'Placements ended',
      totalKeys: list.map(([p]) => endedKey(p)),
      note: 'On to another AP placement: the same school placed the pupil elsewhere within 14 days of the end. Whether objectives were met: the next table.',
    },
    o.f,
  );
}

const BANDS: [min: number, label: string][] = [
  [90, '90% or more'],
  [80, '80 to 89%'],
  [50, '50 to 79%'],
  [0, 'Under 50%'],
];

/** Active placements by attendance band: the same totals by school and by provider. */
const ATTENDANCE_KEYS = BANDS.map(([min]) => `attendance:${min}`);

/** Attendance per active placement: the school's records where it keeps them, else the latest review's percentage. */
export function attendance(o: OverviewInput) {
  const fromRecords = (s: AreaSchool) => s.result.run.attendance !== undefined;
  const recordPercent = new Map<PlacementRecord, number>();
  for (const s of o.result.schools)
    for (const a of s.result.run.attendance?.placements ?? [])
      if (a.window.percent !== undefined) recordPercent.set(a.record, a.window.percent);
  const review = (p: Placement) =>
    (p.reviews ?? [])
      .filter((v) => String(v.date) <= o.asOf && typeof v.attendance_percent === 'number')
      .sort((a, b) => (String(a.date) < String(b.date) ? 1 : -1))[0]?.attendance_percent ?? undefined;
  // Both tables ask it of every active placement: worked out once each.
  const percents = new Map<PlacementItem, number | undefined>();
  const percentOf = (s: AreaSchool, i: PlacementItem) => {
    if (!percents.has(i)) percents.set(i, fromRecords(s) ? recordPercent.get(i.record) : review(i.placement));
    return percents.get(i);
  };
  // An average over fewer placements than small_count could tell one pupil's attendance: it is not printed.
  const average = (xs: number[]) =>
    !xs.length
      ? '—'
      : shown(xs.length, o.f)
        ? `${Math.round(xs.reduce((n, x) => n + x, 0) / xs.length)}%`
        : 'not shown';
  const bySchoolValues = o.result.schools.map((s) =>
    o
      .active(s)
      .map((i) => percentOf(s, i))
      .filter((x): x is number => x !== undefined),
  );
  const bySchool = countsTable(
    {
      id: 'attendance-by-school',
      title: 'Attendance of pupils in AP, by school',
      head: [
        { text: 'School', width: '28%' },
        { text: 'From', width: '24%' },
        ...BANDS.map(([, text]) => ({ text, num: true })),
      ],
      labels: o.result.schools.map((s, i) => [
        label(s.name, `average ${average(bySchoolValues[i])}`),
        label(
          fromRecords(s)
            ? `Attendance records, last ${s.result.run.thresholds.attendance_window_weeks} school weeks`
            : 'Latest placement review',
        ),
      ]),
      counts: bySchoolValues.map((xs) =>
        BANDS.map(([min], b) => xs.filter((x) => x >= min && (b === 0 || x < BANDS[b - 1][0])).length),
      ),
      totals: 'columns',
      totalKeys: ATTENDANCE_KEYS,
      note: 'Placements active now, by their attendance. The average is over placements; an average over fewer than the small-count threshold is not shown.',
    },
    o.f,
  );
  const byProvider = o.inUse
    .map((p) => {
      const xs = p.uses
        .flatMap((u) => o.activeIn(u.school, u.file).map((i) => percentOf(u.school, i)))
        .filter((x): x is number => x !== undefined);
      return { p, xs };
    })
    .filter((x) => x.xs.length);
  const providerTable = countsTable(
    {
      id: 'attendance-by-provider',
      title: 'Attendance of pupils in AP, by provider',
      head: [
        { text: 'Provider', width: '28%' },
        { text: 'Average', width: '12%' },
        ...BANDS.map(([, text]) => ({ text, num: true })),
      ],
      labels: byProvider.map(({ p, xs }) => [label(p.name), label(average(xs))]),
      counts: byProvider.map(({ xs }) =>
        BANDS.map(([min], b) => xs.filter((x) => x >= min && (b === 0 || x < BANDS[b - 1][0])).length),
      ),
      totals: 'columns',
      totalLabel: 'All providers',
      totalKeys: ATTENDANCE_KEYS,
    },
    o.f,
  );
  return {
    bySchool,
    byProvider: providerTable,
    recordsHeld: o.result.schools.some(fromRecords),
    reviewsUsed: o.result.schools.some((s) => !fromRecords(s)),
  };
}
