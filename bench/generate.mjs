// Writes a synthetic placements repo for the benchmark: N provider files × P placements, shaped like
// the example in data-model.md (comments, flow mappings, quoted times, dates), a mix of registered and
// unregistered providers, and a few findings of the rules that do not block `render` (no yaml-syntax,
// schema or date-format finding, so render planning-call renders every provider). Each placement keeps its
// journey as a school that reviews half-termly does: measured objectives with ids, a review with who took
// part (the pupil too), progress per objective, ratings and the agreed next review, a maximum end date and a
// cost; an ended placement has its outcome. A few of each are left out or late on purpose, as the other rules'
// findings are. Deterministic.
//
//   node bench/generate.mjs DIR [files=100] [placementsPerFile=10]

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The date every generated file is judged against (the bench passes it as --as-of). */
export const AS_OF = '2025-12-01';

const TOWNS = [
  ['Leeds', 'LS'],
  ['Bradford', 'BD'],
  ['Wakefield', 'WF'],
  ['Halifax', 'HX'],
  ['Huddersfield', 'HD'],
  ['Harrogate', 'HG'],
];
const STREETS = ['Mill Lane', 'Kirkgate', 'Station Road', 'Canal Wharf', 'Church Street', 'Victoria Road', 'Park View'];
const NAMES = ['Bridge', 'Calder', 'Aire', 'Beacon', 'Meadow', 'Harbour', 'Ridge', 'Oak', 'Willow', 'Lantern'];
const KINDS = ['Learning Centre', 'Tuition', 'Academy', 'Skills Hub', 'Farm School', 'Education Centre'];
const REGISTERED = ['pru', 'ap-academy', 'ap-free-school', 'independent-school', 'fe-college'];
const UNREGISTERED = ['tuition', 'vocational', 'therapeutic', 'sport-or-outdoor'];
const REASONS = [
  ['semh', 'Needs small-group SEMH support to re-engage with learning'],
  ['behaviour', 'Repeated suspensions; a vocational setting to keep the pupil in education and on track'],
  ['school-refusal', 'Emotionally based school avoidance; building up attendance in a small group'],
  ['medical', 'Recovering from surgery; cannot manage the main site stairs this term'],
  ['reintegration', 'Managed return after a permanent exclusion elsewhere'],
];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
/** A date in autumn 2025 at day offset `d` from 1 September (0-90). */
const autumn = (d) => new Date(Date.UTC(2025, 8, 1 + d)).toISOString().slice(0, 10);

function provider(i, rand) {
  const [town, area] = TOWNS[i % TOWNS.length];
  const registered = i % 3 === 0;
  const name = `${NAMES[i % NAMES.length]} ${KINDS[(i >> 1) % KINDS.length]} ${i + 1}`;
  const qaDate = i % 9 === 4 ? '2024-09-16' : autumn(5 + Math.floor(rand() * 20)); // every 9th: qa-overdue
  const lines = [
    `# placements/provider-${pad(i, 4)}.yaml`,
    `# ${name}: kept by the AP lead; reviewed each half-term.`,
    'provider:',
    `  name: ${name}`,
    '  address:',
    `    line1: ${1 + (i % 200)} ${STREETS[i % STREETS.length]}`,
    ...(i % 2 ? [`    line2: Unit ${1 + (i % 9)}`] : []),
    `    town: ${town}`,
    `    postcode: ${area}${1 + (i % 20)} ${1 + (i % 9)}${'ABDEFGHJLNPQRSTUWXYZ'[i % 20]}${'ABDEFGHJLNPQRSTUWXYZ'[(i * 7) % 20]}`,
    '  registration:',
    `    status: ${registered ? 'registered' : 'unregistered'}`,
    `    type: ${registered ? REGISTERED[i % REGISTERED.length] : UNREGISTERED[i % UNREGISTERED.length]}`,
    ...(registered
      ? [`    urn: ${100000 + i * 7}`]
      : ['    full_time_pupils_confirmed:', '      date: 2025-09-15', `      count: ${i % 4}`]),
    '  delivery: in-person',
    `  contact: { name: Centre Manager, email: office${i}@provider.example, phone: "0113 496 ${pad(i % 10000, 4)}" }`,
    '  safeguarding:',
    `    dsl: { name: Alex Jones, phone: "0113 496 ${pad((i + 1) % 10000, 4)}" }`,
    '    staff_checks_confirmed: 2025-09-01          # written confirmation (KCSIE)',
    '    policy_reviewed: 2025-09-01',
    '  agreement:',
    '    signed: 2025-09-01',
    '    expires: 2026-08-31',
    '  attendance_reporting:',
    '    method: email',
    '    within_minutes: 30',
    '  curriculum: [english, maths, pshe, careers]',
    '  quality_assurance:',
    `    - date: ${qaDate}`,
    '      by: Deputy Headteacher',
    '      against: voluntary-national-standards',
    '      outcome: meets',
    '      areas:',
    '        safeguarding: meets',
    '        health_and_safety: meets',
    '        admissions_and_support: partly-meets',
    '        quality_of_education: meets',
    '      notes: "Visited site; premises and H&S checked."',
    'placements:',
  ];
  return lines;
}

