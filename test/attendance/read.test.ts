// Reading attendance CSVs: the forms providers send, and bad input (one problem with line and column,
// every other row still counted).
import { mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkDate, parseWhen, readAttendance, type ReadOptions } from '../../src/attendance/read.js';
import { AM, PM, NO_TIME } from '../../src/attendance/marks.js';
import { MARKS } from '../../src/attendance/codes.js';
import { dayNumber } from '../../src/model/dates.js';
import { HEADER } from './fixture.js';
import { tempDir } from '../support/temp-dir.js';

function read(files: Record<string, string | Buffer>, options: ReadOptions = {}) {
  const dir = tempDir({}, 'ap-ready-att-read-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const r = readAttendance(dir, options)!;
  return { ...r, problems: r.problems.map((p) => ({ ...p, file: p.file.slice(dir.length + 1) })), dir };
}

describe('parseMarkDate', () => {
  it.each([
    ['2026-11-03', '2026-11-03'],
    ['03/11/2026', '2026-11-03'],
    ['3/11/2026', '2026-11-03'],
    ['29/02/2028', '2028-02-29'],
    ['31/02/2026', undefined],
    ['2026-13-01', undefined],
    ['11/03/26', undefined],
    ['2026/11/03', undefined],
    ['3rd Nov', undefined],
    ['', undefined],
  ])('%s → %s', (text, iso) => {
    expect(parseMarkDate(text)).toBe(iso === undefined ? undefined : dayNumber(iso));
  });
  it('reads times on the day, or with their own date', () => {
    const day = dayNumber('2026-11-03')!;
    expect(parseWhen('09:20', day)).toBe(day * 1440 + 560);
    expect(parseWhen('2026-11-04T08:05', day)).toBe((day + 1) * 1440 + 485);
    expect(parseWhen('25:00', day)).toBeUndefined();
  });
});

describe('readAttendance', () => {
  it('returns undefined for a folder that does not exist; a .csv that is not an ordinary file is listed and said to be what it is', () => {
    expect(readAttendance(join(tmpdir(), 'no-such-ap-ready-folder'))).toBeUndefined();
    const dir = tempDir({}, 'ap-ready-att-read-');
    mkdirSync(join(dir, 'folder.csv'));
    writeFileSync(join(dir, 'readme.txt'), 'not a csv');
    writeFileSync(join(dir, 'a.csv'), `${HEADER}\n2026-11-02,am,P-0001,x,/,,,\n`);
    symlinkSync('/dev/zero', join(dir, 'zero.csv'));
    const r = readAttendance(dir)!;
    expect(r.files.map((f) => f.slice(dir.length + 1))).toEqual(['a.csv', 'zero.csv']);
    expect(r.marks.length).toBe(1);
    expect(r.problems.map((p) => [p.file.slice(dir.length + 1), p.message])).toEqual([
      ['zero.csv', expect.stringMatching(/^This is a device \(such as \/dev\/null\), not a CSV file/)],
    ]);
  });

  it('UTF-8 BOM, CRLF, quoted fields with commas, quotes and line breaks: lines and columns stay right', () => {
    const text =
      '\uFEFFdate,session,pupil,provider,mark,note\r\n' +
      '2026-11-02,am,P-0001,"Tuition A, Leeds",/,"Said ""hi"",\r\nthen left"\r\n' +
      '02/11/2026,13:30,P-0002,tuition-a,late,\r\n';
    for (const chunkSize of [3, 7, 1 << 20]) {
      const r = read({ 'a.csv': text }, { chunkSize });
      expect(r.problems).toEqual([]);
      const m = r.marks;
      expect(m.length).toBe(2);
      expect([m.line[0], m.line[1]]).toEqual([2, 4]);
      expect(m.session[0]).toBe(AM);
      expect(m.session[1]).toBe(13 * 60 + 30);
      expect(m.day[1]).toBe(dayNumber('2026-11-02'));
      expect(r.providers.values[m.provider[0]]).toBe('Tuition A, Leeds');
      expect(MARKS[m.mark[1]]).toBe('late');
      expect(m.column(1, 'mark')).toBe(35);
      expect(m.reportedAt[0]).toBe(NO_TIME);
    }
  });

  it('an invalid date, an unknown code, a row for an unknown pupil: one problem each at line and column, other rows count', () => {
    const r = read({
      'a.csv': [
        HEADER,
        '2026-11-02,am,P-0001,x,/,,,',
        '2026-11-31,pm,P-0001,x,/,,,',
        '2026-11-03,am,P-0001,x,Q9,,,',
        '03/11/2026,pm,P-0001,x,/,,,',
      ].join('\n'),
    });
    expect(r.marks.length).toBe(2);
    expect(r.problems.map(({ line, column }) => [line, column])).toEqual([
      [3, 1],
      [4, 24],
    ]);
    expect(r.problems[1].message).toContain('register code');
    expect(r.problems.map((p) => p.message).join()).not.toContain('Q9');
  });

  it('a Windows-1252 file is reported at its first non-UTF-8 byte; its rows still count', () => {
    const rows = `${HEADER}\n2026-11-02,am,P-0001,x,/,,,\n2026-11-04,pm,P-0001,x,C,,,Caf\xe9 trip \x96 ok\n`;
    const r = read({ 'a.csv': Buffer.from(rows, 'latin1') });
    expect(r.marks.length).toBe(2);
    expect(r.problems).toEqual([expect.objectContaining({ file: 'a.csv', line: 3, column: 31 })]);
    expect(r.problems[0].message).toContain('UTF-8');
  });

  it('a missing required column is one problem; the other files are still read', () => {
    const r = read({
      'a.csv': 'date,session,pupil,mark\n2026-11-02,am,P-0001,/\n',
      'b.csv': `${HEADER}\n2026-11-02,am,P-0001,x,/,,,\n`,
    });
    expect(r.problems).toEqual([expect.objectContaining({ file: 'a.csv', line: 1, column: 1 })]);
    expect(r.problems[0].message).toContain("'provider'");
    expect(r.marks.length).toBe(1);
  });

  it("a provider's own headers through attendance.columns, beside a file with ap-ready's", () => {
    const r = read(
      {
        'a.csv': 'Session date,AM/PM,Student ID,Centre,Code\n03/11/2026,AM,P-0001,x,Present\n',
        'b.csv': `${HEADER}\n2026-11-02,am,P-0001,x,/,,,\n`,
      },
      { columns: { date: 'Session date', session: 'AM/PM', pupil: 'Student ID', provider: 'Centre', mark: 'Code' } },
    );
    expect(r.problems).toEqual([]);
    expect(r.marks.length).toBe(2);
  });

  it('an unknown column is reported at the header; the rows still count', () => {
    const r = read({ 'a.csv': `${HEADER},Teacher\n2026-11-02,am,P-0001,x,/,,,,Ms X\n` });
    expect(r.problems).toEqual([expect.objectContaining({ line: 1, column: 66 })]);
    expect(r.marks.length).toBe(1);
  });

  it('an empty file, a spreadsheet and an unclosed quote are reported', () => {
    const r = read({
      'a.csv': '',
      'b.csv': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]),
      'c.csv': `${HEADER}\n2026-11-02,am,P-0001,x,/,,,"open\n`,
    });
    expect(r.problems.map((p) => [p.file, p.line])).toEqual([
      ['a.csv', 1],
      ['b.csv', 1],
      ['c.csv', 2],
    ]);
    expect(r.problems[0].message).toContain('empty');
    expect(r.problems[1].message).toContain('Excel');
  });

  it('a 50 MB file is read in bounded memory, and a bad row near its end is found at its line', () => {
    const row = '2026-11-02,pm,P-0001,tuition-a,/,13:05,,\n';
    const rows = Math.ceil(50e6 / row.length);
    const text = HEADER + '\n' + row.repeat(rows - 1) + '2026-11-02,pm,P-0001,tuition-a,??,13:05,,\n';
    const before = process.memoryUsage().rss;
    const r = read({ 'big.csv': text });
    expect(r.marks.length).toBe(rows - 1);
    expect(r.problems).toEqual([expect.objectContaining({ line: rows + 1, column: 32 })]);
    expect(process.memoryUsage().rss - before).toBeLessThan(400e6);
  }, 60_000);

  it('counts codes as the DfE does', async () => {
    const { CATEGORY } = await import('../../src/attendance/codes.js');
    const of = (m: string) => CATEGORY[MARKS.indexOf(m as never)];
    expect(['/', '\\', 'L', 'B', 'K', 'P', 'V', 'W', 'present', 'late'].map(of).every((c) => c === 'present')).toBe(
      true,
    );
    expect(of('D')).toBe('not-possible'); // dual registration: a session at the other school
    expect(['C', 'C1', 'C2', 'E', 'I', 'J1', 'M', 'R', 'S', 'T'].map(of).every((c) => c === 'authorised')).toBe(true);
    expect(['G', 'N', 'O', 'U', 'absent'].map(of).every((c) => c === 'unauthorised')).toBe(true);
    expect(['X', 'Y1', 'Y7', 'Q', 'Z'].map(of).every((c) => c === 'not-possible')).toBe(true);
    expect(PM).not.toBe(AM);
  });
});

describe('a value that runs on (a quote never closed)', () => {
  it('past 64 KB it stops that file with one problem where the value starts, in any chunk size', () => {
    for (const chunkSize of [4096, 1 << 20]) {
      const r = read(
        { 'a.csv': `${HEADER}\n2026-11-02,am,P-0001,x,/,,,\n2026-11-03,am,"P-0001${'x'.repeat(70_000)}` },
        { chunkSize },
      );
      expect(r.problems.map((p) => [p.line, p.column, p.message.slice(0, 60)])).toEqual([
        [3, 1, 'A value starting here runs on for more than 65,536 character'],
      ]);
      expect(r.marks.length).toBe(1);
    }
  });
});
