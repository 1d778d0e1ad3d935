// The published overview across its tables: no withheld count can be worked out by combining two tables
// (a total by school and the same total by provider), and the pupils' journey (qualifications gained,
// objectives met, the pupil's view at reviews) answered from the placement files, counts made safe.
import { describe, expect, it } from 'vitest';
import { checkArea } from '../../src/area/index.js';
import { buildAreaOverview, type AreaOverviewView } from '../../src/render/views/area-overview.js';
import { WITHHELD } from '../../src/render/views/area/safe.js';
import { AS_OF, makeArea, type PupilSpec, type SchoolSpec } from './support.js';

const NOW = new Date(2026, 10, 16, 9, 0);

async function overview(schools: SchoolSpec[], exactCounts = false): Promise<AreaOverviewView> {
  return buildAreaOverview(await checkArea(makeArea(schools), { asOf: AS_OF }), {
    now: NOW,
    version: 'test',
    exactCounts,
  });
}

/** A table's rows (and totals row) as first cell → its numbers. */
function rows(v: AreaOverviewView, id: string): Record<string, string[]> {
  const t = v.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return Object.fromEntries(
    [...t.rows, ...(t.foot ? [t.foot] : [])].map((r) => [r[0].text, r.filter((c) => c.num).map((c) => c.text)]),
  );
}

const leaver = (ref: string, category: string): PupilSpec => ({
  ref,
  start: '2026-01-05',
  end: '2026-07-17',
  destination: category,
  extra: `    destination_category: ${category}\n`,
});
/** A school with one pupil in AP now and the given leavers, all at the same provider. */
const school = (dir: string, leavers: PupilSpec[]): SchoolSpec => ({
  dir,
  files: { 'millstone.yaml': { pupils: [{ ref: 'P-0001' }, ...leavers] } },
});
const NEET = 6; // the NEET column among the numbers of a leavers table

describe('no withheld count can be worked out from another table', () => {
  it('three schools with one NEET leaver each, all from one provider: the NEET total is withheld by school and by provider', async () => {
    // By school the column is 1, 1, 1 with no 0 to withhold, so only its total can be withheld; the same total
    // by provider (3 at Millstone) would then give each school's 1 away. Both withhold it.
    const v = await overview(['a', 'b', 'c'].map((d) => school(d, [leaver('P-0002', 'neet')])));
    const bySchool = rows(v, 'leavers-by-school');
    expect(['a', 'b', 'c', 'All schools'].map((k) => bySchool[k][NEET])).toEqual(Array(4).fill(WITHHELD));
    const byProvider = rows(v, 'destinations-by-provider');
    expect(byProvider['Millstone Workshop'][NEET]).toBe(WITHHELD);
    expect(byProvider['All providers'][NEET]).toBe(WITHHELD);
    expect(v.summary.find((s) => s.label === 'Leavers in the last twelve months: NEET')?.value).toBe('withheld');
    // The internal copy shows what was withheld.
    const exact = await overview(
      ['a', 'b', 'c'].map((d) => school(d, [leaver('P-0002', 'neet')])),
      true,
    );
    expect(rows(exact, 'destinations-by-provider')['All providers'][NEET]).toBe('3');
  });

  it("with a school whose leavers all went to college, that school's 0 NEET is withheld instead, and the total prints", async () => {
    const v = await overview([
      ...['a', 'b', 'c'].map((d) => school(d, [leaver('P-0002', 'neet')])),
      school('d', [leaver('P-0002', 'college'), leaver('P-0003', 'college'), leaver('P-0004', 'college')]),
    ]);
    const bySchool = rows(v, 'leavers-by-school');
    expect(['a', 'b', 'c', 'd', 'All schools'].map((k) => bySchool[k][NEET])).toEqual([
      WITHHELD,
      WITHHELD,
      WITHHELD,
      WITHHELD,
      '3',
    ]);
    expect(rows(v, 'destinations-by-provider')['All providers'][NEET]).toBe('3');
  });

  it("one pupil placed by the local authority at each of three schools: the school-placed total is withheld with the LA's, since the pupils in AP less it would give it away", async () => {
    const schools = ['a', 'b', 'c'].map((dir) => ({
      dir,
      files: {
        'millstone.yaml': {
          pupils: [
            { ref: 'P-0001', extra: '    commissioned_by: local-authority\n' },
            ...['P-0002', 'P-0003', 'P-0004'].map((ref) => ({ ref })),
          ],
        },
      },
    }));
    const v = await overview(schools);
    expect(rows(v, 'commissioned-by')['All schools']).toEqual([WITHHELD, WITHHELD]);
    expect(rows(v, 'pupils-by-school')['All schools'][0]).toBe('12');
    expect(rows(await overview(schools, true), 'commissioned-by')['All schools']).toEqual(['9', '3']);
  });

  it('pupils with an EHC plan outside the area, one at each of three providers: the reasons table does not give away their total', async () => {
    const away = (name: string, postcode: string, pupils: PupilSpec[]): SchoolSpec['files'] => ({
      [`${name}.yaml`]: { name, postcode, pupils },
    });
    const v = await overview([
      { dir: 'a', files: away('Dales Outdoor Centre', 'BD23 1AA', [{ ref: 'P-0001', send: 'ehcp' }]) },
      { dir: 'b', files: away('Moor Riding School', 'HG3 1AA', [{ ref: 'P-0001', send: 'ehcp' }]) },
      {
        dir: 'c',
        files: away(
          'Fell Skills',
          'LA9 1AA',
          ['P-0001', 'P-0002', 'P-0003', 'P-0004', 'P-0005'].map((ref, i) => ({
            ref,
            send: i ? 'sen-support' : 'ehcp',
          })),
        ),
      },
    ]);
    // With an EHC plan: 1, 1, 1 (no 0 to withhold), so its total is withheld; SEN support prints (4).
    const byProvider = rows(v, 'out-of-area');
    expect(byProvider['All providers outside the area']).toEqual([WITHHELD, WITHHELD]);
    // All the reasons' total (7) less SEN support (4) would be 3, each of the three then 1: withheld too.
    expect(rows(v, 'out-of-area-reasons')['All reasons']).toEqual([WITHHELD]);
  });
});

