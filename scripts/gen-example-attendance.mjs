#!/usr/bin/env node
// Writes examples/attendance/*.csv: six school weeks of marks (28 Sep - 13 Nov 2026, October half-term
// skipped) for every placement in examples/placements, each provider's file in the form its own system
// sends, and examples/follow-ups.csv, the school's own log of the absences it followed up (the follow-up is
// the school's action, so it is not in a provider's export). Deterministic: run it again and the files are the same.
import { writeFileSync, mkdirSync } from 'node:fs';

const OUT = new URL('../examples/attendance/', import.meta.url);
mkdirSync(OUT, { recursive: true });
const HALF_TERM = ['2026-10-26', '2026-10-30'];
const days = [];
for (let t = Date.UTC(2026, 8, 28); t <= Date.UTC(2026, 10, 13); t += 86400000) {
  const d = new Date(t),
    iso = d.toISOString().slice(0, 10),
    wd = (d.getUTCDay() + 6) % 7;
  if (wd < 5 && !(iso >= HALF_TERM[0] && iso <= HALF_TERM[1])) days.push({ iso, wd });
}
const WD = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4 };
const hm = (s) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
const clock = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
/** The school's follow-ups of unexplained absences, written to examples/follow-ups.csv at the end. */
const followUps = [];
const log = (rows) => followUps.push(...rows.filter((r) => r.followed));
const dmy = (iso) => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** Register sessions of a timetable on one weekday: am when it starts before noon, pm when it ends after 13:00. */
function sessionsOn(timetable, wd) {
  const out = [];
  for (const [day, start, end] of timetable) {
    if (WD[day] !== wd) continue;
    const a = hm(start),
      b = hm(end);
    if (a < 720) out.push({ half: 'am', start: a });
    if (b > 780 || a >= 720) out.push({ half: 'pm', start: a < 720 ? 780 : a });
  }
  return out;
}
const weekdays = (start, end, days) => days.map((d) => [d, start, end]);
const ALL = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** Every mark of one placement: [iso, session, mark, reportedMinutes, extra]. */
function marks({ from, to = '2099-12-31', timetable }, special = {}) {
  const rows = [];
  let n = 0;
  for (const { iso, wd } of days) {
    if (iso < from || iso > to) continue;
    for (const s of sessionsOn(timetable, wd)) {
      const key = `${iso} ${s.half}`;
      const sp = special[key] ?? {};
      rows.push({
        iso,
        ...s,
        mark: sp.mark ?? '/',
        reported: s.start + (sp.delay ?? 2 + (n++ % 7)),
        followed: sp.followed,
        note: sp.note,
      });
    }
  }
  return rows;
}

