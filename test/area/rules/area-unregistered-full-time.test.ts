import { areaUnregisteredFullTime } from '../../../src/area/rules/unregistered-full-time.js';
import { testAreaRule, type ProviderSpec, type SchoolCase } from '../../support/area-rule-tester.js';

const fullTime = (refs: string[], extra: Partial<{ send: 'ehcp'; lookedAfter: boolean; year: number }> = {}) =>
  refs.map((ref) => ({ ref, hours: 20, ...extra }));
/** One school per list of pupils, each placing them at the same unregistered provider (mill.yaml). */
const schools = (perSchool: ProviderSpec['pupils'][], spec: ProviderSpec = {}): SchoolCase[] =>
  perSchool.map((pupils, i) => ({ dir: `s${i}`, files: { 'mill.yaml': { ...spec, pupils } } }));
/** The finding on area.yaml (at the first school using the provider) and at each school file's registration. */
const across = (messageId: string, n: number, extra: { data?: Record<string, unknown>; message?: RegExp } = {}) => [
  { messageId, at: ['schools', 0], ...extra },
  ...Array.from({ length: n }, (_, i) => ({
    messageId,
    file: `s${i}/placements/mill.yaml`,
    at: ['provider', 'registration'],
    key: true,
  })),
];
const bySchool = (counts: number[]) => counts.map((count, i) => ({ school: `s${i}`, count }));

testAreaRule(areaUnregisteredFullTime, {
  valid: [
    {
      name: '4 full-time pupils across the area',
      schools: schools([fullTime(['P-0001', 'P-0002']), fullTime(['P-0001', 'P-0002'])]),
    },
    {
      name: 'part-time pupils',
      schools: schools([[{ ref: 'A' }, { ref: 'B' }], [{ ref: 'A', hours: 18 }], [{ ref: 'C' }, { ref: 'D' }]]),
    },
    {
      name: 'past compulsory school age',
      schools: schools([
        fullTime(['A', 'B'], { year: 12 }),
        fullTime(['A', 'B'], { year: 13 }),
        fullTime(['C'], { year: 12 }),
      ]),
    },
    {
      name: 'a registered provider',
      schools: schools([fullTime(['A', 'B']), fullTime(['A', 'B']), fullTime(['A', 'B'])], { registered: true }),
    },
  ],
  invalid: [
    {
      name: "three schools' full-time pupils reach 5, named by school and count, never by pupil",
      schools: schools([fullTime(['P-0001', 'P-0002']), fullTime(['P-0001', 'P-0002']), fullTime(['P-0003'])]),
      errors: [
        {
          messageId: 'count',
          at: ['schools', 0],
          severity: 'error',
          data: { provider: 'Millstone Workshop', total: 5, threshold: 5, bySchool: bySchool([2, 2, 1]), hours: 18 },
        },
        { messageId: 'count', file: 's0/placements/mill.yaml', at: ['provider', 'registration'], key: true },
        { messageId: 'count', file: 's1/placements/mill.yaml', at: ['provider', 'registration'], key: true },
        { messageId: 'count', file: 's2/placements/mill.yaml', at: ['provider', 'registration'], key: true },
      ],
    },
    {
      name: 'the same reference at two schools is two pupils (pupils are never joined across schools)',
      schools: schools([
        fullTime(['P-0001', 'P-0002']),
        fullTime(['P-0001', 'P-0002']),
        fullTime(['p-0001 ', 'P-0002']),
      ]),
      errors: across('count', 3, { message: /to 6 pupils/ }),
    },
    {
      name: 'one full-time pupil with an EHC plan',
      schools: [
        { dir: 's0', files: { 'mill.yaml': { pupils: fullTime(['A'], { send: 'ehcp' }) } } },
        { dir: 's1', files: { 'mill.yaml': {} } },
      ],
      errors: [
        {
          messageId: 'special',
          at: ['schools', 0],
          data: { provider: 'Millstone Workshop', special: 1, anySen: false, bySchool: bySchool([1]), hours: 18 },
        },
        { messageId: 'special', file: 's0/placements/mill.yaml', at: ['provider', 'registration'], key: true },
        { messageId: 'special', file: 's1/placements/mill.yaml', at: ['provider', 'registration'], key: true },
      ],
    },
  ],
});