describe("the pupils' journey, from the placement files", () => {
  const heard = '[{ date: 2026-10-02, took_part: [school, provider, pupil, parent-or-carer] }]';
  // Ended placements: all objectives met with a qualification; none met (recorded at a review); nothing recorded.
  const ended = (ref: string, how: 'met' | 'not-met' | 'unrecorded'): PupilSpec => ({
    ref,
    start: '2026-01-05',
    end: '2026-07-17',
    reviews: how === 'not-met' ? '[{ date: 2026-06-02, progress: [{ objective: 1, status: not-met }] }]' : undefined,
    extra:
      how === 'met'
        ? '    outcome: { result: reintegrated, objectives_met: [1], qualifications_achieved: [{ type: functional-skills, grade: pass }] }\n'
        : '    outcome: { result: other }\n',
  });
  const area = (): SchoolSpec[] => [
    {
      dir: 'a',
      name: 'Alder School',
      files: {
        'millstone.yaml': {
          pupils: [
            ...['P-0001', 'P-0002', 'P-0003'].map((ref) => ({ ref, reviews: heard })),
            { ref: 'P-0004' },
            ...['P-0011', 'P-0012', 'P-0013'].map((ref) => ended(ref, 'met')),
            ended('P-0014', 'not-met'),
            ended('P-0015', 'unrecorded'),
          ],
        },
      },
    },
  ];

  it('qualifications gained, the pupil heard at reviews and objectives met are counted, with the same totals as the outcomes', async () => {
    const v = await overview(area(), true);
    expect(rows(v, 'qualifications')['Functional skills']).toEqual(['0', '0', '3', '1']);
    // Pupils in AP 4; pre-commissioning discussion, parent and pupil 4 each; heard at a review 3; carer there 3.
    expect(rows(v, 'involvement')['Alder School']).toEqual(['4', '4', '4', '4', '3', '3']);
    // All met 3, some 0, none 1, not recorded 1, none set 0; the five placements ended, as in the outcomes table.
    expect(rows(v, 'objectives-by-provider')['Millstone Workshop']).toEqual(['3', '0', '1', '1', '0', '5']);
    expect(rows(v, 'outcomes-by-provider')['Millstone Workshop'].at(-1)).toBe('5');
    const questions = v.areas.flatMap((a) => a.questions);
    for (const words of [
      'Which qualifications/ accreditations do pupils have access to?',
      'How are parents/carers/ pupils involved in the decision-making?',
    ])
      expect(questions.find((q) => q.words === words)?.notHeld).toBeNull();
  });

  it('published: the one pupil not heard at a review, and the placements with no objective met, are withheld', async () => {
    const v = await overview(area());
    // 3 of 4 would tell that one pupil was not heard.
    expect(rows(v, 'involvement')['Alder School'].slice(4)).toEqual([WITHHELD, WITHHELD]);
    const objectives = rows(v, 'objectives-by-provider')['Millstone Workshop'];
    expect(objectives.slice(2, 4)).toEqual([WITHHELD, WITHHELD]);
    expect(objectives.at(-1)).toBe('5');
  });
});
