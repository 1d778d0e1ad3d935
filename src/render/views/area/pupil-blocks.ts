// The overview's tables about pupils, by school: the register's figures, who commissioned, why, how long,
// in more than one setting, and the last three terms. What they can gain and who took part: journey-blocks.ts.
import { areaPupilKey } from '../../../area/providers.js';
import { schoolPupils } from '../../../area/pupils.js';
import { termOf } from '../../../area/rules/qa.js';
import { daysBetween, addDays } from '../../../model/dates.js';
import { pupilKey } from '../../../model/placement.js';
import { REASON_CATEGORIES } from '../../../model/labels.js';
import type { Placement } from '../../../model/schema.js';
import { countsTable, label, Tally, type OverviewInput, type ViewTable } from './tables.js';

/** Time in placement, for active placements: the bands the overview counts in. */
export const DURATION_BANDS: [maxDays: number, label: string][] = [
  [42, 'Under 6 weeks'],
  [91, '6 weeks to 3 months'],
  [183, '3 to 6 months'],
  [365, '6 to 12 months'],
  [Infinity, 'A year or more'],
];

export const schoolLabel = (o: OverviewInput) =>
  o.result.schools.map((s) => [
    label(
      s.name,
      [
        `URN ${s.urn}`,
        s.dataAsOf ? `data as of ${s.dataAsOf}` : null,
        s.unreadable.length
          ? `${s.unreadable.length === 1 ? 'a file' : 'some files'} could not be read in full: the figures count the rest`
          : null,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
  ]);

/** The area's pupils in AP: the total of the headline table and of the involvement table. */
export const PUPILS_IN_AP = 'pupils-in-ap';
const EHCP_IN_AP = 'ehcp-in-ap';

export function headline(o: OverviewInput): ViewTable {
  const counts = o.result.schools.map((s) => {
    const n = [0, 0, 0, 0, 0];
    for (const f of schoolPupils(s).values()) {
      n[0]++;
      if (f.send) n[1]++;
      if (f.ehcp) n[2]++;
      if (f.partTime) n[3]++;
      if (f.lookedAfter) n[4]++;
    }
    return n;
  });
  return countsTable(
    {
      id: 'pupils-by-school',
      title: 'Pupils in alternative provision, by school',
      head: [
        { text: 'School', width: '34%' },
        ...['Pupils in AP', 'With SEND', 'With an EHC plan', 'On a part-time timetable', 'Looked after'].map(
          (text) => ({ text, num: true }),
        ),
      ],
      labels: schoolLabel(o),
      counts,
      totals: 'columns',
      totalKeys: [PUPILS_IN_AP, undefined, EHCP_IN_AP],
      parts: [
        [1, 0],
        [2, 0],
        [2, 1],
        [3, 0],
        [4, 0],
      ],
      note: `Pupils with a placement active on ${o.asOf}, with the facts each school's own check uses (its pupil register's first, else the placements'). Each school counts its own pupils; pupils are never matched between schools.`,
    },
    o.f,
  );
}

export function commissioned(o: OverviewInput): ViewTable {
  const counts = o.result.schools.map((s) => {
    const t = new Tally<string>();
    for (const { placement: p } of o.active(s))
      t.add(p.commissioned_by === 'local-authority' ? 'la' : 'school', pupilKey(p.pupil));
    return [t.n('school'), t.n('la')];
  });
  return countsTable(
    {
      id: 'commissioned-by',
      title: 'Who commissioned the placements',
      head: [
        { text: 'School', width: '40%' },
        { text: 'Pupils placed by the school', num: true },
        { text: 'Pupils placed by the local authority', num: true },
      ],
      labels: schoolLabel(o),
      counts,
      totals: 'columns',
      // The two totals add up to the pupils in AP, which the headline prints: one withheld withholds the other.
      totalKeys: ['commissioned', 'commissioned'],
      note: "From each active placement's commissioned_by (the school, when not written). A pupil with placements commissioned both ways is counted in both columns.",
    },
    o.f,
  );
}

export function reasons(o: OverviewInput): ViewTable {
  const cats = [...Object.keys(REASON_CATEGORIES), 'vocational-course', ''].filter((c, i, a) => a.indexOf(c) === i);
  const yearAgo = addDays(o.asOf, -365);
  const all = new Tally<string>(),
    ehcp = new Tally<string>(),
    started = new Tally<string>();
  for (const s of o.result.schools) {
    const facts = schoolPupils(s);
    for (const { placement: p } of o.active(s)) {
      const cat = p.reason_category ?? '',
        who = areaPupilKey(s, p.pupil);
      all.add(cat, who);
      if (facts.get(pupilKey(p.pupil))?.ehcp) ehcp.add(cat, who);
      if (String(p.start_date) >= yearAgo) started.add(cat, who);
    }
  }
  const used = cats.filter((c) => all.n(c) > 0 || c === '');
  return countsTable(
    {
      id: 'reasons',
      title: 'Reasons for placement, by category',
      head: [
        { text: 'Reason', width: '40%' },
        { text: 'Pupils in AP', num: true },
        { text: 'With an EHC plan', num: true },
        { text: 'Started in the last 12 months', num: true },
      ],
      labels: used.map((c) => [label(c ? (REASON_CATEGORIES[c] ?? 'Vocational course') : 'Not recorded')]),
      counts: used.map((c) => [all.n(c), ehcp.n(c), started.n(c)]),
      totals: 'columns',
      totalLabel: 'All reasons',
      // Pupils by reason add up to the area's pupils (with an EHC plan, to those), when each has one reason.
      totalKeys: [PUPILS_IN_AP, EHCP_IN_AP],
      parts: [
        [1, 0],
        [2, 0],
      ],
      note: 'Active placements by reason_category; a pupil with placements for two reasons is counted under each.',
    },
    o.f,
  );
}

export function settingsAndTime(o: OverviewInput): ViewTable {
  const counts = o.result.schools.map((s) => {
    const providersOf = new Map<string, Set<unknown>>();
    const bands = DURATION_BANDS.map(() => 0);
    for (const { file, placement } of o.active(s)) {
      const k = pupilKey(placement.pupil);
      providersOf.set(k, (providersOf.get(k) ?? new Set()).add(o.providerOf.get(file) ?? file));
      bands[DURATION_BANDS.findIndex(([max]) => daysBetween(String(placement.start_date), o.asOf) < max)]++;
    }
    return [[...providersOf.values()].filter((x) => x.size > 1).length, ...bands];
  });
  return countsTable(
    {
      id: 'settings-and-time',
      title: 'Pupils in more than one setting, and time in placement',
      head: [
        { text: 'School', width: '26%' },
        { text: 'Pupils in more than one setting', num: true },
        ...DURATION_BANDS.map(([, text]) => ({ text, num: true })),
      ],
      labels: schoolLabel(o),
      counts,
      totals: 'columns',
      note: `In more than one setting: pupils active at two or more providers of the same school. Time in placement: active placements, from their start to ${o.asOf}.`,
    },
    o.f,
  );
}

/** The term holding a date and the two before it, oldest first, with their first and last days. */
export function lastThreeTerms(asOf: string): { label: string; from: string; to: string }[] {
  const bounds = (iso: string) => {
    const y = Number(iso.slice(0, 4)),
      m = Number(iso.slice(5, 7));
    return m >= 9 ? [`${y}-09-01`, `${y}-12-31`] : m <= 3 ? [`${y}-01-01`, `${y}-03-31`] : [`${y}-04-01`, `${y}-08-31`];
  };
  const out: { label: string; from: string; to: string }[] = [];
  let day = asOf;
  for (let i = 0; i < 3; i++) {
    const [from, to] = bounds(day);
    const t = termOf(from).label;
    out.unshift({ label: t.charAt(0).toUpperCase() + t.slice(1), from, to: to < asOf ? to : asOf });
    day = addDays(from, -1);
  }
  return out;
}

export function trends(o: OverviewInput): ViewTable {
  const terms = lastThreeTerms(o.asOf);
  // One pass over the placements for the three terms: each placement's key and dates are worked out once.
  const tallies = terms.map(() => new Tally<string>());
  for (const s of o.result.schools) {
    for (const item of s.result.run.placements) {
      if (!item.provider) continue;
      const p: Placement = item.placement,
        who = areaPupilKey(s, p.pupil);
      const start = String(p.start_date),
        end = p.end_date ? String(p.end_date) : null;
      terms.forEach(({ from, to }, i) => {
        const t = tallies[i];
        if (start <= to && (!end || end >= from)) t.add('in', who);
        if (start >= from && start <= to) {
          t.add('started', who);
          t.add(`r:${p.reason_category ?? ''}`, who);
        }
        if (end && end >= from && end <= to) t.add('ended', who);
      });
    }
  }
  const counts = tallies.map((t) => {
    return [
      t.n('in'),
      t.n('started'),
      t.n('ended'),
      ...['semh', 'behaviour', 'send', 'medical'].map((r) => t.n(`r:${r}`)),
    ];
  });
  return countsTable(
    {
      id: 'trends',
      title: 'The last three terms',
      head: [
        { text: 'Term', width: '22%' },
        ...[
          'Pupils in AP during the term',
          'Started a placement',
          'Ended a placement',
          'Started: SEMH',
          'Started: behaviour',
          'Started: SEND',
          'Started: medical',
        ].map((text) => ({ text, num: true })),
      ],
      labels: terms.map((t) => [label(t.label, `${t.from} to ${t.to}`)]),
      counts,
      totals: 'none',
      note: "Pupils with a placement during each term (England's terms: autumn September to December, spring January to March, summer April to August; the current term up to the as-of date), from every placement the schools keep, ended ones too.",
    },
    o.f,
  );
}
