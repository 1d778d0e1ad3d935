// The area rules, each firing and not firing, over small areas written to a temporary folder, through the
// same checkArea() the command calls.
import { describe, expect, it } from 'vitest';
import { checkArea } from '../../src/area/index.js';
import { AS_OF, makeArea, type ProviderSpec } from './support.js';

const fullTime = (refs: string[], extra: Partial<{ send: 'ehcp'; lookedAfter: boolean; year: number }> = {}) => refs.map((ref) => ({ ref, hours: 20, ...extra }));
const ids = async (area: string, rule: string) => (await checkArea(area, { asOf: AS_OF })).findings.filter((f) => f.ruleId === rule);

describe('area-unregistered-full-time', () => {
  const three = (perSchool: ProviderSpec['pupils'][]) => makeArea(perSchool.map((pupils, i) => ({ dir: `s${i}`, files: { 'mill.yaml': { pupils } } })));

  it('fires when three schools\' full-time pupils together reach 5, naming schools and counts, never pupils', async () => {
    const area = three([fullTime(['P-0001', 'P-0002']), fullTime(['P-0001', 'P-0002']), fullTime(['P-0003'])]);
    const found = await ids(area, 'area-unregistered-full-time');
    // one on area.yaml and one in each of the three school files
    expect(found.map((f) => f.file.endsWith('area.yaml'))).toEqual([true, false, false, false]);
    expect(found[0].severity).toBe('error');
    // in each school file, at the provider's registration: key (line 4), read again after the text was let go
    expect(found.slice(1).map((f) => [f.line, f.column])).toEqual([[4, 3], [4, 3], [4, 3]]);
    expect(found[0].message).toContain('to 5 pupils');
    expect(found[0].message).toContain('s0: 2; s1: 2; s2: 1');
    expect(found[0].message).not.toMatch(/P-000/);
    expect(found.map((f) => f.messageId)).toEqual(['count', 'count', 'count', 'count']);
  });

  it('counts the same reference at two schools as two pupils (pupils are never joined across schools)', async () => {
    // Each school has P-0001 and P-0002: joined, that would be 2 pupils; kept apart, it is 6.
    const area = three([fullTime(['P-0001', 'P-0002']), fullTime(['P-0001', 'P-0002']), fullTime(['p-0001 ', 'P-0002'])]);
    const found = await ids(area, 'area-unregistered-full-time');
    expect(found[0].message).toContain('to 6 pupils');
  });

  it('does not fire at 4 full-time pupils, for part-time pupils, past compulsory age, or at a registered provider', async () => {
    expect(await ids(three([fullTime(['P-0001', 'P-0002']), fullTime(['P-0001', 'P-0002'])]), 'area-unregistered-full-time')).toEqual([]);
    expect(await ids(three([[{ ref: 'A' }, { ref: 'B' }], [{ ref: 'A', hours: 18 }], [{ ref: 'C' }, { ref: 'D' }]]), 'area-unregistered-full-time')).toEqual([]);
    expect(await ids(three([fullTime(['A', 'B'], { year: 12 }), fullTime(['A', 'B'], { year: 13 }), fullTime(['C'], { year: 12 })]), 'area-unregistered-full-time')).toEqual([]);
    const registered = makeArea([0, 1, 2].map((i) => ({ dir: `s${i}`, files: { 'pru.yaml': { registered: true, pupils: fullTime(['A', 'B']) } } })));
    expect(await ids(registered, 'area-unregistered-full-time')).toEqual([]);
  });

  it('fires for one full-time pupil with an EHC plan or looked after', async () => {
    const area = makeArea([{ dir: 'a', files: { 'mill.yaml': { pupils: fullTime(['A'], { send: 'ehcp' }) } } }, { dir: 'b', files: { 'mill.yaml': {} } }]);
    const found = await ids(area, 'area-unregistered-full-time');
    expect(found[0].message).toContain('1 pupil with an EHC plan or looked after');
    expect(found[0].messageId).toBe('special');
  });
});

describe('area-qa-coverage', () => {
  it('fires when no school has QA\'d a provider in use, and when the latest by any school is too old, naming that school', async () => {
    const none = makeArea([{ dir: 'a', files: { 'm.yaml': { qa: [] } } }, { dir: 'b', files: { 'm.yaml': { qa: [] } } }]);
    expect((await ids(none, 'area-qa-coverage'))[0].message).toContain('none has a quality-assurance record');
    const old = makeArea([{ dir: 'a', files: { 'm.yaml': { qa: [['2025-06-01', 'meets']] } } }, { dir: 'b', files: { 'm.yaml': { qa: [['2025-09-01', 'meets']] } } }]);
    const found = await ids(old, 'area-qa-coverage');
    expect(found[0].message).toContain('2025-09-01 by b');
    expect(found).toHaveLength(3);
  });

  it('does not fire when one school\'s recent QA covers the others, or the provider is not in use', async () => {
    const shared = makeArea([{ dir: 'a', files: { 'm.yaml': { qa: [] } } }, { dir: 'b', files: { 'm.yaml': { qa: [['2026-10-01', 'meets']] } } }]);
    expect(await ids(shared, 'area-qa-coverage')).toEqual([]);
    const ended = makeArea([{ dir: 'a', files: { 'm.yaml': { qa: [], pupils: [{ ref: 'A', end: '2026-07-17' }] } } }]);
    expect(await ids(ended, 'area-qa-coverage')).toEqual([]);
  });
});

