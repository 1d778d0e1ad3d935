// What the loader itself reports about a file, before any rule runs: YAML that cannot be read (yaml-syntax),
// data that does not fit the schema (schema) and dates not written as YYYY-MM-DD (date-format). Each case
// changes the compliant fixture by swapping one piece of text, checks in memory as of 2025-12-01, and
// asserts the WHOLE set of findings, so a case also shows that a broken file or placement does not stop
// the rest being checked. Positions are found from the text (`pos`), not written as line numbers.
import { describe, expect, it } from 'vitest';
import { COMPLIANT as C, run } from '../support/check-in-memory.js';

/** `text` with the one occurrence of `from` replaced by `to` (fails if `from` is not there exactly once). */
function swap(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  if (i < 0 || text.indexOf(from, i + 1) >= 0) throw new Error(`swap: "${from}" is not in the text exactly once`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

/** "line:col" of the first occurrence of `needle` in `text`, moved `shift` columns right. */
function pos(text: string, needle: string, shift = 0): string {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`pos: "${needle}" is not in the text`);
  const before = text.slice(0, i).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1 + shift}`;
}

/** The compliant provider block (up to and including "placements:") and a minimal placement that passes every rule. */
const PROVIDER = C.slice(0, C.indexOf('placements:\n') + 'placements:\n'.length);
function placement(pupil: string, set: Record<string, string | null> = {}): string {
  const fields: Record<string, string | null> = {
    start_date: '2025-10-06',
    planned_end_date: '2026-02-13',
    reason: 'Re-engagement with learning',
    la_notified: '2025-10-01',
    send: 'none',
    looked_after: 'false',
    hours_per_week: '9',
    pre_commissioning_discussion: '{ date: 2025-09-29, parent_or_carer: true, pupil: true }',
    objectives: '[{ target: Attend 90% of sessions, by: 2026-02-13 }]',
    reviews: '[{ date: 2025-11-14, took_part: [school, pupil] }]',
    exit_plan: 'Return to school full-time',
    ...set,
  };
  return (
    `  - pupil: ${pupil}\n` +
    Object.entries(fields)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `    ${k}: ${v}\n`)
      .join('')
  );
}

interface Case {
  name: string;
  files: string | Record<string, string | Buffer>;
  /** Every finding: "line:col severity rule-id" (prefixed by the file name when several files). */
  expect: string[];
  /** The message of the case's first finding must match this. */
  message?: RegExp;
}

const TAB = swap(C, '    start_date: 2025-10-06', '\tstart_date: 2025-10-06');
const TWICE = swap(C, '    start_date: 2025-10-06', '    year_group: 11');
const UNCLOSED = swap(C, '    year_group: 10', '    year_group: [10');
const BAD_POSTCODE = swap(C, 'LS11 5AB', 'LS11 5A');

const yamlSyntax: Case[] = [
  {
    name: 'a tab used for indentation',
    files: TAB,
    expect: [`${pos(TAB, '\tstart_date')} error yaml-syntax`],
    message: /^This is not valid YAML: a tab is used for indentation/,
  },
  {
    name: 'a key twice in one block',
    files: TWICE,
    expect: [`${pos(TWICE, 'year_group: 11')} error yaml-syntax`],
    message: /a key appears twice/,
  },
  {
    name: 'an unclosed flow list in the middle is reported where the parser gives up (the next key)',
    files: UNCLOSED,
    expect: [`${pos(UNCLOSED, 'start_date')} error yaml-syntax`],
    message: /not valid YAML/,
  },
  { name: 'an empty file', files: '', expect: ['1:1 error yaml-syntax'], message: /empty/ },
  {
    name: 'a file of comments only',
    files: '# nothing yet\n# still nothing\n',
    expect: ['1:1 error yaml-syntax'],
    message: /empty/,
  },
  {
    name: 'the other files are still checked',
    files: { 'a.yaml': 'provider: [\n', 'b.yaml': BAD_POSTCODE },
    expect: ['a.yaml 1:12 error yaml-syntax', `b.yaml ${pos(BAD_POSTCODE, 'LS11 5A')} error postcode-format`],
  },
  {
    name: 'two YAML documents in one file',
    files: C + '---\n' + C,
    expect: ['1:1 error yaml-syntax'],
    message: /more than one YAML document/,
  },
  {
    name: 'a binary file',
    files: { 'a.yaml': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) },
    expect: ['1:1 error yaml-syntax'],
    message: /binary/,
  },
  {
    name: 'a file saved as UTF-16 says so (not "binary")',
    files: { 'a.yaml': Buffer.from('\uFEFF' + C, 'utf16le') },
    expect: ['1:1 error yaml-syntax'],
    message: /UTF-16/,
  },
  {
    name: 'a file that is not UTF-8',
    files: { 'a.yaml': Buffer.concat([Buffer.from('provider:\n  name: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]) },
    expect: ['2:12 error yaml-syntax'],
    message: /not UTF-8/,
  },
  {
    name: 'near miss: CRLF line ends and a byte-order mark are fine',
    files: '\uFEFF' + C.replace(/\n/g, '\r\n'),
    expect: [],
  },
];

const TYPO = swap(C, 'start_date: 2025-10-06', 'start_dte: 2025-10-06');
const NO_START = swap(C, '    start_date: 2025-10-06\n', '');
const TOP_TYPO = swap(C, 'placements:\n', 'placement:\n');
const YEAR_14 = swap(C, 'year_group: 10', 'year_group: 14');
const NUMERIC_PUPIL = swap(C, 'pupil: P-0042', 'pupil: 0042');
const BAD_ENUM = swap(C, 'send: sen-support', 'send: sen');
const NO_NAME = swap(C, '  name: Bridge Learning Centre\n', '');
const MIXED =
  PROVIDER +
  placement('P-0001', { send: 'sen' }) +
  placement('P-0002', { reason: null }) +
  placement('P-0003', { end_date: '2025-11-28', exit_plan: null, outcome: '{ result: reintegrated }' });
const NO_NAME_NO_EXIT = swap(NO_NAME, '    exit_plan: Phased return to mainstream from February half-term\n', '');

const schema: Case[] = [
  {
    name: 'a typo\'d key names the nearest valid key (said once, not also "start_date is missing")',
    files: TYPO,
    expect: [`${pos(TYPO, 'start_dte')} error schema`],
    message: /^This key is not one ap-ready knows \(the finding points at it\): did you mean "start_date"\?$/,
  },
  {
    name: 'a required key missing, with no typo for it: reported at the placement',
    files: NO_START,
    expect: [`${pos(NO_START, 'pupil: P-0042')} error schema`],
    message: /^start_date is missing: it is required here\.$/,
  },
  {
    name: "a typo'd top-level key",
    files: TOP_TYPO,
    expect: [`${pos(TOP_TYPO, 'placement:')} error schema`],
    message: /did you mean "placements"/,
  },
  {
    name: 'a year group outside R, 1–13',
    files: YEAR_14,
    expect: [`${pos(YEAR_14, '14')} error schema`],
    message: /R or a number from 1 to 13/,
  },
  {
    name: 'pupil: 0042 is read as a number: say to quote it',
    files: NUMERIC_PUPIL,
    expect: [`${pos(NUMERIC_PUPIL, '0042')} error schema`],
    message: /quotes/,
  },
  {
    name: 'a value outside its enum',
    files: BAD_ENUM,
    expect: [`${pos(BAD_ENUM, 'sen\n')} error schema`],
    message: /not one of none, sen-support, ehcp/,
  },
  {
    name: 'a missing required provider field is reported at its parent',
    files: NO_NAME,
    expect: [`${pos(NO_NAME, 'provider:')} error schema`],
    message: /name is missing/,
  },
  {
    name: 'an invalid placement is skipped, not the file: the other placements and the provider are still checked',
    files: MIXED,
    expect: [
      `${pos(MIXED, 'sen\n')} error schema`,
      `${pos(MIXED, 'pupil: P-0002')} error reason-required`,
      `${pos(MIXED, 'pupil: P-0003')} warn destination-required`,
    ],
  },
  {
    name: 'an invalid provider block is skipped, not its placements',
    files: NO_NAME_NO_EXIT,
    expect: [
      `${pos(NO_NAME_NO_EXIT, 'provider:')} error schema`,
      `${pos(NO_NAME_NO_EXIT, 'pupil: P-0042')} warn exit-plan-required`,
    ],
  },
  { name: 'near miss: year group R', files: swap(C, 'year_group: 10', 'year_group: R'), expect: [] },
  { name: 'near miss: a quoted numeric pupil reference', files: swap(C, 'pupil: P-0042', 'pupil: "0042"'), expect: [] },
];

const DMY = swap(C, 'start_date: 2025-10-06', 'start_date: 06/10/2025');
const UNREAL = swap(C, 'date: 2025-09-29', 'date: 2025-09-31');

const dateFormat: Case[] = [
  {
    name: 'DD/MM/YYYY names the ISO form',
    files: DMY,
    expect: [`${pos(DMY, '06/10/2025')} error date-format`],
    message: /YYYY-MM-DD, here 2025-10-06/,
  },
  {
    name: 'not a real date',
    files: UNREAL,
    expect: [`${pos(UNREAL, '2025-09-31')} error date-format`],
    message: /not a real date/,
  },
  {
    name: 'near miss: a quoted ISO date',
    files: swap(C, 'start_date: 2025-10-06', 'start_date: "2025-10-06"'),
    expect: [],
  },
];

describe.each([
  ['yaml-syntax', yamlSyntax],
  ['schema', schema],
  ['date-format', dateFormat],
] as const)('%s (as of 2025-12-01)', (ruleId, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { summary, findings } = await run(c.files);
    expect(summary).toEqual([...c.expect].sort());
    if (c.message) {
      const messages = findings.filter((f) => f.ruleId === ruleId).map((f) => f.message);
      expect(
        messages.some((m) => c.message!.test(m)),
        `${messages.join('\n')}\nshould match ${c.message}`,
      ).toBe(true);
    }
  });
});

it('the compliant fixture loads cleanly and passes every rule', async () => {
  expect((await run(C)).summary).toEqual([]);
});

it('swap and pos fail loudly when their text is not there', () => {
  expect(() => swap(C, 'not in the file', 'x')).toThrow();
  expect(() => swap(C, 'meets', 'x')).toThrow();
  expect(() => pos(C, 'not in the file')).toThrow();
  expect(pos('a\n  b', 'b')).toBe('2:3');
});
