// The overview's tables about the pupils' journey: the qualifications on offer and achieved, who took part
// in the decision to place them and in their reviews, and the objectives met at each provider.
import { areaPupilKey, type AreaProvider } from '../../../area/providers.js';
import { pupilKey } from '../../../model/placement.js';
import { heldReviews, objectivesMet, recordsProgress } from '../../../model/progress.js';
import { countsTable, label, Tally, type OverviewInput, type ViewTable } from './tables.js';
import { PUPILS_IN_AP, schoolLabel } from './pupil-blocks.js';
import { endedInYear, endedKey } from './outcome-blocks.js';

const QUALS: [string, string][] = [
  ['gcse', 'GCSE'],
  ['functional-skills', 'Functional skills'],
  ['btec', 'BTEC'],
  ['other', 'Other'],
];

export function qualifications(o: OverviewInput): ViewTable {
  const providers = new Tally<string>(),
    pupils = new Tally<string>(),
    gained = new Tally<string>(),
    gainedAt = new Tally<string>();
  for (const s of o.result.schools) {
    for (const { file, placement: p } of o.active(s)) {
      for (const q of p.qualifications ?? []) {
        providers.add(q.type, o.providerOf.get(file)?.key ?? file.path);
        pupils.add(q.type, areaPupilKey(s, p.pupil));
      }
    }
  }
  for (const { school, item, provider } of endedInYear(o)) {
    for (const q of item.placement.outcome?.qualifications_achieved ?? []) {
      gained.add(q.type, areaPupilKey(school, item.placement.pupil));
      gainedAt.add(q.type, provider.key);
    }
  }
  return countsTable(
    {
      id: 'qualifications',
      title: 'Qualifications on offer and achieved',
      head: [
        { text: 'Qualification', width: '32%' },
        { text: 'Providers offering it', num: true },
        { text: 'Pupils who can gain it', num: true },
        { text: 'Pupils who gained it (placements ended in the last twelve months)', num: true },
        { text: 'Providers where it was gained', num: true },
      ],
      labels: QUALS.map(([, t]) => [label(t)]),
      counts: QUALS.map(([k]) => [providers.n(k), pupils.n(k), gained.n(k), gainedAt.n(k)]),
      totals: 'none',
      note: "On offer: the qualifications listed on active placements. Gained: each ended placement's outcome.qualifications_achieved.",
    },
    o.f,
  );
}

export function involvement(o: OverviewInput): ViewTable {
  const counts = o.result.schools.map((s) => {
    const t = new Tally<string>();
    for (const { placement: p } of o.active(s)) {
      const k = pupilKey(p.pupil),
        d = p.pre_commissioning_discussion;
      t.add('all', k);
      if (d?.date) t.add('held', k);
      if (d?.parent_or_carer) t.add('parent', k);
      if (d?.pupil) t.add('pupil', k);
      for (const { review } of heldReviews(p, o.asOf)) {
        if (review.took_part?.includes('pupil')) t.add('heard', k);
        if (review.took_part?.includes('parent-or-carer')) t.add('carer', k);
      }
    }
    return ['all', 'held', 'parent', 'pupil', 'heard', 'carer'].map((k) => t.n(k));
  });
  return countsTable(
    {
      id: 'involvement',
      title: 'Parents, carers and pupils in the decision and in reviews',
      head: [
        { text: 'School', width: '28%' },
        ...[
          'Pupils in AP',
          'With a pre-commissioning discussion',
          'Parent or carer took part',
          'Pupil took part',
          "Pupil's own view heard at a review",
          'Parent or carer at a review',
        ].map((text) => ({ text, num: true })),
      ],
      labels: schoolLabel(o),
      counts,
      totals: 'columns',
      totalKeys: [PUPILS_IN_AP],
      parts: [
        [1, 0],
        [2, 0],
        [3, 0],
        [2, 1],
        [3, 1],
        [4, 0],
        [5, 0],
      ],
      note: "From each active placement's pre_commissioning_discussion, and the took_part of its reviews held so far (pupil: the pupil's own view was heard).",
    },
    o.f,
  );
}

/** Objectives met by the placements that ended in the twelve months, by provider: all, some, none, none set. */
export function objectivesByProvider(o: OverviewInput): ViewTable {
  const rows = new Map<string, { provider: AreaProvider; n: number[] }>();
  for (const { item, provider } of endedInYear(o)) {
    const p = item.placement,
      set = (p.objectives ?? []).length,
      met = objectivesMet(p, o.asOf).length;
    // "None met" only where something was recorded: the outcome's list, or progress at a review.
    const recorded = !!p.outcome?.objectives_met?.length || recordsProgress(p, o.asOf);
    const col = !set ? 4 : met >= set ? 0 : met > 0 ? 1 : recorded ? 2 : 3;
    const row = rows.get(provider.key) ?? { provider, n: [0, 0, 0, 0, 0] };
    row.n[col]++;
    rows.set(provider.key, row);
  }
  const list = [...rows.values()];
  return countsTable(
    {
      id: 'objectives-by-provider',
      title: 'Objectives met, by provider: placements ended in the last twelve months',
      head: [
        { text: 'Provider', width: '32%' },
        ...['All objectives met', 'Some met', 'None met', 'Not recorded', 'No objectives set'].map((text) => ({
          text,
          num: true,
        })),
      ],
      labels: list.map(({ provider: p }) => [label(p.name, p.postcode)]),
      counts: list.map((r) => r.n),
      totals: 'rows',
      totalHead: 'Placements ended',
      totalKeys: list.map((r) => endedKey(r.provider)),
      note: "Met: the objectives the outcome lists as met (outcome.objectives_met), else those whose latest review records them met. Not recorded: objectives set, but neither the outcome nor any review records progress against them. The same placements as the outcomes above, so each provider's total is the same.",
    },
    o.f,
  );
}