function csv(rows, header, line, eol = '\n', bom = '') {
  return bom + [header.join(','), ...rows.map(line)].join(eol) + eol;
}
const q = (s) => (s === undefined ? '' : /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

// Calder Brook Short Stay School (PRU, dual registration): ap-ready's own headers, ISO dates, am/pm.
{
  const rows = [
    ...marks({ from: '2026-11-02', timetable: weekdays('09:00', '14:00', ALL) }).map((r) => ({
      ...r,
      pupil: 'P-0101',
    })),
    ...marks(
      { from: '2026-09-14', timetable: weekdays('09:30', '12:30', ALL) },
      { '2026-10-13 am': { mark: 'M' }, '2026-11-05 am': { mark: 'I' } },
    ).map((r) => ({ ...r, pupil: 'P-0102' })),
    ...marks({ from: '2026-04-20', to: '2026-10-23', timetable: weekdays('09:00', '14:00', ALL) }).map((r) => ({
      ...r,
      pupil: 'P-0103',
    })),
  ].sort((a, b) => (a.iso + a.half + a.pupil < b.iso + b.half + b.pupil ? -1 : 1));
  writeFileSync(
    new URL('calder-brook-2026-autumn.csv', OUT),
    csv(rows, ['date', 'session', 'pupil', 'provider', 'mark', 'reported_at', 'followed_up_at', 'note'], (r) =>
      [r.iso, r.half, r.pupil, 'calder-brook-short-stay-school', r.mark, clock(r.reported), '', q(r.note)].join(','),
    ),
  );
}

// Inkwell Lane Tuition Centre: its portal's own export (headers mapped in ap-ready.config.yaml), DD/MM/YYYY,
// plain words for the marks. P-0106 misses sessions (one unexplained, followed up that morning); some
// marks are sent late.
{
  const p0106 = marks(
    { from: '2026-10-05', timetable: weekdays('10:00', '13:00', ['mon', 'wed', 'fri']) },
    {
      '2026-10-09 am': { mark: 'absent', followed: '10:40', delay: 12 },
      '2026-10-19 am': { mark: 'I', delay: 8 },
      '2026-11-04 am': { mark: 'I', delay: 9 },
      '2026-10-14 am': { delay: 55 },
      '2026-11-11 am': { delay: 41 },
    },
  ).map((r) => ({ ...r, pupil: 'P-0106' }));
  const p0107 = marks(
    {
      from: '2026-09-15',
      timetable: [
        ['tue', '13:00', '15:30'],
        ['thu', '13:00', '15:30'],
      ],
    },
    { '2026-10-22 pm': { delay: 95 } },
  ).map((r) => ({ ...r, pupil: 'P-0107' }));
  const p0108 = marks(
    {
      from: '2026-09-21',
      timetable: [
        ['wed', '13:00', '15:00'],
        ['fri', '13:30', '15:30'],
      ],
    },
    { '2026-11-13 pm': { mark: 'late', note: 'Arrived 13:50, bus late' } },
  ).map((r) => ({ ...r, pupil: 'P-0108' }));
  const word = { '/': 'Present', late: 'Late', absent: 'Absent', I: 'I' };
  const rows = [...p0106, ...p0107, ...p0108].sort((a, b) => (a.iso + a.pupil < b.iso + b.pupil ? -1 : 1));
  log(rows);
  writeFileSync(
    new URL('inkwell-lane-export.csv', OUT),
    csv(
      rows,
      ['Session date', 'AM/PM', 'Student ID', 'Centre', 'Attendance', 'Time recorded', 'School contacted', 'Comments'],
      (r) =>
        [
          dmy(r.iso),
          r.half.toUpperCase(),
          r.pupil,
          'Inkwell Lane Tuition Centre',
          word[r.mark] ?? r.mark,
          clock(r.reported),
          '',
          q(r.note),
        ].join(','),
    ),
  );
}

// Larkspur Rise Academy (AP academy): Excel "CSV UTF-8" (BOM, CRLF), sessions by start time.
{
  const rows = marks(
    { from: '2026-09-07', timetable: weekdays('09:00', '14:30', ALL) },
    { '2026-10-01 pm': { mark: 'C', note: 'Medical appointment, letter seen' } },
  ).map((r) => ({ ...r, pupil: 'P-0104' }));
  writeFileSync(
    new URL('larkspur-rise.csv', OUT),
    csv(
      rows,
      ['date', 'session', 'pupil', 'provider', 'mark', 'reported_at', 'note'],
      (r) =>
        [
          r.iso,
          clock(r.start),
          r.pupil,
          'Larkspur Rise Academy',
          r.mark,
          `${r.iso}T${clock(r.reported)}`,
          q(r.note),
        ].join(','),
      '\r\n',
      '\uFEFF',
    ),
  );
}

// Nettlebeck Farm: a spreadsheet kept by hand, the provider's exact name, notes with commas and line breaks.
{
  const rows = [
    ...marks(
      { from: '2026-09-24', timetable: [['thu', '09:30', '14:30']] },
      { '2026-10-15 am': { note: 'Groomed the ponies, then fencing\nwith J.' } },
    ).map((r) => ({ ...r, pupil: 'P-0113' })),
    ...marks({ from: '2026-10-06', timetable: [['tue', '09:30', '14:30']] }).map((r) => ({ ...r, pupil: 'P-0114' })),
  ].sort((a, b) => (a.iso + a.half + a.pupil < b.iso + b.half + b.pupil ? -1 : 1));
  writeFileSync(
    new URL('nettlebeck-farm.csv', OUT),
    csv(rows, ['date', 'session', 'pupil', 'provider', 'mark', 'reported_at', 'note'], (r) =>
      [
        r.iso,
        r.half,
        r.pupil,
        'Nettlebeck Farm Equine Learning',
        r.mark === '/' ? 'present' : r.mark,
        clock(r.reported),
        q(r.note),
      ].join(','),
    ),
  );
}

// Quillstone Online Learning: the live-lesson log (logged in = present), date and time of each report.
{
  const rows = [
    ...marks({ from: '2026-09-21', timetable: weekdays('10:00', '12:00', ['mon', 'tue', 'wed', 'thu']) }).map((r) => ({
      ...r,
      pupil: 'P-0111',
    })),
    ...marks({ from: '2026-10-05', timetable: weekdays('09:30', '11:30', ['mon', 'wed', 'fri']) }).map((r) => ({
      ...r,
      pupil: 'P-0112',
    })),
  ].sort((a, b) => (a.iso + a.pupil < b.iso + b.pupil ? -1 : 1));
  writeFileSync(
    new URL('quillstone-online.csv', OUT),
    csv(rows, ['date', 'session', 'pupil', 'provider', 'mark', 'reported_at'], (r) =>
      [r.iso, r.half, r.pupil, 'quillstone-online-learning', r.mark, `${r.iso}T${clock(r.reported)}`].join(','),
    ),
  );
}

// Tenter Lane: ap-ready's headers; P-0109's unexplained absence was followed up the same morning.
{
  const rows = [
    ...marks({ from: '2026-09-14', timetable: weekdays('09:00', '15:00', ['mon', 'wed']) }).map((r) => ({
      ...r,
      pupil: 'P-0107',
    })),
    ...marks(
      { from: '2026-09-15', timetable: weekdays('09:00', '15:00', ['tue', 'thu']) },
      { '2026-11-10 am': { mark: 'N', followed: '09:50' }, '2026-11-10 pm': { mark: 'N', followed: '09:50' } },
    ).map((r) => ({ ...r, pupil: 'P-0109' })),
  ].sort((a, b) => (a.iso + a.half + a.pupil < b.iso + b.half + b.pupil ? -1 : 1));
  log(rows);
  writeFileSync(
    new URL('tenter-lane.csv', OUT),
    csv(rows, ['date', 'session', 'pupil', 'provider', 'mark', 'reported_at', 'followed_up_at', 'note'], (r) =>
      [r.iso, r.half, r.pupil, 'tenter-lane-motor-skills', r.mark, clock(r.reported), '', q(r.note)].join(','),
    ),
  );
}

writeFileSync(
  new URL('../follow-ups.csv', OUT),
  csv(
    followUps.sort((a, b) => (a.iso + a.half + a.pupil < b.iso + b.half + b.pupil ? -1 : 1)),
    ['date', 'session', 'pupil', 'followed_up_at', 'by'],
    (r) => [r.iso, r.half, r.pupil, r.followed, 'Attendance officer'].join(','),
  ),
);
