// Files that are not placement files, or are built to exhaust a parser: each is one clear finding,
// reached in bounded time and memory (support.ts: < 5 s, < 300 MB peak RSS), and the good file beside
// it is still checked.
import { closeSync, openSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD, checkJson, expectGoodChecked, lineOf, onlyFinding, repo } from './support.js';

const goodCopy = GOOD.replace('pupil: P-0042', 'pupil: P-0043');

/** A sparse file of `bytes` (no disk or memory used to make it). */
function sparse(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  try {
    ftruncateSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

describe('a YAML alias bomb ("billion laughs")', () => {
  // Nine levels of nine aliases: 9^9 = 387,420,489 values if expanded.
  const levels = 'abcdefghi'.split('');
  const bomb =
    levels
      .map((k, i) =>
        i === 0
          ? `${k}: &${k} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`
          : `${k}: &${k} [${Array(9)
              .fill(`*${levels[i - 1]}`)
              .join(',')}]`,
      )
      .join('\n') + '\n';

  it('at the top of a file: refused by the value budget, without expanding it', async () => {
    const { run, report, file } = await checkJson(repo({ 'bomb.yaml': bomb }).dir);
    expect(run.status).toBe(1);
    expect(onlyFinding(file('bomb.yaml')).message).toMatch(/more than 200,000 values/);
    expectGoodChecked(report);
  });

  it('inside a provider block, where the rules would walk it', async () => {
    const text = `provider:\n  name: X\n  notes:\n${bomb.replace(/^(?=.)/gm, '    ')}`;
    const { report, file } = await checkJson(repo({ 'bomb.yaml': text }).dir);
    expect(onlyFinding(file('bomb.yaml')).message).toMatch(/more than 200,000 values/);
    expectGoodChecked(report);
  });

  it("written as PyYAML writes shared values (block lists of aliases, the fast parser's): refused the same way", async () => {
    const block = levels
      .map(
        (k, i) =>
          `${k}: &${k}\n${Array(9)
            .fill(i === 0 ? '- lol' : `- *${levels[i - 1]}`)
            .join('\n')}\n`,
      )
      .join('');
    const text = `${block}provider:\n  name: X\nplacements: *i\n`;
    const { report, file } = await checkJson(repo({ 'bomb.yaml': text }).dir);
    expect(onlyFinding(file('bomb.yaml')).message).toMatch(/more than 200,000 values/);
    expectGoodChecked(report);
  });

  it('as the placements list', async () => {
    const text = `${bomb}provider: { name: X }\nplacements: *i\n`;
    const { report, file } = await checkJson(repo({ 'bomb.yaml': text }).dir);
    expect(onlyFinding(file('bomb.yaml')).message).toMatch(/more than 200,000 values/);
    expectGoodChecked(report);
  });
});

describe('big files', () => {
  it('a 20 MB file is refused by its size', async () => {
    const text = `${'# padding line of a file that grew far too big\n'.repeat(Math.ceil((20 * 1048576) / 47))}${goodCopy}`;
    const { run, report, file } = await checkJson(repo({ 'big.yaml': text }).dir);
    expect(run.status).toBe(1);
    const m = onlyFinding(file('big.yaml'));
    expect(m.message).toMatch(/^The file is 20\.\d MB; a placement file is a few KB/);
    expect(m.line).toBe(1);
    expectGoodChecked(report);
  });

  it('a 600 MB (sparse) file is refused by its size without being read into memory', async () => {
    const { dir, placements } = repo();
    sparse(join(placements, 'huge.yaml'), 600 * 1048576);
    // checkJson bounds the peak RSS (300 MB): reading the file before judging its size would exceed it.
    const { report, file } = await checkJson(dir);
    expect(onlyFinding(file('huge.yaml')).message).toMatch(/^The file is 600\.0 MB/);
    expectGoodChecked(report);
  });

  it('a 3 GB (sparse) file gets the same plain message, not a system error code', async () => {
    const { dir, placements } = repo();
    sparse(join(placements, 'huge.yaml'), 3 * 1024 * 1048576);
    const { report, file } = await checkJson(dir);
    const m = onlyFinding(file('huge.yaml'));
    expect(m.message).toMatch(/^The file is 3072\.0 MB/);
    expect(m.message).not.toMatch(/ERR_/);
    expectGoodChecked(report);
  });

  it('a file just under the size limit with hundreds of thousands of values is refused quickly, and the message does not blame aliases it does not have', async () => {
    const text = `provider:\n  name: X\n  curriculum:\n${'    - english\n'.repeat(Math.floor((4.9 * 1048576) / 14))}`;
    const { report, file } = await checkJson(repo({ 'long.yaml': text }).dir);
    const m = onlyFinding(file('long.yaml'));
    expect(m.message).toMatch(/more than 200,000 values/);
    expect(m.message).not.toMatch(/alias/i);
    expectGoodChecked(report);
  });

  it('a 2 MB key is reported without printing all of it', async () => {
    const { run, report, file } = await checkJson(
      repo({ 'key.yaml': `provider:\n  ${'k'.repeat(2_000_000)}: 1\n` }).dir,
    );
    for (const m of file('key.yaml').messages) expect(m.message.length, 'message length').toBeLessThan(1000);
    expect(run.stdout.length).toBeLessThan(100_000);
    expectGoodChecked(report);
  });
});

describe('files that are not YAML text', () => {
  it('a binary file named .yaml', async () => {
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    const { run, report, file } = await checkJson(repo({ 'photo.yaml': bytes }).dir);
    expect(run.status).toBe(1);
    expect(onlyFinding(file('photo.yaml')).message).toMatch(/The file is binary, not YAML text/);
    expectGoodChecked(report);
  });

  it('a PNG image named .yaml', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      Buffer.from('IHDR'),
    ]);
    const { report, file } = await checkJson(repo({ 'logo.yaml': png }).dir);
    expect(onlyFinding(file('logo.yaml')).message).toMatch(/binary/);
    expectGoodChecked(report);
  });

  it('Windows-1252 text (a £ sign) is asked to be saved as UTF-8', async () => {
    const { report, file } = await checkJson(
      repo({
        'ansi.yaml': Buffer.from(goodCopy.replace('Bridge Learning Centre', 'Bridge Learning Centre £'), 'latin1'),
      }).dir,
    );
    expect(onlyFinding(file('ansi.yaml')).message).toMatch(/not UTF-8 text: save it again as UTF-8/);
    expectGoodChecked(report);
  });

  it('UTF-16 with a byte order mark is asked to be saved as UTF-8', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(goodCopy, 'utf16le')]);
    const { report, file } = await checkJson(repo({ 'unicode.yaml': utf16 }).dir);
    expect(onlyFinding(file('unicode.yaml')).message).toMatch(/UTF-16: save it again as UTF-8/);
    expectGoodChecked(report);
  });

  it('a NUL byte far into a text file is reported at its own line', async () => {
    const text = `${goodCopy}# ${'x'.repeat(9000)}\nnotes: "a\u0000b"\n`;
    const { report, file } = await checkJson(repo({ 'nul.yaml': text }).dir);
    const m = onlyFinding(file('nul.yaml'));
    expect(m.line).toBe(lineOf(text, 'notes: "a'));
    expectGoodChecked(report);
  });

  it('an empty file', async () => {
    const { report, file } = await checkJson(repo({ 'empty.yaml': '' }).dir);
    expect(onlyFinding(file('empty.yaml')).message).toMatch(/The file is empty/);
    expectGoodChecked(report);
  });
});

describe('comments that cost a regular expression exponential time', () => {
  // A header comment with a run of spaces, as in a hand-aligned note ("-> rule-id"): the loader's
  // "is this file only comments?" test must not backtrack over every way to split the spaces.
  const header = `#   * no reason recorded (only the category)${' '.repeat(30)}-> reason-required\n# second line\n`;

  it('a file whose header comment has a long run of spaces is checked normally', async () => {
    const { report, file } = await checkJson(repo({ 'aligned.yaml': `${header}${goodCopy}` }).dir);
    expect(file('aligned.yaml').messages.map((m) => m.ruleId)).toEqual(['reason-required']);
    expectGoodChecked(report);
  });

  it('a file of only such comments is empty', async () => {
    const { report, file } = await checkJson(repo({ 'notes.yaml': `${header}${header}   \n` }).dir);
    expect(onlyFinding(file('notes.yaml')).message).toMatch(/The file is empty/);
    expectGoodChecked(report);
  });
});
