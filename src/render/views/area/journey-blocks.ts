// The overview's tables about the pupils' journey: the qualifications on offer, and who took part in the
// decision to place them.
import { areaPupilKey } from '../../../area/providers.js';
import { pupilKey } from '../../../model/placement.js';
import { countsTable, label, Tally, type OverviewInput, type ViewTable } from './tables.js';
import { schoolLabel } from './pupil-blocks.js';

const QUALS: [string, string][] = [
  ['gcse', 'GCSE'],
  ['functional-skills', 'Functional skills'],
  ['btec', 'BTEC'],
  ['other', 'Other'],
];

export function qualifications(o: OverviewInput): ViewTable {
  const providers = new Tally<string>(),
    pupils = new Tally<string>();
  for (const s of o.result.schools) {
    for (const { file, placement: p } of o.active(s)) {
      for (const q of p.qualifications ?? []) {
        providers.add(q.type, o.providerOf.get(file)?.key ?? file.path);
        pupils.add(q.type, areaPupilKey(s, p.pupil));
      }
    }
  }
  return countsTable(
    {
      id: 'qualifications',
      title: 'Qualifications on offer',
      head: [
        { text: 'Qualification', width: '40%' },
        { text: 'Providers offering it', num: true },
        { text: 'Pupils who can gain it', num: true },
      ],
      labels: QUALS.map(([, t]) => [label(t)]),
      counts: QUALS.map(([k]) => [providers.n(k), pupils.n(k)]),
      totals: 'none',
      note: 'From the qualifications listed on active placements. Qualifications achieved are not held in the placement records.',
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
    }
    return [t.n('all'), t.n('held'), t.n('parent'), t.n('pupil')];
  });
  return countsTable(
    {
      id: 'involvement',
      title: 'Parents, carers and pupils in the decision',
      head: [
        { text: 'School', width: '34%' },
        ...['Pupils in AP', 'With a pre-commissioning discussion', 'Parent or carer took part', 'Pupil took part'].map(
          (text) => ({ text, num: true }),
        ),
      ],
      labels: schoolLabel(o),
      counts,
      totals: 'columns',
      parts: [
        [1, 0],
        [2, 0],
        [3, 0],
        [2, 1],
        [3, 1],
      ],
      note: "From each active placement's pre_commissioning_discussion. Pupils' views at reviews are not held in the placement records.",
    },
    o.f,
  );
}
