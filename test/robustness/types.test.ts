// Numbers where text belongs and text where numbers or true/false belong: YAML guesses types from how a
// value looks, and a busy editor does not quote. Each is a schema finding at the value, saying what to write.
import { describe, expect, it } from 'vitest';
import { GOOD, checkJson, expectGoodChecked, lineOf, repo } from './support.js';

const goodCopy = GOOD.replace('pupil: P-0042', 'pupil: P-0043');

/** GOOD with one line's value replaced; returns the text and the 1-based line and column of the new value. */
function withValue(key: string, oldValue: string, newValue: string) {
  const before = `${key}: ${oldValue}`;
  const after = `${key}: ${newValue}`;
  if (!goodCopy.includes(before)) throw new Error(`not in the good file: ${before}`);
  const text = goodCopy.replace(before, after);
  const line = lineOf(text, after);
  const column = text.split('\n')[line - 1].indexOf(after) + key.length + 3;
  return { text, line, column };
}

const cases: [string, ReturnType<typeof withValue>, RegExp][] = [
  [
    'pupil: 0042 (read as the number 42)',
    withValue('pupil', 'P-0043', '0042'),
    /pupil reference was read as a number: put it in quotes \(for example pupil: "0042"\)/,
  ],
  ['postcode: 12345', withValue('postcode', 'LS11 5AB', '12345'), /postcode is a number but should be text/],
  [
    'provider name: 2024 (a number)',
    withValue('name', 'Bridge Learning Centre', '2024'),
    /name is a number but should be text: put the value in quotes/,
  ],
  [
    'reason: yes — YAML 1.2 keeps it text, so no schema finding',
    withValue('exit_plan', 'Phased return to mainstream from February half-term', 'yes'),
    /^$/,
  ],
  [
    'hours_per_week: "nine"',
    withValue('hours_per_week', '9', '"nine"'),
    /hours_per_week is text but should be a number/,
  ],
  [
    'hours_per_week: 9 hours',
    withValue('hours_per_week', '9', '9 hours'),
    /hours_per_week is text but should be a number/,
  ],
  [
    'looked_after: "no"',
    withValue('looked_after', 'false', '"no"'),
    /looked_after must be true or false \(without quotes\), not text/,
  ],
  [
    'looked_after: no (YAML 1.2: text, not false)',
    withValue('looked_after', 'false', 'no'),
    /looked_after must be true or false \(without quotes\), not text/,
  ],
  ['looked_after: 0', withValue('looked_after', 'false', '0'), /looked_after is a number but should be true or false/],
  [
    'year_group: "ten"',
    withValue('year_group', '10', '"ten"'),
    /year_group is not a year group: use R or a number from 1 to 13/,
  ],
  ['send: true', withValue('send', 'sen-support', 'true'), /send is .*not one of none, sen-support, ehcp/],
  ['start_date: 20251006 (a number)', withValue('start_date', '2025-10-06', '20251006'), /start_date .*YYYY-MM-DD/],
];

describe('wrong types', () => {
  it.each(cases)('%s', async (_name, { text, line, column }, message) => {
    const { run, report, file } = await checkJson(repo({ 'typed.yaml': text }).dir);
    expect(run.status).toBe(1);
    const own = file('typed.yaml').messages.filter((m) => m.ruleId !== 'reason-required');
    if (message.source === '^$') {
      expect(own).toEqual([]);
    } else {
      expect(own, JSON.stringify(own)).toHaveLength(1);
      expect(own[0]).toMatchObject({ ruleId: 'schema', severity: 2, line, column });
      expect(own[0].message).toMatch(message);
    }
    expectGoodChecked(report);
  });
});

describe('missing required values', () => {
  it.each([
    ['send', '    send: sen-support'],
    ['looked_after', '    looked_after: false'],
    ['pupil', '  - pupil: P-0043'],
  ])('%s missing says it is missing, never "undefined"', async (key, line) => {
    const start = goodCopy.indexOf(line);
    const end = goodCopy.indexOf('\n', start);
    // Keep the list entry's dash when the first key goes.
    const text =
      key === 'pupil'
        ? `${goodCopy.slice(0, start)}  - year_group: 10${goodCopy.slice(goodCopy.indexOf('\n', goodCopy.indexOf('year_group: 10', start)))}`
        : goodCopy.slice(0, start) + goodCopy.slice(end + 1);
    const { report, file } = await checkJson(repo({ 'missing.yaml': text }).dir);
    const msgs = file('missing.yaml').messages;
    expect(msgs).toContainEqual(
      expect.objectContaining({ ruleId: 'schema', message: expect.stringMatching(new RegExp(`^${key} is missing`)) }),
    );
    for (const m of msgs) expect(m.message).not.toMatch(/undefined/);
    expectGoodChecked(report);
  });
});