function placement(fileIndex, j, perFile, totalFiles, rand) {
  const n = fileIndex * perFile + j;
  // Every 50th placement is a pupil who also attends the next provider (cross-file rules).
  const pupil =
    n % 50 === 7 && totalFiles > 1 ? `P-${pad(((fileIndex + 1) % totalFiles) * perFile + 7, 5)}` : `P-${pad(n, 5)}`;
  const [category, reason] = REASONS[n % REASONS.length];
  const startOffset = 20 + Math.floor(rand() * 30);
  const start = autumn(startOffset);
  const ended = n % 11 === 3;
  const upcoming = n % 17 === 5;
  const startDate = upcoming ? '2026-01-05' : start;
  const day1 = DAYS[n % 5],
    day2 = DAYS[(n + 2) % 5],
    day3 = DAYS[(n + 4) % 5];
  const hours = n % 13 === 6 ? 10 : 9; // every 13th: hours-mismatch
  const partTime = n % 4 === 0;
  const reviewDate = n % 7 === 2 ? autumn(startOffset + 3) : '2025-11-14'; // every 7th: review-overdue
  const attendance = 70 + (n % 30);
  const baseline = 40 + (n % 25);
  const lines = [
    `  - pupil: ${pupil}`,
    `    year_group: ${7 + (n % 5)}`,
    `    start_date: ${startDate}`,
    '    planned_end_date: 2026-02-13',
    `    end_date: ${ended ? '2025-11-21' : 'null'}`,
    ...(n % 10 === 9 ? [] : [`    reason: ${reason}`]), // every 10th: reason-required
    `    reason_category: ${category}`,
    '    commissioned_by: school',
    '    attendance_code: B',
    `    la_notified: ${autumn(startOffset - 5)}`,
    `    send: ${['none', 'sen-support', 'ehcp'][n % 3]}`,
    `    looked_after: ${n % 8 === 0}`,
    ...(partTime
      ? [
          '    part_time_timetable:',
          `      agreed_with_parent: ${autumn(startOffset - 5)}`,
          '      review_date: 2025-12-12',
          '      end_date: 2026-01-30',
        ]
      : []),
    `    hours_per_week: ${hours}`,
    '    sessions:',
    `      - { day: ${day1}, start: "09:30", end: "12:30" }`,
    `      - { day: ${day2}, start: "09:30", end: "12:30" }`,
    `      - { day: ${day3}, start: "13:00", end: "16:00" }`,
    '    pre_commissioning_discussion:',
    `      date: ${autumn(startOffset - 7)}`,
    '      parent_or_carer: true',
    '      pupil: true',
    '    objectives:',
    `      - { id: attendance, target: Attend 90% of sessions, by: 2025-12-19, measure: attendance-percent, baseline: ${baseline}, goal: 90 }`,
    '      - { id: maths, target: Re-join maths set 3 for two lessons a week, by: 2026-02-13 }',
    ...(upcoming
      ? []
      : [
          '    reviews:',
          `      - date: ${reviewDate}`,
          `        attendance_percent: ${attendance}`,
          // every 23rd: the pupil's view not heard (pupil-voice-missing)
          `        took_part: [school, provider, parent-or-carer${n % 23 === 11 ? '' : ', pupil'}]`,
          '        progress:',
          `          - { objective: attendance, status: ${attendance >= 90 ? 'met' : 'on-track'}, value: ${attendance} }`,
          `          - { objective: maths, status: ${n % 3 ? 'on-track' : 'not-started'} }`,
          `        engagement: ${1 + (n % 5)}`,
          `        readiness_to_reintegrate: ${1 + ((n >> 1) % 5)}`,
          // every 31st: the agreed next review has passed (next-review-missed)
          `        next_review: ${n % 31 === 4 ? '2025-11-28' : '2025-12-12'}`,
          '        notes: "Good engagement."',
        ]),
    '    maximum_end_date: 2026-03-27',
    `    cost: { amount: ${30 + 5 * (fileIndex % 5)}, per: session }`,
    '    exit_plan: Phased return to mainstream from February half-term',
    `    destination: ${ended ? 'Returned to mainstream full-time' : 'null'}`,
    // every 7th ended placement: no outcome yet (outcome-required)
    ...(ended && n % 7 !== 3
      ? [
          '    outcome:',
          '      result: reintegrated',
          `      objectives_met: [${attendance >= 90 ? 'attendance, maths' : 'maths'}]`,
          '      sustained_check: { date: 2025-11-28, still_there: true }',
        ]
      : []),
  ];
  return lines;
}

const CONFIG = `school: { name: Benchmark Academy, urn: 999001, dsl: Head of Pastoral }
registration_law: esa-2008
term_dates:
  - { start: 2025-09-03, end: 2025-10-24 }
  - { start: 2025-11-03, end: 2025-12-19 }
  - { start: 2026-01-05, end: 2026-02-13 }
  - { start: 2026-02-23, end: 2026-03-27 }
`;

/** Writes `dir/ap-ready.config.yaml` and `dir/placements/provider-NNNN.yaml`; returns the placements folder. */
export function generateRepo(dir, files, perFile = 10, seed = 42) {
  const rand = rng(seed);
  const folder = join(dir, 'placements');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(dir, 'ap-ready.config.yaml'), CONFIG);
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const lines = provider(i, rand);
    for (let j = 0; j < perFile; j++) lines.push(...placement(i, j, perFile, files, rand), '');
    const text = lines.join('\n');
    bytes += text.length;
    writeFileSync(join(folder, `provider-${pad(i, 4)}.yaml`), text);
  }
  return { folder, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, files = '100', per = '10'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/generate.mjs DIR [files] [placementsPerFile]');
    process.exit(2);
  }
  const { folder, bytes } = generateRepo(dir, Number(files), Number(per));
  console.log(`${folder}: ${files} files, ${(bytes / 1024).toFixed(0)} KB`);
}
