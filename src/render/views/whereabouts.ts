// The view of the whereabouts document (templates/whereabouts.hbs): for each pupil in AP, where they are
// each morning and afternoon of the as-of week — school, a provider (with the phone numbers reception
// needs), or nowhere recorded. Built from the run's whole week (src/model/week.ts); without a pupil
// register the school's own sessions are unknown, so every half-day outside AP reads "Not recorded".
import type { CheckResult } from '../../check.js';
import type { PlacementRecord } from '../../load/placement-file.js';
import { addDays } from '../../model/dates.js';
import { hasCurrentPartTime, pupilKey } from '../../model/placement.js';
import { pupilWeek, WEEKDAYS, type HalfDayView, type Place, type PupilWeek } from '../../model/week.js';
import type { PlacementItem } from '../../run.js';
import { DOCUMENT_INFO, type ViewOptions, type WhereaboutsView } from './types.js';
import type { HalfDayCellView, KeyProviderView, PlaceView, WhereaboutsPupilView } from './week-types.js';
import { base } from './base.js';
import { byText, providerName, pupilReference, text } from './view-helpers.js';

const DAY_LABELS: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
};
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
/** A, B, … Z, then AA, AB, …: I and O are left out, so a key is never read as 1 or 0. */
const keyOf = (n: number): string =>
  n < LETTERS.length ? LETTERS[n] : `${keyOf(Math.floor(n / LETTERS.length) - 1)}${LETTERS[n % LETTERS.length]}`;

interface Pupil {
  record: PlacementRecord;
  active: PlacementItem[];
  yearGroup: string | number | null;
  partTime: boolean;
  week: PupilWeek;
}

