// The overview's tables about providers: those in use, their types, those outside the area, those near
// the full-time line, and the providers' own confirmed totals beside the area's count.
import { areaPupilKey, type AreaProvider } from '../../../area/providers.js';
import { inHomeArea } from '../../../area/file.js';
import { qaRecords } from '../../../area/rules/qa.js';
import { fullTimeAt, schoolPupils } from '../../../area/pupils.js';
import { daysBetween } from '../../../model/dates.js';
import { isFullTime, placementState, pupilKey, weeklyHours } from '../../../model/placement.js';
import { QA_OUTCOMES, REASON_CATEGORIES, REGISTRATION_TYPES, label as words } from '../../../model/labels.js';
import { countText, safeTable } from './safe.js';
import { countsTable, label, Tally, type Cell, type OverviewInput, type ViewTable } from './tables.js';

/** A registration type in words ("care-farm" → "Care farm" where the labels have no entry). */
const typeWords = (t: string | null) => (t ? (words(REGISTRATION_TYPES, t) ?? null) : null);
const typeLabel = (t: string | null) => {
  const w = typeWords(t);
  return w && w === t ? w.charAt(0).toUpperCase() + w.slice(1).replace(/-/g, ' ') : w;
};

type AtProvider = { pupils: Set<string>; fullTime: Set<string> };
/** pupilsAt's answers for each overview: four tables ask it of each provider. */
const atProvider = new WeakMap<OverviewInput, Map<AreaProvider, AtProvider>>();

/** Pupils active at the provider, and full-time there (compulsory school age), across its schools. */
function pupilsAt(o: OverviewInput, p: AreaProvider): AtProvider {
  if (!atProvider.has(o)) atProvider.set(o, new Map());
  const known = atProvider.get(o)!;
  if (!known.has(p)) known.set(p, countPupilsAt(o, p));
  return known.get(p)!;
}

function countPupilsAt(o: OverviewInput, p: AreaProvider): AtProvider {
  const pupils = new Set<string>(),
    fullTime = new Set<string>();
  for (const u of p.uses) {
    for (const r of u.file.placements)
      if (placementState(r.placement, o.asOf) === 'active') pupils.add(areaPupilKey(u.school, r.placement.pupil));
    for (const ref of fullTimeAt(u.school, u.file, o.asOf, o.result.thresholds))
      fullTime.add(areaPupilKey(u.school, ref));
  }
  return { pupils, fullTime };
}

/** Names listed in full up to this many schools; beyond, the first few and how many more. */
const SCHOOLS_LISTED = 8;

/**
 * The schools using a provider. A provider used across a large area would otherwise print hundreds of names in
 * one cell, spreading one row over several pages: the count and the first few names say what the row needs to.
 */
export function schoolsCell(names: string[]): Cell {
  if (names.length <= SCHOOLS_LISTED) return { text: names.join('; ') };
  const shown = SCHOOLS_LISTED - 3;
  return {
    text: `${names.length} schools`,
    sub: `${names.slice(0, shown).join('; ')} and ${names.length - shown} more`,
  };
}