describe('area-qa-disagree', () => {
  it('fires when two schools\' outcomes in one term are meets and does-not-meet', async () => {
    const area = makeArea([{ dir: 'a', files: { 'm.yaml': { qa: [['2026-09-20', 'meets']] } } }, { dir: 'b', files: { 'm.yaml': { qa: [['2026-10-14', 'does-not-meet']] } } }]);
    const found = await ids(area, 'area-qa-disagree');
    expect(found[0].message).toContain('autumn term 2026');
    expect(found[0].severity).toBe('warn');
  });

  it('does not fire across terms, for partly-meets, or for one school changing its own judgement', async () => {
    const terms = makeArea([{ dir: 'a', files: { 'm.yaml': { qa: [['2026-06-20', 'meets']] } } }, { dir: 'b', files: { 'm.yaml': { qa: [['2026-10-14', 'does-not-meet']] } } }]);
    expect(await ids(terms, 'area-qa-disagree')).toEqual([]);
    const partly = makeArea([{ dir: 'a', files: { 'm.yaml': { qa: [['2026-09-20', 'meets']] } } }, { dir: 'b', files: { 'm.yaml': { qa: [['2026-10-14', 'partly-meets']] } } }]);
    expect(await ids(partly, 'area-qa-disagree')).toEqual([]);
    const own = makeArea([{ dir: 'a', files: { 'm.yaml': { qa: [['2026-09-20', 'does-not-meet'], ['2026-10-20', 'meets']] } } }]);
    expect(await ids(own, 'area-qa-disagree')).toEqual([]);
  });
});

describe('area-provider-identity', () => {
  it('fires for the same name with different postcodes at two schools, and the same URN with different names', async () => {
    const post = makeArea([{ dir: 'a', files: { 'm.yaml': { postcode: 'LS12 6QT' } } }, { dir: 'b', files: { 'm.yaml': { name: 'The Millstone Workshop', postcode: 'LS12 6QY' } } }]);
    expect((await ids(post, 'area-provider-identity'))[0].message).toContain('different postcodes');
    const urn = makeArea([{ dir: 'a', files: { 'p.yaml': { registered: true, urn: '995011', name: 'Pennine PRU' } } }, { dir: 'b', files: { 'p.yaml': { registered: true, urn: '995011', name: 'Beckside Academy' } } }]);
    expect((await ids(urn, 'area-provider-identity'))[0].message).toContain('URN 995011');
  });

  it('does not fire when names match after normalising ("The", case, punctuation) and postcodes match after spacing', async () => {
    const same = makeArea([{ dir: 'a', files: { 'm.yaml': { name: 'Millstone Workshop', postcode: 'LS12 6QT' } } }, { dir: 'b', files: { 'm.yaml': { name: 'The MILLSTONE workshop.', postcode: 'ls126qt' } } }]);
    const result = await checkArea(same, { asOf: AS_OF });
    expect(result.findings.filter((f) => f.ruleId === 'area-provider-identity')).toEqual([]);
    expect(result.providers).toHaveLength(1);
    expect(result.providers[0].uses).toHaveLength(2);
  });
});

describe('area-school-errors', () => {
  it('fires for a school with open errors, counted by rule, on its entry in area.yaml', async () => {
    const area = makeArea([{ dir: 'a', files: { 'm.yaml': { pupils: [{ ref: 'P-0001', extra: '    part_time_timetable: { agreed_with_parent: 2026-09-01 }\n' }] } } }, { dir: 'b', files: { 'm.yaml': {} } }]);
    const found = await ids(area, 'area-school-errors');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^a \(URN \d+\) has 1 open error .*part-time-timetable 1/);
    expect(found[0].file.endsWith('area.yaml')).toBe(true);
    expect(found[0].line).toBe(4);
  });

  it('does not fire when every school is clean, and can be turned off in area.yaml', async () => {
    expect(await ids(makeArea([{ dir: 'a', files: { 'm.yaml': {} } }]), 'area-school-errors')).toEqual([]);
    const off = makeArea([{ dir: 'a', files: { 'm.yaml': { pupils: [{ ref: 'P-0001', extra: '    part_time_timetable: { agreed_with_parent: 2026-09-01 }\n' }] } } }],
      { areaYaml: 'area: { name: T }\nrules: { area-school-errors: off }\nschools:\n  - path: a\n' });
    expect(await ids(off, 'area-school-errors')).toEqual([]);
  });
});

describe('pupils inside the area', () => {
  it('never matches one school\'s pupil reference to another school\'s: no cross-school multiple-providers or combined-hours', async () => {
    const area = makeArea([
      { dir: 'a', files: { 'x.yaml': { name: 'Provider X', pupils: [{ ref: 'P-0042', hours: 20 }] } } },
      { dir: 'b', files: { 'y.yaml': { name: 'Provider Y', postcode: 'LS1 1AA', pupils: [{ ref: 'P-0042', hours: 20 }] } } },
    ]);
    const result = await checkArea(area, { asOf: AS_OF });
    expect(result.findings.filter((f) => ['multiple-providers', 'combined-hours', 'pupil-facts-conflict'].includes(f.ruleId))).toEqual([]);
    expect(result.counts.pupils).toBe(2);
  });
});
