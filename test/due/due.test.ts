// `ap-ready due`: the obligations a school's records hold, soonest first, and the four formats. The
// calendar is read back with ical.js (a real iCalendar parser): every event, its date, its UID, and a
// re-import after the dates moved updates the same events rather than adding copies.
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { check } from '../../src/check.js';
import { memoryFs } from '../../src/load/fs.js';
import { dueWithin, obligations } from '../../src/report/due.js';
import { csv, json, stylish } from '../../src/report/due-formats.js';
import { escapeText, fold, toIcs } from '../../src/report/ics.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseWithin, runDue } from '../../src/commands/due.js';
import { config, placementFile } from '../support/rule-tester.js';

const NOW = new Date('2025-12-01T08:00:00Z');
/** The compliant provider (renamed with a comma and a semicolon, to be escaped) and two placements. */
const files = (reviewNext = '2025-12-12') => ({
  '/school/placements/bridge.yaml': placementFile({
    provider: { name: 'Bridge; Learning, Centre – Leeds' },
    placements: [
      {
        maximum_end_date: '2026-03-27',
        objectives: [
          { id: 'attendance', target: 'Attend', by: '2025-11-28' },
          { target: 'Maths', by: '2026-02-13' },
        ],
        reviews: [
          {
            date: '2025-11-14',
            took_part: ['pupil'],
            progress: [{ objective: 2, status: 'met' }],
            next_review: reviewNext,
          },
        ],
      },
      {
        pupil: 'P-0043',
        start_date: '2025-09-08',
        reviews: [{ date: '2025-09-29' }],
        part_time_timetable: undefined,
        la_notified: undefined,
      },
    ],
  }),
});

async function listFor(fs = files(), asOf = '2025-12-01') {
  const result = await check(['/school/placements'], {
    cwd: '/school',
    fs: memoryFs(fs),
    asOf,
    config: config({
      term_dates: [
        { start: '2025-09-03', end: '2025-10-24' },
        { start: '2025-11-03', end: '2025-12-19' },
        { start: '2026-01-05', end: '2026-02-13' },
      ],
    }),
  });
  return { run: result.run, list: obligations(result.run) };
}

describe('obligations', () => {
  it('lists each dated obligation once, soonest first, with the days from the as-of date', async () => {
    const { list } = await listFor();
    expect(list.map((o) => `${o.date} ${o.days} ${o.kind} ${o.pupilRef ?? '-'}`)).toEqual([
      '2025-09-08 -84 la-notification P-0043',
      '2025-11-28 -3 objective P-0042',
      '2025-12-12 11 part-time-review P-0042',
      '2025-12-12 11 review P-0042',
      '2025-12-19 18 objective P-0043',
      '2025-12-19 18 review P-0043',
      '2026-01-30 60 part-time-end P-0042',
      '2026-02-13 74 planned-end P-0042',
      '2026-02-13 74 planned-end P-0043',
      '2026-02-13 74 objective P-0043',
      '2026-03-27 116 maximum-end P-0042',
      '2026-08-31 273 agreement -',
      '2026-09-01 274 staff-checks -',
      '2026-09-01 274 safeguarding-policy -',
      '2026-09-15 288 qa -',
    ]);
    // P-0042's objective 2 was met, so only its attendance objective is owed; P-0043's review is due by the end of
    // the half-term after the one of its last review (29 September, autumn 1), the end of autumn 2.
    expect(list.find((o) => o.kind === 'objective')!.title).toBe(
      'Objective "attendance" of pupil P-0042 at Bridge; Learning, Centre – Leeds: record whether it was met',
    );
  });

  it('--within keeps the overdue and those due within the window', async () => {
    const { list } = await listFor();
    expect(dueWithin(list, 11).map((o) => o.kind)).toEqual([
      'la-notification',
      'objective',
      'part-time-review',
      'review',
    ]);
    expect(dueWithin(list, 0).map((o) => o.kind)).toEqual(['la-notification', 'objective']);
  });

  it('a pupil reference that looks personal is never shown, in any format', async () => {
    const fs = { '/school/placements/bridge.yaml': placementFile({ placements: [{ pupil: 'Jane Smith' }] }) };
    const { run, list } = await listFor(fs);
    expect(list.length).toBeGreaterThan(3);
    for (const text of [
      stylish(list, run.asOf, 400),
      json(list, run.asOf, 400),
      csv(list),
      toIcs(list, { calendarName: 'x', asOf: run.asOf, now: NOW }),
    ]) {
      expect(text).not.toMatch(/Jane|Smith|jane|smith/);
    }
  });

  it('parses --within', () => {
    expect(parseWithin(undefined)).toBe(28);
    expect(parseWithin('0')).toBe(0);
    expect(parseWithin('90')).toBe(90);
    for (const bad of ['-1', '1.5', 'two', '', '99999'])
      expect(() => parseWithin(bad), bad).toThrow(/whole number from 0 to 3660/);
  });
});