export function providersInUse(o: OverviewInput): ViewTable {
  const n = o.inUse.map((p) => pupilsAt(o, p));
  const safe = safeTable({ cells: n.map((x) => [x.pupils.size, x.fullTime.size]), totals: 'none' }, o.f);
  const rows = o.inUse.map((p, i): Cell[] => {
    const latest = qaRecords(p, o.result.directory).find((q) => q.date <= o.asOf);
    const checks = p.uses
      .map((u) => u.provider.safeguarding?.staff_checks_confirmed)
      .filter((d): d is string => typeof d === 'string' && d <= o.asOf)
      .sort()
      .pop();
    const qaAge = latest ? daysBetween(latest.date, o.asOf) : 0,
      checksAge = checks ? daysBetween(checks, o.asOf) : 0;
    return [
      {
        text: p.name,
        strong: true,
        sub: `${p.postcode}${p.online ? ' · online' : ''}${p.id ? ` · directory: ${p.id}` : ''}`,
      },
      {
        text: '',
        tag: p.registered ? 'Registered' : 'Unregistered',
        tagClass: p.registered ? 'registered' : 'unregistered',
        sub: [
          typeLabel(p.registration.type),
          p.urn ? `URN ${p.urn}` : null,
          p.registration.source === 'disagree' ? 'schools disagree' : null,
        ]
          .filter(Boolean)
          .join(' · '),
      },
      schoolsCell([...new Set(p.uses.map((u) => u.school.name))]),
      { text: safe.cells[i][0], num: true },
      { text: safe.cells[i][1], num: true },
      latest
        ? {
            text: latest.date,
            tag: words(QA_OUTCOMES, latest.outcome) ?? latest.outcome,
            tagClass: latest.outcome,
            sub: `by ${latest.by}, ${qaAge} days ago${qaAge > o.result.thresholds.qa_max_age_days ? ' (overdue)' : ''}`,
          }
        : { text: 'None recorded', sub: 'by any school or the LA' },
      checks
        ? {
            text: checks,
            sub: `${checksAge} days ago${checksAge > o.result.thresholds.staff_checks_max_age_days ? ' (out of date)' : ''}`,
          }
        : { text: 'Not recorded' },
    ];
  });
  return {
    id: 'providers',
    title: 'Providers in use across the area',
    head: [
      { text: 'Provider', width: '20%' },
      { text: 'Registration', width: '14%' },
      { text: 'Schools using it', width: '17%' },
      { text: 'Pupils', num: true, width: '7%' },
      { text: 'Full-time pupils', num: true, width: '8%' },
      { text: 'Latest quality assurance', width: '19%' },
      { text: 'Staff checks confirmed' },
    ],
    rows,
    note: "Unregistered providers first, then online ones; within each, those used by the most schools first. Full-time: more than the full-time hours a week, pupils of compulsory school age by the register's year group. Registration: GIAS when it holds the URN, else the provider directory, else the schools' files when they agree (when they disagree the provider counts as unregistered).",
  };
}

export function providerTypes(o: OverviewInput): ViewTable {
  const key = (p: AreaProvider) =>
    `${p.registered ? 'Registered' : 'Unregistered'}: ${typeLabel(p.registration.type) ?? 'type not given'}`;
  const keys = [...new Set(o.inUse.map(key))].sort();
  const providers = new Tally<string>(),
    pupils = new Tally<string>();
  for (const p of o.inUse) {
    providers.add(key(p), p.key);
    for (const who of pupilsAt(o, p).pupils) pupils.add(key(p), who);
  }
  return countsTable(
    {
      id: 'provider-types',
      title: 'Types of setting in use',
      head: [
        { text: 'Registration and type', width: '50%' },
        { text: 'Providers', num: true },
        { text: 'Pupils', num: true },
      ],
      labels: keys.map((k) => [label(k)]),
      counts: keys.map((k) => [providers.n(k), pupils.n(k)]),
      totals: 'none',
    },
    o.f,
  );
}

/** Pupils with SEND outside the area, with an EHC plan and without: the reasons table's total is their sum. */
const OUT_OF_AREA = ['out-of-area:ehcp', 'out-of-area:sen'];

export function outOfArea(o: OverviewInput): { table: ViewTable; reasons: ViewTable; none: string | null } | null {
  const home = o.result.area.data.home_postcode_areas ?? [];
  if (!home.length) return null;
  // Online providers are never "out of area": their postcode is an office, not where the pupil is taught.
  const away = o.inUse.filter((p) => !p.online && p.postcode && !inHomeArea(p.postcode, home));
  const reasons = new Tally<string>();
  const rows = away
    .map((p) => {
      const ehcp = new Set<string>(),
        send = new Set<string>();
      for (const u of p.uses) {
        const facts = schoolPupils(u.school);
        const active = new Set(o.activeIn(u.school, u.file).map((i) => i.record));
        for (const r of u.file.placements) {
          const f = facts.get(pupilKey(r.placement.pupil));
          if (!f || !f.send || !active.has(r)) continue;
          const who = areaPupilKey(u.school, r.placement.pupil);
          (f.ehcp ? ehcp : send).add(who);
          reasons.add(r.placement.reason_category ?? '', who);
        }
      }
      return { p, counts: [ehcp.size, send.size] };
    })
    .filter((x) => x.counts[0] + x.counts[1] > 0);
  const cats = [...Object.keys(REASON_CATEGORIES), 'vocational-course', ''].filter((c) => reasons.n(c) > 0);
  return {
    // An empty list is an answer, not a missing one.
    none: rows.length ? null : `None: no pupil with SEND is placed at a provider outside ${home.join(', ')}.`,
    table: countsTable(
      {
        id: 'out-of-area',
        title: 'Pupils with SEND at providers outside the area',
        head: [
          { text: 'Provider', width: '34%' },
          { text: 'Schools', width: '30%' },
          { text: 'With an EHC plan', num: true },
          { text: 'With SEN support', num: true },
        ],
        labels: rows.map(({ p }) => [
          label(p.name, p.postcode),
          label([...new Set(p.uses.map((u) => u.school.name))].join('; ')),
        ]),
        counts: rows.map((r) => r.counts),
        totals: 'columns',
        totalLabel: 'All providers outside the area',
        totalKeys: OUT_OF_AREA,
        note: `Providers whose postcode is outside ${home.join(', ')}, in person (online providers are not out of area), with pupils with SEND placed there now.`,
      },
      o.f,
    ),
    reasons: countsTable(
      {
        id: 'out-of-area-reasons',
        title: 'Reasons for placing pupils with SEND outside the area',
        head: [
          { text: 'Reason', width: '50%' },
          { text: 'Pupils', num: true },
        ],
        labels: cats.map((c) => [label(c ? (REASON_CATEGORIES[c] ?? 'Vocational course') : 'Not recorded')]),
        counts: cats.map((c) => [reasons.n(c)]),
        totals: 'columns',
        totalLabel: 'All reasons',
        totalKeys: [OUT_OF_AREA],
      },
      o.f,
    ),
  };
}