export function whereaboutsView(result: CheckResult, options: ViewOptions): WhereaboutsView {
  const run = result.run,
    asOf = result.asOf;
  const isSchoolDay = (iso: string) => run.calendar.isSchoolDay(iso);
  const itemOf = (place: Place) => (place.kind === 'provider' ? (place.id as PlacementItem | undefined) : undefined);

  // The pupils with an active placement, and their week: the run's when the school keeps a register,
  // else worked out here from the placements alone (the school's own sessions then unknown).
  const pupils: Pupil[] = [];
  if (run.register) {
    for (const rp of run.registerPupils) {
      if (rp.active.length === 0) continue;
      pupils.push({
        record: rp.active[0].record,
        active: rp.active,
        yearGroup: rp.yearGroup ?? null,
        partTime: rp.partTime,
        week: rp.week,
      });
    }
  } else {
    const byPupil = new Map<string, PlacementItem[]>();
    for (const item of run.placements) {
      if (item.state !== 'active') continue;
      const key = pupilKey(item.placement.pupil);
      const list = byPupil.get(key) ?? [];
      list.push(item);
      byPupil.set(key, list);
    }
    for (const items of byPupil.values()) {
      pupils.push({
        record: items[0].record,
        active: items,
        yearGroup: items.find((i) => i.placement.year_group != null)?.placement.year_group ?? null,
        partTime: items.some((i) => hasCurrentPartTime(i.placement, asOf)),
        week: pupilWeek({
          asOf,
          schoolSessions: undefined,
          isSchoolDay,
          placements: items.map((i) => ({
            provider: i.provider?.name ?? i.file.displayPath,
            placement: i.placement,
            online: i.provider?.delivery === 'online',
            id: i,
          })),
        }),
      });
    }
  }

  // The key: each provider a pupil is at this week, by name, lettered in that order.
  const keyed = new Map<string, { item: PlacementItem; key: string }>();
  const providerItems = pupils.flatMap((p) =>
    p.week.days
      .flatMap((d) => [...d.am.places, ...d.pm.places])
      .map(itemOf)
      .filter((i): i is PlacementItem => !!i),
  );
  const byFile = new Map<string, PlacementItem>();
  for (const item of providerItems) if (!byFile.has(item.file.path)) byFile.set(item.file.path, item);
  [...byFile.values()]
    .sort((a, b) => byText(providerName(a.file), providerName(b.file)))
    .forEach((item, i) => keyed.set(item.file.path, { item, key: keyOf(i) }));

  const placeView = (place: Place): PlaceView => {
    const item = itemOf(place);
    return {
      kind: place.kind,
      name: place.kind === 'school' ? 'School' : item ? providerName(item.file) : place.provider,
      key: item ? (keyed.get(item.file.path)?.key ?? null) : null,
      times: `${place.start}–${place.end}`,
      online: place.kind === 'provider' && place.online,
    };
  };
  const same = (a: HalfDayView, b: HalfDayView) =>
    a.places.length === b.places.length &&
    a.places.every((p, i) => p.kind === b.places[i].kind && (p.kind === 'school' || itemOf(p) === itemOf(b.places[i])));
  const cell = (h: HalfDayView, schoolDay: boolean, span: 1 | 2): HalfDayCellView => ({
    span,
    places: schoolDay ? dedupe(h.places.map(placeView)) : [],
    notRecorded: schoolDay && h.places.length === 0,
    noSchool: !schoolDay,
  });

  const rows: WhereaboutsPupilView[] = pupils
    .map((p) => {
      const cells: HalfDayCellView[] = [];
      for (const d of p.week.days) {
        if (!d.schoolDay) cells.push(cell(d.am, false, 2));
        else if (d.am.places.length > 0 && same(d.am, d.pm))
          cells.push(cell({ places: [...d.am.places, ...d.pm.places] }, true, 2));
        else cells.push(cell(d.am, true, 1), cell(d.pm, true, 1));
      }
      const yg = p.yearGroup;
      return {
        ...pupilReference(p.record),
        yearGroup: yg === null ? null : yg === 'R' ? 'Reception' : `Year ${yg}`,
        partTime: p.partTime,
        schoolKnown: p.week.schoolKnown,
        cells,
        notRecordedCount: cells.filter((c) => c.notRecorded).length,
        daysNotRecordedAt: [
          ...new Set(p.active.filter((i) => !(i.placement.sessions ?? []).length).map((i) => providerName(i.file))),
        ].sort(byText),
      };
    })
    .sort((a, b) => Number(a.hidden) - Number(b.hidden) || byText(a.reference, b.reference));

  const monday = pupils[0]?.week.monday ?? pupilWeek({ asOf, schoolSessions: [], placements: [], isSchoolDay }).monday;
  const providers: KeyProviderView[] = [...keyed.values()].map(({ item, key }) => {
    const prov = item.provider;
    return {
      key,
      name: providerName(item.file),
      town: prov?.address.town.trim() ?? '',
      phone: text(prov?.contact?.phone),
      contactName: text(prov?.contact?.name),
      dslName: text(prov?.safeguarding?.dsl?.name),
      dslPhone: text(prov?.safeguarding?.dsl?.phone),
      online: prov?.delivery === 'online',
    };
  });
  return {
    ...base(DOCUMENT_INFO.whereabouts, result, options),
    monday,
    friday: addDays(monday, 4),
    days: WEEKDAYS.map((d, i) => ({
      date: addDays(monday, i),
      label: DAY_LABELS[d],
      schoolDay: isSchoolDay(addDays(monday, i)),
    })),
    hasRegister: !!run.register,
    pupils: rows,
    providers,
    keyRows: providers.reduce<KeyProviderView[][]>((rows, p, i) => {
      if (i % 3 === 0) rows.push([]);
      rows[rows.length - 1].push(p);
      return rows;
    }, []),
    schoolUnknownCount: rows.filter((r) => !r.schoolKnown).length,
    notRecordedCount: rows.filter((r) => r.notRecordedCount > 0).length,
  };
}

/** One entry per place and times: two sessions at one provider in a half-day stay two lines only when their times differ. */
function dedupe(places: PlaceView[]): PlaceView[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const k = `${p.kind}\0${p.name}\0${p.times}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
