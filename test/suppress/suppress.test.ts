// Inline suppressions: which findings a directive hides, and which directives are `suppression-invalid`.
import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../src/suppress.js';
import { PROVIDER, above, checkFiles, config, lineOf, swap } from './helpers.js';

const BAD_POSTCODE = swap(PROVIDER, 'postcode: LS11 5AB', 'postcode: NOT A CODE');
const NO_EXIT_PLAN = swap(
  BAD_POSTCODE,
  '    exit_plan: Phased return to mainstream from February half-term   # reintegration / next step\n',
  '',
);

interface Row {
  name: string;
  text: string;
  /** Rule ids of the findings that should be suppressed, with their justification. */
  suppressed: [string, string][];
  /** Rule ids of the findings that should still count (besides suppression-invalid). */
  counted: string[];
  /** The suppression-invalid findings: line, column, and words the message must hold. */
  invalid: { line: number; column: number; says: RegExp }[];
}

const dir = (t: string, needle: string, directive: string) => above(t, needle, directive);

const rows: Row[] = [
  {
    name: 'next-line hides the finding on the next line',
    text: dir(
      BAD_POSTCODE,
      'postcode: NOT',
      '# ap-ready-disable-next-line postcode-format -- pupils attend the satellite site',
    ),
    suppressed: [['postcode-format', 'pupils attend the satellite site']],
    counted: [],
    invalid: [],
  },
  {
    name: 'next-line skips blank and comment lines',
    text: swap(
      BAD_POSTCODE,
      '    postcode: NOT',
      '    # ap-ready-disable-next-line postcode-format -- agreed with the LA\n\n    # an ordinary comment\n    postcode: NOT',
    ),
    suppressed: [['postcode-format', 'agreed with the LA']],
    counted: [],
    invalid: [],
  },
  {
    name: 'file hides the rule anywhere in the file',
    text: `# ap-ready-disable-file postcode-format -- the provider uses a PO box\n${BAD_POSTCODE}`,
    suppressed: [['postcode-format', 'the provider uses a PO box']],
    counted: [],
    invalid: [],
  },
  {
    name: 'one directive, several rule ids',
    text: `# ap-ready-disable-file postcode-format, exit-plan-required -- new provider, details due\n${NO_EXIT_PLAN}`,
    suppressed: [
      ['exit-plan-required', 'new provider, details due'],
      ['postcode-format', 'new provider, details due'],
    ],
    counted: [],
    invalid: [],
  },
  {
    name: 'several rule ids separated by spaces only',
    text: `# ap-ready-disable-file postcode-format exit-plan-required -- new provider\n${NO_EXIT_PLAN}`,
    suppressed: [
      ['exit-plan-required', 'new provider'],
      ['postcode-format', 'new provider'],
    ],
    counted: [],
    invalid: [],
  },
  {
    name: 'no reason: reported, and hides nothing',
    text: dir(BAD_POSTCODE, 'postcode: NOT', '# ap-ready-disable-next-line postcode-format'),
    suppressed: [],
    counted: ['postcode-format'],
    invalid: [{ line: 8, column: 5, says: /gives no reason.*add one after " -- "/ }],
  },
  {
    name: 'an empty reason after -- is no reason',
    text: dir(BAD_POSTCODE, 'postcode: NOT', '# ap-ready-disable-next-line postcode-format --   '),
    suppressed: [],
    counted: ['postcode-format'],
    invalid: [{ line: 8, column: 5, says: /gives no reason/ }],
  },
  {
    name: 'unknown rule id: reported with the nearest id',
    text: dir(BAD_POSTCODE, 'postcode: NOT', '# ap-ready-disable-next-line postcode-formt -- typo'),
    suppressed: [],
    counted: ['postcode-format'],
    invalid: [{ line: 8, column: 5, says: /"postcode-formt" is not a rule id: did you mean "postcode-format"\?/ }],
  },
  {
    name: 'a fixed rule cannot be suppressed',
    text: dir(
      swap(PROVIDER, 'looked_after: false', 'looked_after: maybe'),
      'looked_after: maybe',
      '# ap-ready-disable-next-line schema -- we do not know yet',
    ),
    suppressed: [],
    counted: ['schema'],
    invalid: [
      { line: lineOf(PROVIDER, 'looked_after: false'), column: 5, says: /"schema" findings cannot be suppressed/ },
    ],
  },
  {
    name: 'date-format cannot be suppressed either',
    text: `# ap-ready-disable-file date-format -- the provider writes dates this way\n${swap(PROVIDER, 'start_date: 2025-10-06', 'start_date: 06/10/2025')}`,
    suppressed: [],
    counted: ['date-format'],
    invalid: [{ line: 1, column: 1, says: /"date-format" findings cannot be suppressed/ }],
  },
  {
    name: 'next-line that suppresses nothing',
    text: dir(PROVIDER, 'town: Leeds', '# ap-ready-disable-next-line postcode-format -- left over'),
    suppressed: [],
    counted: [],
    invalid: [
      {
        line: lineOf(PROVIDER, 'town: Leeds'),
        column: 5,
        says: /hides nothing: "postcode-format" reports nothing on line 8/,
      },
    ],
  },
  {
    name: 'file directive that suppresses nothing',
    text: `# ap-ready-disable-file postcode-format -- left over\n${PROVIDER}`,
    suppressed: [],
    counted: [],
    invalid: [{ line: 1, column: 1, says: /hides nothing: "postcode-format" reports nothing in this file/ }],
  },
  {
    name: 'one id of several suppresses nothing',
    text: `# ap-ready-disable-file postcode-format, exit-plan-required -- new provider\n${BAD_POSTCODE}`,
    suppressed: [['postcode-format', 'new provider']],
    counted: [],
    invalid: [{ line: 1, column: 1, says: /"exit-plan-required" reports nothing in this file/ }],
  },
  {
    name: 'a directive with no line after it',
    text: `${PROVIDER.trimEnd()}\n# ap-ready-disable-next-line exit-plan-required -- end\n`,
    suppressed: [],
    counted: [],
    invalid: [{ line: PROVIDER.trimEnd().split('\n').length + 1, column: 1, says: /there is no line after it/ }],
  },
  {
    name: 'a directive that names no rule',
    text: `# ap-ready-disable-file -- everything\n${BAD_POSTCODE}`,
    suppressed: [],
    counted: ['postcode-format'],
    invalid: [{ line: 1, column: 1, says: /names no rule/ }],
  },
  {
    name: 'a misspelt directive',
    text: dir(BAD_POSTCODE, 'postcode: NOT', '# ap-ready-disable-line postcode-format -- typo'),
    suppressed: [],
    counted: ['postcode-format'],
    invalid: [{ line: 8, column: 5, says: /"ap-ready-disable-line" is not a suppression comment/ }],
  },
  {
    name: 'a directive as text inside a quoted value is no directive',
    text: swap(
      BAD_POSTCODE,
      'notes: "Visited site; premises and H&S checked."',
      'notes: "see # ap-ready-disable-file postcode-format -- x"',
    ),
    suppressed: [],
    counted: ['postcode-format'],
    invalid: [],
  },
  {
    name: 'a directive as text inside a block scalar is no directive',
    text: swap(
      BAD_POSTCODE,
      '    exit_plan: Phased return to mainstream from February half-term   # reintegration / next step',
      '    exit_plan: |\n      # ap-ready-disable-file postcode-format -- not a comment here\n      Phased return',
    ),
    suppressed: [],
    counted: ['postcode-format'],
    invalid: [],
  },
  {
    name: 'a trailing comment can be a directive for the next line',
    text: swap(
      BAD_POSTCODE,
      '    town: Leeds                                 # required',
      '    town: Leeds  # ap-ready-disable-next-line postcode-format -- satellite site',
    ),
    suppressed: [['postcode-format', 'satellite site']],
    counted: [],
    invalid: [],
  },
];

