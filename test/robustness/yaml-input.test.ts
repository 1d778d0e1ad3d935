// Broken or unusual YAML text, hand-edited by busy staff: each file gets one clear finding at the right
// line (or, when it is fine, no finding of its own), and the good file beside it is still checked.
import { describe, expect, it } from 'vitest';
import {
  AS_OF,
  GOOD,
  GOOD_FINDING,
  checkJson,
  cli,
  expectBounded,
  expectGoodChecked,
  lineOf,
  onlyFinding,
  repo,
} from './support.js';

/** GOOD cut off just after `needle` (+ `extra`). */
const cutAfter = (needle: string, extra = '') => GOOD.slice(0, GOOD.indexOf(needle) + needle.length) + extra;
const lineCount = (text: string) => text.replace(/\n$/, '').split('\n').length;
/** GOOD with another pupil reference, so a copy of it does not add cross-file findings. */
const goodCopy = GOOD.replace('pupil: P-0042', 'pupil: P-0043');

describe('truncated YAML', () => {
  it('a file cut off inside a { } session says so, at the line where it ends', async () => {
    const text = cutAfter('      - { day: mon, start: "09:30"');
    const { run, report, file } = await checkJson(repo({ 'cut.yaml': text }).dir);
    expect(run.status).toBe(1);
    const m = onlyFinding(file('cut.yaml'));
    // The file has lineCount(text) lines: a position past its end cannot be jumped to in an editor.
    expect(m.line).toBe(lineCount(text));
    expect(m.message).toMatch(/cut short|file ends|never closed/i);
    expectGoodChecked(report);
  });

  it('a file cut off inside a quoted value says the quote is never closed', async () => {
    const text = cutAfter('      - { day: mon, start: "09:3');
    const { run, report, file } = await checkJson(repo({ 'cut.yaml': text }).dir);
    expect(run.status).toBe(1);
    const m = onlyFinding(file('cut.yaml'));
    expect(m.message).toMatch(/quoted value is never closed/);
    expect(m.line).toBeGreaterThanOrEqual(lineCount(text) - 1);
    expect(m.line).toBeLessThanOrEqual(lineCount(text));
    expectGoodChecked(report);
  });

  it('a file cut off mid-line that is still valid YAML gets the findings of what is missing, in plain words', async () => {
    const text = cutAfter('    start_date: 2025-10');
    const { run, report, file } = await checkJson(repo({ 'cut.yaml': text }).dir);
    expect(run.status).toBe(1);
    const msgs = file('cut.yaml').messages;
    expect(msgs).toContainEqual(
      expect.objectContaining({ ruleId: 'date-format', line: lineOf(text, 'start_date: 2025-10') }),
    );
    expect(msgs).toContainEqual(
      expect.objectContaining({ ruleId: 'schema', message: expect.stringMatching(/looked_after is missing/) }),
    );
    expect(msgs).toContainEqual(
      expect.objectContaining({ ruleId: 'schema', message: expect.stringMatching(/send is missing/) }),
    );
    for (const m of msgs) expect(m.message, 'a message never shows a JavaScript "undefined"').not.toMatch(/undefined/);
    expectGoodChecked(report);
  });
});

describe('malformed YAML', () => {
  it('bad indentation is reported at its line and column', async () => {
    const text = 'provider:\n  name: Bridge Learning Centre\n   address: 12 Mill Lane\n';
    const { run, report, file } = await checkJson(repo({ 'bad.yaml': text }).dir);
    expect(run.status).toBe(1);
    const m = onlyFinding(file('bad.yaml'));
    expect(m.line).toBe(3);
    expect(m.message).toMatch(/^This is not valid YAML: the indentation is wrong/);
    expectGoodChecked(report);
  });

  it('a missing colon is reported at its line', async () => {
    const text = GOOD.replace('    town: Leeds', '    town Leeds\n    county: [West Yorkshire');
    const { report, file } = await checkJson(repo({ 'bad.yaml': text }).dir);
    const m = onlyFinding(file('bad.yaml'));
    expect(m.line).toBeGreaterThanOrEqual(lineOf(text, 'town Leeds'));
    expect(m.line).toBeLessThanOrEqual(lineOf(text, 'county:') + 1);
    expectGoodChecked(report);
  });

  it('two YAML documents in one file are one clear finding', async () => {
    const { report, file } = await checkJson(repo({ 'two.yaml': `${goodCopy}---\n${goodCopy}` }).dir);
    expect(onlyFinding(file('two.yaml')).message).toMatch(/more than one YAML document/);
    expectGoodChecked(report);
  });

  it('a JavaScript tag is refused, not run', async () => {
    const { report, file } = await checkJson(
      repo({ 'tag.yaml': 'provider: !!js/function "function () { process.exit(7) }"\n' }).dir,
    );
    expect(onlyFinding(file('tag.yaml')).line).toBe(1);
    expectGoodChecked(report);
  });
});