export function nearFullTime(o: OverviewInput): ViewTable {
  const t = o.result.thresholds;
  const unregistered = o.inUse.filter((p) => !p.registered);
  const counts = unregistered.map((p) => {
    const near = new Set<string>(),
      over = new Set<string>(),
      area = pupilsAt(o, p);
    for (const u of p.uses) {
      // A pupil's hours at this provider from this school, keyed as the area keys pupils (school and reference).
      const hours = new Map<string, number>();
      for (const i of o.activeIn(u.school, u.file)) {
        const who = areaPupilKey(u.school, i.placement.pupil);
        hours.set(who, (hours.get(who) ?? 0) + (weeklyHours(i.placement) ?? 0));
      }
      for (const [who, h] of hours)
        if (isFullTime(h, t)) over.add(who);
        else if (h >= t.full_time_hours - 3) near.add(who);
    }
    return [near.size, over.size, area.fullTime.size];
  });
  return countsTable(
    {
      id: 'near-full-time',
      title: 'Unregistered providers near the full-time line',
      head: [
        { text: 'Provider', width: '40%' },
        { text: `${t.full_time_hours - 3} to ${t.full_time_hours} hours a week`, num: true },
        { text: `More than ${t.full_time_hours} hours`, num: true },
        { text: 'Full-time, of compulsory school age', num: true },
      ],
      labels: unregistered.map((p) => [label(p.name, p.postcode)]),
      counts,
      totals: 'none',
      note: `Pupils at each unregistered provider by their weekly hours there (all schools' placements together). Full-time is more than ${t.full_time_hours} hours; the registration threshold counts full-time pupils of compulsory school age.`,
    },
    o.f,
  );
}

export function confirmedTotals(o: OverviewInput): { table: ViewTable; text: string } {
  const unregistered = o.inUse.filter((p) => !p.registered);
  const latest = unregistered.map(
    (p) =>
      p.uses
        .map((u) => u.provider.registration.full_time_pupils_confirmed)
        .filter((c) => c && String(c.date) <= o.asOf)
        .sort((a, b) => (String(a!.date) < String(b!.date) ? 1 : -1))[0],
  );
  const safe = safeTable(
    { cells: unregistered.map((p, i) => [pupilsAt(o, p).fullTime.size, latest[i]?.count ?? 0]), totals: 'none' },
    o.f,
  );
  return {
    table: {
      id: 'confirmed-totals',
      title: "Providers' own confirmed totals beside the area's count",
      head: [
        { text: 'Provider', width: '40%' },
        { text: "Full-time pupils from the area's schools", num: true },
        { text: "The provider's own total (all commissioners)", num: true },
        { text: 'Confirmed on' },
      ],
      rows: unregistered.map((p, i) => [
        label(p.name, p.postcode),
        { text: safe.cells[i][0], num: true },
        { text: latest[i] ? safe.cells[i][1] : 'Not confirmed', num: true },
        { text: latest[i] ? String(latest[i]?.date) : '—' },
      ]),
      note: "The provider's own total is registration.full_time_pupils_confirmed, the latest any school recorded. A provider's total above the area's count means other commissioners place pupils there too.",
    },
    text: `${countText(latest.filter(Boolean).length, o.f)} of ${countText(unregistered.length, o.f)} unregistered providers in use have confirmed their own total.`,
  };
}