describe('inline suppressions', () => {
  it.each(rows)('$name', async (row) => {
    const result = await checkFiles({ 'provider.yaml': row.text });
    const invalid = result.findings.filter((f) => f.ruleId === 'suppression-invalid');
    expect(invalid.map((f) => ({ line: f.line, column: f.column, severity: f.severity }))).toEqual(
      row.invalid.map((i) => ({ line: i.line, column: i.column, severity: 'warn' })),
    );
    invalid.forEach((f, i) => expect(f.message).toMatch(row.invalid[i].says));
    const others = result.findings.filter((f) => f.ruleId !== 'suppression-invalid');
    expect(
      others
        .filter((f) => f.suppression)
        .map((f) => [f.ruleId, f.suppression!.justification])
        .sort(),
    ).toEqual(row.suppressed);
    expect(
      others
        .filter((f) => !f.suppression)
        .map((f) => f.ruleId)
        .sort(),
    ).toEqual(row.counted);
  });

  it('follows the config: suppression-invalid can be turned off or made an error', async () => {
    const text = dir(BAD_POSTCODE, 'postcode: NOT', '# ap-ready-disable-next-line postcode-format');
    const off = await checkFiles({ 'p.yaml': text }, config({ rules: { 'suppression-invalid': 'off' } }));
    expect(off.findings.map((f) => f.ruleId)).toEqual(['postcode-format']);
    const error = await checkFiles({ 'p.yaml': text }, config({ rules: { 'suppression-invalid': 'error' } }));
    expect(error.findings.find((f) => f.ruleId === 'suppression-invalid')?.severity).toBe('error');
  });

  it('says so when the rule a directive names is turned off', async () => {
    const text = dir(BAD_POSTCODE, 'postcode: NOT', '# ap-ready-disable-next-line postcode-format -- satellite site');
    const result = await checkFiles({ 'p.yaml': text }, config({ rules: { 'postcode-format': 'off' } }));
    expect(result.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['suppression-invalid', 8, 5]]);
    expect(result.findings[0].message).toMatch(/"postcode-format" is turned off/);
  });

  it('suppresses a cross-file finding only in the file whose directive covers it', async () => {
    // The same pupil active at two providers: multiple-providers reports in each file.
    const other = swap(PROVIDER, 'name: Bridge Learning Centre', 'name: Canal Side Tuition');
    const plain = await checkFiles({ 'a.yaml': PROVIDER, 'b.yaml': other });
    const inEach = plain.findings.filter((f) => f.ruleId === 'multiple-providers');
    expect(inEach).toHaveLength(2);

    const result = await checkFiles({
      'a.yaml': `# ap-ready-disable-file multiple-providers -- agreed split timetable\n${PROVIDER}`,
      'b.yaml': other,
    });
    const found = result.findings.filter((f) => f.ruleId === 'multiple-providers');
    expect(found.map((f) => [f.file.endsWith('a.yaml') ? 'a' : 'b', f.suppression?.justification])).toEqual([
      ['a', 'agreed split timetable'],
      ['b', undefined],
    ]);
    expect(result.findings.filter((f) => f.ruleId === 'suppression-invalid')).toEqual([]);
  });

  it('does not read directives in a file that is not valid YAML', async () => {
    const result = await checkFiles({ 'p.yaml': '# ap-ready-disable-file postcode-format -- x\nprovider: [\n' });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['yaml-syntax']);
  });
});

describe('findDirectives', () => {
  it('reads kind, ids, reason, position and target', () => {
    const first = '  # ap-ready-disable-next-line x, y  --  because: reasons -- more';
    const second = '# ap-ready-disable-file z -- r';
    const src = `a: 1\n\n${first}\n\n# note\nb: 2\r\n${second}\n`;
    expect(findDirectives(src, [])).toEqual([
      {
        kind: 'next-line',
        word: 'ap-ready-disable-next-line',
        ruleIds: ['x', 'y'],
        reason: 'because: reasons -- more',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: first.length + 1,
        target: 6,
      },
      {
        kind: 'file',
        word: 'ap-ready-disable-file',
        ruleIds: ['z'],
        reason: 'r',
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: second.length + 1,
      },
    ]);
  });

  it('ignores a # glued to text (not a YAML comment)', () => {
    expect(findDirectives('a: b#ap-ready-disable-file x -- y\n', [])).toEqual([]);
  });
});