describe('tabs', () => {
  it('a tab used for indentation is reported at its line', async () => {
    const text = goodCopy.replace('  name: Bridge Learning Centre', '\tname: Bridge Learning Centre');
    const { report, file } = await checkJson(repo({ 'tabs.yaml': text }).dir);
    const m = onlyFinding(file('tabs.yaml'));
    expect(m.line).toBe(lineOf(text, '\tname:'));
    expect(m.message).toMatch(/tab is used for indentation: indent with spaces only/);
    expectGoodChecked(report);
  });

  it('a tab between a value and its comment is fine', async () => {
    const text = goodCopy.replace('    town: Leeds', '    town: Leeds\t\t# city');
    const { run, report, file } = await checkJson(repo({ 'tabs.yaml': text }).dir);
    expect(run.status).toBe(1);
    // Only the good file's own finding, here as well: the tab changes nothing.
    expect(file('tabs.yaml').messages.map((m) => [m.ruleId, m.line])).toEqual([
      [GOOD_FINDING.ruleId, GOOD_FINDING.line],
    ]);
    expectGoodChecked(report);
  });
});

describe('very deep nesting', () => {
  const cases: [string, string][] = [
    ['10,000 levels of [', `${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['10,000 unclosed [', `${'['.repeat(10_000)}\n`],
    ['10,000 levels of { a:', `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`],
    ['1,000 levels of block mappings', Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}a:\n`).join('')],
    ['10,000 levels of block sequences', `${'- '.repeat(10_000)}x\n`],
  ];
  it.each(cases)('%s: one yaml-syntax finding, no stack overflow', async (_name, text) => {
    const { run, report, file } = await checkJson(repo({ 'deep.yaml': text }).dir);
    expect(run.status).toBe(1);
    expect(onlyFinding(file('deep.yaml')).message).toMatch(/nested too deeply|not valid YAML/);
    expectGoodChecked(report);
  });
});

describe('duplicate keys', () => {
  it('a key given twice in one block is reported at the second one', async () => {
    const text = goodCopy.replace(
      '  name: Bridge Learning Centre',
      '  name: Bridge Learning Centre\n  name: Bridge Centre',
    );
    const { report, file } = await checkJson(repo({ 'dup.yaml': text }).dir);
    const m = onlyFinding(file('dup.yaml'));
    expect(m.line).toBe(lineOf(text, '  name: Bridge Centre'));
    expect(m.message).toMatch(/a key appears twice in the same block/);
    expectGoodChecked(report);
  });
});

describe('encodings and line ends: parsed as if plain, with the same positions', () => {
  // A variant of the good file with two findings at known places: postcode-format on a value in the middle
  // of a line (column 15), and reason-required on the placement.
  const variant = goodCopy.replace('    postcode: LS11 5AB', '    postcode: LS11-5AB');
  const want = [
    { ruleId: 'postcode-format', line: lineOf(variant, 'postcode: LS11-5AB'), column: 15 },
    { ruleId: 'reason-required', line: GOOD_FINDING.line, column: 5 },
  ];
  const positions = (msgs: { ruleId: string; line: number; column: number }[]) =>
    msgs.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column })).sort((a, b) => a.line - b.line);

  it('plain LF (the reference)', async () => {
    const { report, file } = await checkJson(repo({ 'v.yaml': variant }).dir);
    expect(positions(file('v.yaml').messages)).toEqual(want);
    expectGoodChecked(report);
  });

  it('a UTF-8 byte order mark', async () => {
    const { report, file } = await checkJson(repo({ 'v.yaml': `\ufeff${variant}` }).dir);
    expect(positions(file('v.yaml').messages)).toEqual(want);
    expectGoodChecked(report);
  });

  it('CRLF line ends', async () => {
    const { report, file } = await checkJson(repo({ 'v.yaml': variant.replace(/\n/g, '\r\n') }).dir);
    expect(positions(file('v.yaml').messages)).toEqual(want);
    expectGoodChecked(report);
  });

  it('a byte order mark and CRLF together, and no newline at the end', async () => {
    const { report, file } = await checkJson(
      repo({ 'v.yaml': `\ufeff${variant.replace(/\n/g, '\r\n').replace(/\r\n$/, '')}` }).dir,
    );
    expect(positions(file('v.yaml').messages)).toEqual(want);
    expectGoodChecked(report);
  });

  it('stylish output of a CRLF file names it with the same line:col', async () => {
    const { dir } = repo({ 'v.yaml': variant.replace(/\n/g, '\r\n') });
    const run = await cli(['check', 'placements', '--as-of', AS_OF], { cwd: dir });
    expectBounded(run);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('placements/v.yaml');
    expect(run.stdout).toMatch(new RegExp(`^\\s+${want[0].line}:15\\s+error\\s+.*postcode-format$`, 'm'));
    expect(run.stdout).not.toContain('\r');
  });
});
