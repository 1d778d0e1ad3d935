// Attendance-shaped CSV for the benches: `rows` marks of `pupils` pupils at `providers` providers, on
// weekdays from 2025-09-01, am and pm. Also writes the placement files the marks belong to.
import { mkdirSync, openSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pad = (n, w) => String(n).padStart(w, '0');
const MARKS = ['/', '/', '/', '/', '/', '/', '/', '/', 'B', 'L', 'I', 'N', 'C', 'M', '/', '/'];

/** Weekdays from 2025-09-01 (ISO strings). */
export function weekdays(count) {
  const out = [];
  for (let t = Date.UTC(2025, 8, 1); out.length < count; t += 86400000) {
    const d = new Date(t);
    if (d.getUTCDay() % 6 !== 0) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** Writes `rows` marks to `path` (a header row first). Each pupil is marked am and pm on each weekday. */
export function writeAttendanceCsv(path, rows, pupils, providers) {
  const days = weekdays(Math.ceil(rows / (pupils * 2)) + 1);
  const fd = openSync(path, 'w');
  let buf = 'date,session,pupil,provider,mark,reported_at,followed_up_at,note\n';
  let n = 0;
  outer: for (const day of days) {
    for (let p = 0; p < pupils; p++) {
      for (const s of ['am', 'pm']) {
        if (n >= rows) break outer;
        const mark = MARKS[(n * 7 + p) % MARKS.length];
        const followed = mark === 'N' ? (n % 3 ? '09:55' : '') : '';
        buf += `${day},${s},P-${pad(p, 5)},ap-${pad(p % providers, 4)},${mark},${s === 'am' ? '09:1' : '13:1'}${n % 10},${followed},${n % 50 === 0 ? '"Left early, collected by parent"' : ''}\n`;
        n++;
        if (buf.length > 1 << 20) {
          writeSync(fd, buf);
          buf = '';
        }
      }
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
  return days[days.length - 1];
}

/** One provider file per provider, each pupil placed at provider p % providers, mon-fri am and pm. */
export function writePlacements(dir, pupils, providers) {
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f < providers; f++) {
    const lines = [
      'provider:',
      `  name: AP Provider ${f}`,
      '  address: { line1: 1 Mill Lane, town: Leeds, postcode: LS1 1AA }',
      '  registration: { status: unregistered, type: tuition, full_time_pupils_confirmed: { date: 2025-09-01, count: 0 } }',
      '  delivery: in-person',
      '  contact: { name: Manager, email: office@provider.example, phone: "0113 496 0000" }',
      '  safeguarding: { dsl: { name: Alex Jones, phone: "0113 496 0001" }, staff_checks_confirmed: 2025-09-01, policy_reviewed: 2025-09-01 }',
      '  agreement: { signed: 2025-09-01, expires: 2027-08-31 }',
      '  attendance_reporting: { method: email, within_minutes: 30 }',
      '  curriculum: [english, maths, pshe, careers]',
      'placements:',
    ];
    for (let p = f; p < pupils; p += providers) {
      lines.push(
        `  - pupil: P-${pad(p, 5)}`,
        '    year_group: 10',
        '    start_date: 2025-09-01',
        '    planned_end_date: 2027-07-16',
        '    reason: Needs small-group support to re-engage with learning',
        '    reason_category: semh',
        '    commissioned_by: school',
        '    attendance_code: B',
        '    la_notified: 2025-08-28',
        '    send: none',
        '    looked_after: false',
        '    hours_per_week: 12.5',
        '    sessions:',
        ...['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => `      - { day: ${d}, start: "09:00", end: "11:30" }`),
      );
    }
    writeFileSync(join(dir, `ap-${pad(f, 4)}.yaml`), lines.join('\n') + '\n');
  }
}