describe('formats', () => {
  it('stylish says what is overdue and what is due, with where each is recorded', async () => {
    const { run, list } = await listFor();
    const text = stylish(dueWithin(list, 11), run.asOf, 11);
    expect(text).toContain('Obligations overdue or due within 11 days of 2025-12-01:');
    expect(text).toMatch(
      /Overdue:\n {2}2025-09-08 {2}84 days overdue {3}Tell the local authority of the placement of pupil P-0043/,
    );
    expect(text).toMatch(/placements\/bridge\.yaml:\d+:\d+/);
    expect(text.trimEnd().split('\n').at(-1)).toBe('2 obligations overdue, 2 due soon.');
    expect(stylish([], run.asOf, 28)).toBe('Obligations overdue or due within 28 days of 2025-12-01: none.\n');
  });

  it('json and csv carry the same rows; csv quotes commas and never starts a cell with a formula', async () => {
    const { run, list } = await listFor();
    const parsed = JSON.parse(json(list, run.asOf, 28));
    expect(parsed.obligations).toHaveLength(list.length);
    expect(parsed.obligations[0]).toMatchObject({
      date: '2025-09-08',
      days: -84,
      overdue: true,
      kind: 'la-notification',
      pupil: 'P-0043',
    });
    const rows = csv(list).split('\r\n');
    expect(rows[0]).toBe('date,days,overdue,kind,what,provider,pupil,file,line,column');
    expect(rows).toHaveLength(list.length + 2); // and the final CRLF
    expect(rows[1]).toContain(',"Bridge; Learning, Centre – Leeds",P-0043,');
    const evil = { ...list[0], provider: '=HYPERLINK("x")' };
    expect(csv([evil])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('iCalendar (RFC 5545), read back with ical.js', () => {
  const parse = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = fold(`SUMMARY:${'é'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((l) => l.startsWith(' ')),
    ).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });

  it('one all-day event per obligation, CRLF throughout, text and dates as written', async () => {
    const { run, list } = await listFor();
    const text = toIcs(list, { calendarName: 'AP obligations – Test School', asOf: run.asOf, now: NOW });
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const events = parse(text);
    expect(events).toHaveLength(list.length);
    events.forEach((e, i) => {
      expect(e.uid).toBe(list[i].uid);
      expect(e.startDate.isDate).toBe(true);
      expect(e.startDate.toString()).toBe(list[i].date);
      expect(e.endDate.toString() > list[i].date).toBe(true);
    });
    const objective = events.find((e) => e.summary.startsWith('Objective'))!;
    expect(objective.summary).toBe(
      'Objective "attendance" of pupil P-0042 at Bridge; Learning, Centre – Leeds: record whether it was met (overdue)',
    );
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('re-importing after a date moved updates the same events: no duplicates', async () => {
    const first = parse(toIcs((await listFor()).list, { calendarName: 'x', asOf: '2025-12-01', now: NOW }));
    const later = await listFor(files('2025-12-17'), '2025-12-03');
    const second = parse(
      toIcs(later.list, { calendarName: 'x', asOf: '2025-12-03', now: new Date('2025-12-03T08:00:00Z') }),
    );
    // A calendar keeps one event per UID: importing the second file over the first.
    const calendar = new Map<string, string>();
    for (const e of [...first, ...second]) calendar.set(e.uid, e.startDate.toString());
    expect(calendar.size).toBe(first.length);
    const review = second.find((e) => e.uid.startsWith('review.bridge-learning-centre-leeds.p-0042'))!;
    expect(calendar.get(review.uid)).toBe('2025-12-17');
  });
});

describe('the command', () => {
  it('writes the calendar to -o and says how many; ics without -o and a bad --within are usage errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ap-ready-due-'));
    try {
      const fs = files();
      const out = await runDue(['/school/placements'], {
        cwd: '/school',
        fs: memoryFs(fs),
        asOf: '2025-12-01',
        config: config({}),
        within: '11',
        format: 'ics',
        output: join(dir, 'due.ics'),
        now: NOW,
      });
      // Without term dates, P-0043's review (last on 29 September) fell due 42 days later: a third overdue.
      expect(out.stdout).toBe(`Wrote ${join(dir, 'due.ics')} (5 obligations, 3 overdue).\n`);
      expect(readFileSync(join(dir, 'due.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
      await expect(
        runDue(['/school/placements'], {
          cwd: '/school',
          fs: memoryFs(fs),
          asOf: '2025-12-01',
          config: config({}),
          format: 'ics',
        }),
      ).rejects.toThrow(/give -o FILE/);
      await expect(
        runDue(['/school/placements'], {
          cwd: '/school',
          fs: memoryFs(fs),
          asOf: '2025-12-01',
          config: config({}),
          within: 'soon',
        }),
      ).rejects.toThrow(/not a number of days/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
