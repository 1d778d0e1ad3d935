// Every rule of rules.md (but suppression-invalid and the GIAS rules, tested elsewhere), table-driven: each
// row writes its files into a fresh temp folder, checks them as of an explicit date, and asserts the WHOLE
// set of findings as "line:col severity rule-id" — so a row shows its rule firing at the exact node, and
// that no other rule fires with it. Rows are small edits of test/fixtures/rules/compliant.yaml (line
// numbers below are that file's), or files built from its provider block and minimal placements.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import type { Config } from '../../src/model/config.js';
import { AS_OF, COMPLIANT as C, GONE, config, edit, replaceOnce, run } from './helpers.js';

/** Tested by other engineers (suppressions, GIAS extract). */
const ELSEWHERE = new Set(['suppression-invalid', 'urn-unknown', 'urn-name-mismatch', 'urn-type-mismatch']);

interface Row {
  /** The rule the row is about. */
  rule: string;
  name: string;
  files: string | Record<string, string | Buffer>;
  asOf?: string;
  config?: Config;
  /** Every finding expected: "line:col severity rule-id" (prefixed by the file name when several files). */
  expect: string[];
  /** Some finding of the row's rule must have a message matching this. */
  message?: RegExp;
  /** No message of any finding may contain these (pupil-reference never repeats the value). */
  never?: string[];
}

const e = (lines: Record<number, string>) => edit(C, lines);

/** Lines 1–39 of the compliant file: its provider block, ending with "placements:". */
const PROVIDER = C.split('\n').slice(0, 39).join('\n') + '\n';

/**
 * A minimal placement that passes every rule as of AS_OF at the compliant provider: 12 lines, the first
 * ("  - pupil: …") on the line it is put at. `set` replaces a field's value (null drops the line) or adds it.
 */
function P(pupil: string, set: Record<string, string | null> = {}): string {
  const fields: [string, string][] = [
    ['start_date', '2025-10-06'],
    ['planned_end_date', '2026-02-13'],
    ['reason', 'Re-engagement with learning'],
    ['la_notified', '2025-10-01'],
    ['send', 'none'],
    ['looked_after', 'false'],
    ['hours_per_week', '9'],
    ['pre_commissioning_discussion', '{ date: 2025-09-29, parent_or_carer: true, pupil: true }'],
    ['objectives', '[{ target: Attend 90% of sessions, by: 2026-02-13 }]'],
    ['reviews', '[{ date: 2025-11-14 }]'],
    ['exit_plan', 'Return to school full-time'],
  ];
  const lines = [`  - pupil: ${pupil}`];
  for (const [k, v] of fields) {
    const value = k in set ? set[k] : v;
    if (value !== null) lines.push(`    ${k}: ${value}`);
  }
  for (const [k, v] of Object.entries(set)) if (!fields.some(([f]) => f === k) && v !== null) lines.push(`    ${k}: ${v}`);
  return lines.join('\n') + '\n';
}

/** The compliant provider with `n` full-time (18.5 h) pupils P-0001…, placements from line 40, 12 lines each. */
const fullTime = (n: number, set: (i: number) => Record<string, string | null> = () => ({})) =>
  PROVIDER + Array.from({ length: n }, (_, i) => P(`P-${String(i + 1).padStart(4, '0')}`, { hours_per_week: '18.5', ...set(i) })).join('');

/** Registered PRU with a URN (registration lines 10–11 of the compliant file). */
const REGISTERED = { 10: '    status: registered', 11: '    type: pru\n    urn: 123456' };
/** The compliant placement, ended on 2025-11-28 with a destination: the provider is then not in use. */
const ENDED = { 44: '    end_date: 2025-11-28', 73: '    destination: Returned to school full-time' };
/** 18.5 hours a week, no sessions. */
const HOURS_18_5 = { 58: '    hours_per_week: 18.5', 59: GONE, 60: GONE, 61: GONE, 62: GONE };
/** Terms of cli.md's example: 3 Sep–24 Oct and 3 Nov–19 Dec 2025 (half-term 25 Oct–2 Nov). */
const TERMS = config({ term_dates: [{ start: '2025-09-03', end: '2025-10-24' }, { start: '2025-11-03', end: '2025-12-19' }] });
const TIME_LIMITS_ON = config({ rules: { 'unregistered-time-limits': 'warn' } });

/** A second provider file for the same pupil P-0042: sessions on tue/thu, 9 hours, no clash with the compliant file. */
const SECOND = edit(C, {
  3: '  name: Second Centre',
  60: '      - { day: tue, start: "09:30", end: "12:30" }',
  61: '      - { day: thu, start: "09:30", end: "12:30" }',
  62: '      - { day: thu, start: "13:00", end: "16:00" }',
});
const second = (lines: Record<number, string>) => edit(SECOND, lines);

const rows: Row[] = [
  { rule: '*', name: 'the compliant fixture passes every rule', files: C, expect: [] },

  // ---- file and schema -------------------------------------------------------------------------------
  { rule: 'yaml-syntax', name: 'a tab used for indentation', files: e({ 42: '\tstart_date: 2025-10-06' }), expect: ['42:1 error yaml-syntax'], message: /^This is not valid YAML: a tab is used for indentation/ },
  { rule: 'yaml-syntax', name: 'a key twice in one block', files: e({ 42: '    year_group: 11' }), expect: ['42:5 error yaml-syntax'], message: /a key appears twice/ },
  { rule: 'yaml-syntax', name: 'an unclosed flow list in the middle is reported where the parser gives up', files: e({ 41: '    year_group: [10' }), expect: ['42:5 error yaml-syntax'], message: /not valid YAML/ },
  { rule: 'yaml-syntax', name: 'an empty file', files: '', expect: ['1:1 error yaml-syntax'], message: /empty/ },
  { rule: 'yaml-syntax', name: 'a file of comments only', files: '# nothing yet\n# still nothing\n', expect: ['1:1 error yaml-syntax'], message: /empty/ },
  { rule: 'yaml-syntax', name: 'the other files are still checked', files: { 'a.yaml': 'provider: [\n', 'b.yaml': e({ 8: '    postcode: LS11 5A' }) }, expect: ['a.yaml 1:12 error yaml-syntax', 'b.yaml 8:15 error postcode-format'] },
  { rule: 'yaml-syntax', name: 'two YAML documents in one file', files: C + '---\n' + C, expect: ['1:1 error yaml-syntax'], message: /more than one YAML document/ },
  { rule: 'yaml-syntax', name: 'a binary file', files: { 'a.yaml': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) }, expect: ['1:1 error yaml-syntax'], message: /binary/ },
  { rule: 'yaml-syntax', name: 'a file saved as UTF-16 says so (not "binary")', files: { 'a.yaml': Buffer.from('\uFEFF' + C, 'utf16le') }, expect: ['1:1 error yaml-syntax'], message: /UTF-16/ },
  { rule: 'yaml-syntax', name: 'a file that is not UTF-8 points at the first byte that is not (line 2, after "Caf")', files: { 'a.yaml': Buffer.concat([Buffer.from('provider:\n  name: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]) }, expect: ['2:12 error yaml-syntax'], message: /not UTF-8/ },
  { rule: 'yaml-syntax', name: 'near miss: CRLF line ends and a byte-order mark are fine', files: '\uFEFF' + C.replace(/\n/g, '\r\n'), expect: [] },

  { rule: 'schema', name: 'a typo\'d key names the nearest valid key (said once, not also "start_date is missing")', files: e({ 42: '    start_dte: 2025-10-06' }), expect: ['42:5 error schema'], message: /^Unknown key "start_dte": did you mean "start_date"\?$/ },
  { rule: 'schema', name: 'a required key missing, with no typo for it', files: e({ 42: GONE }), expect: ['40:5 error schema'], message: /^start_date is missing: it is required here\.$/ },
  { rule: 'schema', name: 'a typo\'d top-level key', files: edit(C, { 39: 'placement:' }), expect: ['39:1 error schema'], message: /did you mean "placements"/ },
  { rule: 'schema', name: 'a year group outside R, 1–13 (data-model.md)', files: e({ 41: '    year_group: 14' }), expect: ['41:17 error schema'], message: /R or a number from 1 to 13/ },
  { rule: 'schema', name: 'pupil: 0042 is read as a number: say to quote it', files: e({ 40: '  - pupil: 0042' }), expect: ['40:12 error schema'], message: /quotes/ },
  { rule: 'schema', name: 'a value outside its enum', files: e({ 52: '    send: sen' }), expect: ['52:11 error schema'], message: /not one of none, sen-support, ehcp/ },
  { rule: 'schema', name: 'a missing required provider field is reported at its parent', files: e({ 3: GONE }), expect: ['2:1 error schema'], message: /name is missing/ },
  { rule: 'schema', name: 'an invalid placement is skipped, not the file: the other placement and the provider are still checked',
    files: PROVIDER + P('P-0001', { send: 'sen' }) + P('P-0002', { reason: null }) + P('P-0003', { start_date: '2025-10-06', end_date: '2025-11-28', exit_plan: null }),
    expect: ['45:11 error schema', '52:5 error reason-required', '63:5 warn destination-required'] },
  { rule: 'schema', name: 'an invalid provider block is skipped, not its placements', files: e({ 3: GONE, 72: GONE }), expect: ['2:1 error schema', '40:5 warn exit-plan-required'] },
  { rule: 'schema', name: 'near miss: year group R', files: e({ 41: '    year_group: R' }), expect: [] },
  { rule: 'schema', name: 'near miss: a quoted numeric pupil reference', files: e({ 40: '  - pupil: "0042"' }), expect: [] },

  { rule: 'date-format', name: 'DD/MM/YYYY names the ISO form', files: e({ 42: '    start_date: 06/10/2025' }), expect: ['42:17 error date-format'], message: /YYYY-MM-DD, here 2025-10-06/ },
  { rule: 'date-format', name: 'not a real date', files: e({ 64: '      date: 2025-09-31' }), expect: ['64:13 error date-format'], message: /not a real date/ },
  { rule: 'date-format', name: 'near miss: a quoted ISO date', files: e({ 42: '    start_date: "2025-10-06"' }), expect: [] },

  // ---- provider --------------------------------------------------------------------------------------
  { rule: 'postcode-format', name: 'not a UK postcode', files: e({ 8: '    postcode: LS11 5A' }), expect: ['8:15 error postcode-format'] },
  { rule: 'postcode-format', name: 'near miss: lower case, no space', files: e({ 8: '    postcode: ls115ab' }), expect: [] },

  { rule: 'urn-required', name: 'registered with no URN', files: e({ 10: '    status: registered', 11: '    type: pru' }), expect: ['9:3 error urn-required'] },
  { rule: 'urn-required', name: 'near miss: registered with a URN', files: e(REGISTERED), expect: [] },

  { rule: 'urn-format', name: 'a 5-digit URN', files: e({ 10: '    status: registered', 11: '    type: pru\n    urn: 12345' }), expect: ['12:10 error urn-format'] },
  { rule: 'urn-format', name: 'a 7-character URN string', files: e({ 10: '    status: registered', 11: '    type: pru\n    urn: "12345A"' }), expect: ['12:10 error urn-format'] },
  { rule: 'urn-format', name: 'near miss: a 6-digit URN written as a string', files: e({ 10: '    status: registered', 11: '    type: pru\n    urn: "123456"' }), expect: [] },

  { rule: 'urn-unregistered', name: 'an unregistered provider with a URN', files: e({ 11: '    type: tuition\n    urn: 123456' }), expect: ['12:10 warn urn-unregistered'] },
  { rule: 'urn-unregistered', name: 'near miss: urn: null', files: e({ 11: '    type: tuition\n    urn: null' }), expect: [] },

  { rule: 'unregistered-full-time', name: 'an EHC plan, 18.5 hours', files: e({ 52: '    send: ehcp', ...HOURS_18_5 }), expect: ['40:5 error unregistered-full-time'], message: /EHC plan.*18\.5 hours/ },
  { rule: 'unregistered-full-time', name: 'looked after, 18.5 hours from the sessions alone', files: e({ 53: '    looked_after: true', 58: GONE, 60: '      - { day: mon, start: "09:00", end: "15:10" }', 61: '      - { day: wed, start: "09:00", end: "15:10" }', 62: '      - { day: fri, start: "09:00", end: "15:10" }' }), expect: ['40:5 error unregistered-full-time'], message: /looked after/ },
  { rule: 'unregistered-full-time', name: 'near miss: an EHC plan, exactly 18 hours', files: e({ 52: '    send: ehcp', ...HOURS_18_5, 58: '    hours_per_week: 18' }), expect: [] },
  { rule: 'unregistered-full-time', name: 'near miss: an EHC plan, 18.5 hours, year 12 (past compulsory school age)', files: e({ 41: '    year_group: 12', 52: '    send: ehcp', ...HOURS_18_5 }), expect: [] },
  { rule: 'unregistered-full-time', name: 'near miss: an EHC plan, 18.5 hours, at a registered provider', files: e({ ...REGISTERED, 52: '    send: ehcp', ...HOURS_18_5 }), expect: [] },
  { rule: 'unregistered-full-time', name: 'near miss: esa-2008 does not count SEN support', files: e(HOURS_18_5), expect: [] },
  { rule: 'unregistered-full-time', name: 'cwsa-2026 counts SEN support', files: e(HOURS_18_5), config: config({ registration_law: 'cwsa-2026' }), expect: ['40:5 error unregistered-full-time'], message: /special educational needs/ },
  { rule: 'unregistered-full-time', name: '5 full-time pupils', files: fullTime(5), expect: ['9:3 error unregistered-full-time'], message: /^5 of the school's pupils/ },
  { rule: 'unregistered-full-time', name: 'near miss: 4 full-time pupils (confirmed total recorded)', files: fullTime(4), expect: [] },
  { rule: 'unregistered-full-time', name: 'near miss: 5 pupils at 18.5 hours, one in year 13, count as 4', files: fullTime(5, (i) => (i === 4 ? { year_group: '13' } : {})), expect: [] },
  { rule: 'unregistered-full-time', name: 'the provider confirmed 5 full-time pupils in all', files: e({ 14: '      count: 5' }), expect: ['14:14 error unregistered-full-time'] },
  { rule: 'unregistered-full-time', name: 'near miss: the provider confirmed 4', files: e({ 14: '      count: 4' }), expect: [] },

  { rule: 'unregistered-full-time-check', name: 'one full-time pupil, no confirmed total', files: e({ 12: GONE, 13: GONE, 14: GONE, ...HOURS_18_5 }), expect: ['9:3 warn unregistered-full-time-check'] },
  { rule: 'unregistered-full-time-check', name: 'four full-time pupils, confirmed total 366 days old', files: edit(fullTime(4), { 13: '      date: 2024-11-30' }), expect: ['9:3 warn unregistered-full-time-check'], message: /^4 pupils/ },
  { rule: 'unregistered-full-time-check', name: 'near miss: confirmed total exactly 365 days old', files: e({ 13: '      date: 2024-12-01', ...HOURS_18_5 }), expect: [] },
  { rule: 'unregistered-full-time-check', name: 'near miss: 18 hours is not full-time', files: e({ 12: GONE, 13: GONE, 14: GONE, 58: '    hours_per_week: 18', 59: GONE, 60: GONE, 61: GONE, 62: GONE }), expect: [] },

  { rule: 'unregistered-time-limits', name: 'off by default', files: C, expect: [] },
  { rule: 'unregistered-time-limits', name: 'opted in: 19 weeks and 3 days a week', files: C, config: TIME_LIMITS_ON, expect: ['43:23 warn unregistered-time-limits', '59:5 warn unregistered-time-limits'] },
  { rule: 'unregistered-time-limits', name: 'opted in, near miss: exactly 12 weeks, 4 sessions on 2 days', config: TIME_LIMITS_ON, expect: [],
    files: e({ 43: '    planned_end_date: 2025-12-28', 58: '    hours_per_week: 12',
      60: '      - { day: mon, start: "09:00", end: "12:00" }', 61: '      - { day: mon, start: "13:00", end: "16:00" }',
      62: '      - { day: wed, start: "09:00", end: "12:00" }\n      - { day: wed, start: "13:00", end: "16:00" }' }) },
  { rule: 'unregistered-time-limits', name: 'opted in: 12 weeks and a day, 5 sessions on 2 days', config: TIME_LIMITS_ON, expect: ['43:23 warn unregistered-time-limits', '59:5 warn unregistered-time-limits'],
    files: e({ 43: '    planned_end_date: 2025-12-29', 58: '    hours_per_week: 12',
      60: '      - { day: mon, start: "09:00", end: "12:00" }', 61: '      - { day: mon, start: "13:00", end: "16:00" }',
      62: '      - { day: wed, start: "09:00", end: "12:00" }\n      - { day: wed, start: "13:00", end: "15:00" }\n      - { day: wed, start: "15:00", end: "16:00" }' }) },

  { rule: 'qa-required', name: 'an empty QA list', files: e({ 28: '  quality_assurance: []', 29: GONE, 30: GONE, 31: GONE, 32: GONE, 33: GONE, 34: GONE, 35: GONE, 36: GONE, 37: GONE, 38: GONE }), expect: ['28:3 error qa-required'] },
  { rule: 'qa-required', name: 'no QA key: reported at the provider', files: e({ 28: GONE, 29: GONE, 30: GONE, 31: GONE, 32: GONE, 33: GONE, 34: GONE, 35: GONE, 36: GONE, 37: GONE, 38: GONE }), expect: ['2:1 error qa-required'] },
  { rule: 'qa-required', name: 'an upcoming placement puts the provider in use', files: e({ 42: '    start_date: 2026-01-05', 28: GONE, 29: GONE, 30: GONE, 31: GONE, 32: GONE, 33: GONE, 34: GONE, 35: GONE, 36: GONE, 37: GONE, 38: GONE }), expect: ['2:1 error qa-required'] },
  { rule: 'qa-required', name: 'near miss: a provider not in use (its only placement ended) needs none of the provider records',
    files: e({ ...ENDED, 15: GONE, 16: GONE, 17: GONE, 18: GONE, 19: GONE, 20: GONE, 21: GONE, 22: GONE, 23: GONE, 24: GONE, 25: GONE, 26: GONE, 27: GONE, 28: GONE, 29: GONE, 30: GONE, 31: GONE, 32: GONE, 33: GONE, 34: GONE, 35: GONE, 36: GONE, 37: GONE, 38: GONE }), expect: [] },

  { rule: 'qa-overdue', name: 'latest QA 366 days old', files: e({ 29: '    - date: 2024-11-30' }), expect: ['29:13 warn qa-overdue'], message: /366 days ago/ },
  { rule: 'qa-overdue', name: 'near miss: latest QA exactly 365 days old', files: e({ 29: '    - date: 2024-12-01' }), expect: [] },

  { rule: 'qa-not-vns', name: 'latest QA against an LA framework', files: e({ 31: '      against: local-authority-framework' }), expect: ['31:16 warn qa-not-vns'] },
  { rule: 'qa-not-vns', name: 'latest QA with no standard recorded: reported at its date', files: e({ 31: GONE }), expect: ['29:13 warn qa-not-vns'] },
  { rule: 'qa-not-vns', name: 'near miss: a registered provider QA\'d against an LA framework', files: e({ ...REGISTERED, 31: '      against: local-authority-framework' }), expect: [] },

  { rule: 'qa-failed', name: 'outcome does-not-meet', files: e({ 32: '      outcome: does-not-meet' }), expect: ['32:16 error qa-failed'] },
  { rule: 'qa-failed', name: 'one VNS area does-not-meet', files: e({ 37: '        quality_of_education: does-not-meet' }), expect: ['37:31 error qa-failed'], message: /quality of education/ },
  { rule: 'qa-failed', name: 'near miss: an older failed QA, listed after the latest one that meets', files: e({ 38: '      notes: "Visited site; premises and H&S checked."\n    - { date: 2025-06-01, by: Deputy Headteacher, against: voluntary-national-standards, outcome: does-not-meet }' }), expect: [] },

  { rule: 'safeguarding-checks', name: 'confirmation 366 days old', files: e({ 19: '    staff_checks_confirmed: 2024-11-30' }), expect: ['19:29 error safeguarding-checks'] },
  { rule: 'safeguarding-checks', name: 'no confirmation: reported at the safeguarding block', files: e({ 19: GONE }), expect: ['17:3 error safeguarding-checks'] },
  { rule: 'safeguarding-checks', name: 'near miss: confirmation exactly 365 days old', files: e({ 19: '    staff_checks_confirmed: 2024-12-01' }), expect: [] },

  { rule: 'safeguarding-dsl', name: 'a DSL with no name: reported at dsl', files: e({ 18: '    dsl: { phone: "0113 496 0001" }' }), expect: ['18:5 error safeguarding-dsl'] },
  { rule: 'safeguarding-dsl', name: 'a blank name: reported at the name', files: e({ 18: '    dsl: { name: "  ", phone: "0113 496 0001" }' }), expect: ['18:12 error safeguarding-dsl'] },
  { rule: 'safeguarding-dsl', name: 'near miss: a DSL named, no phone', files: e({ 18: '    dsl: { name: Sam Patel }' }), expect: [] },

  { rule: 'safeguarding-policy', name: 'policy reviewed 366 days ago', files: e({ 20: '    policy_reviewed: 2024-11-30' }), expect: ['20:22 warn safeguarding-policy'] },
  { rule: 'safeguarding-policy', name: 'no policy review recorded', files: e({ 20: GONE }), expect: ['17:3 warn safeguarding-policy'] },
  { rule: 'safeguarding-policy', name: 'near miss: reviewed exactly 365 days ago', files: e({ 20: '    policy_reviewed: 2024-12-01' }), expect: [] },

  { rule: 'attendance-reporting', name: 'reports after 31 minutes', files: e({ 26: '    within_minutes: 31' }), expect: ['26:21 error attendance-reporting'] },
  { rule: 'attendance-reporting', name: 'no arrangement: reported at the provider', files: e({ 24: GONE, 25: GONE, 26: GONE }), expect: ['2:1 error attendance-reporting'] },
  { rule: 'attendance-reporting', name: 'a method but no within_minutes', files: e({ 26: GONE }), expect: ['24:3 error attendance-reporting'] },
  { rule: 'attendance-reporting', name: 'near miss: within 30 minutes exactly', files: e({ 25: '    method: phone', 26: '    within_minutes: 30' }), expect: [] },

  { rule: 'agreement-required', name: 'expired yesterday', files: e({ 23: '    expires: 2025-11-30' }), expect: ['23:14 warn agreement-required'] },
  { rule: 'agreement-required', name: 'not signed', files: e({ 22: GONE }), expect: ['21:3 warn agreement-required'] },
  { rule: 'agreement-required', name: 'near miss: expires on the as-of date', files: e({ 23: '    expires: 2025-12-01' }), expect: [] },

  { rule: 'curriculum-core', name: 'no English or maths, a pupil full-time', files: e({ 27: '  curriculum: [pshe, careers]', ...HOURS_18_5 }), expect: ['27:3 warn curriculum-core'], message: /english or maths/ },
  { rule: 'curriculum-core', name: 'no maths, a pupil full-time', files: e({ 27: '  curriculum: [english, pshe]', ...HOURS_18_5 }), expect: ['27:3 warn curriculum-core'] },
  { rule: 'curriculum-core', name: 'near miss: no English or maths, 18 hours', files: e({ 27: '  curriculum: [pshe, careers]', ...HOURS_18_5, 58: '    hours_per_week: 18' }), expect: [] },

  { rule: 'curriculum-personal-development', name: 'no PSHE/RSE/careers, 3 days a week', files: e({ 27: '  curriculum: [english, maths]' }), expect: ['27:3 warn curriculum-personal-development'] },
  { rule: 'curriculum-personal-development', name: 'no PSHE/RSE/careers, exactly 2 days a week', files: e({ 27: '  curriculum: [english, maths]', 60: '      - { day: mon, start: "09:00", end: "13:30" }', 61: '      - { day: wed, start: "09:00", end: "13:30" }', 62: GONE }), expect: ['27:3 warn curriculum-personal-development'] },
  { rule: 'curriculum-personal-development', name: 'near miss: 1 day a week', files: e({ 27: '  curriculum: [english, maths]', 60: '      - { day: mon, start: "09:00", end: "18:00" }', 61: GONE, 62: GONE }), expect: [] },
  { rule: 'curriculum-personal-development', name: 'near miss: RSE alone is enough', files: e({ 27: '  curriculum: [english, maths, rse]' }), expect: [] },

  // ---- placement -------------------------------------------------------------------------------------
  { rule: 'reason-required', name: 'an empty reason', files: e({ 45: '    reason: ""' }), expect: ['45:5 error reason-required'] },
  { rule: 'reason-required', name: 'no reason: reported at the placement', files: e({ 45: GONE }), expect: ['40:5 error reason-required'] },
  { rule: 'reason-required', name: 'an upcoming placement with a blank reason', files: e({ 42: '    start_date: 2026-01-05', 45: '    reason: "   "' }), expect: ['45:5 error reason-required'] },
  { rule: 'reason-required', name: 'near miss: an ended placement with no reason', files: e({ ...ENDED, 45: GONE }), expect: [] },

  { rule: 'hours-required', name: 'neither hours_per_week nor sessions', files: e({ 58: GONE, 59: GONE, 60: GONE, 61: GONE, 62: GONE }), expect: ['40:5 error hours-required'] },
  { rule: 'hours-required', name: 'an empty sessions list and no hours', files: e({ 58: GONE, 59: '    sessions: []', 60: GONE, 61: GONE, 62: GONE }), expect: ['40:5 error hours-required'] },
  { rule: 'hours-required', name: 'near miss: hours_per_week alone', files: e({ 59: GONE, 60: GONE, 61: GONE, 62: GONE }), expect: [] },
  { rule: 'hours-required', name: 'near miss: sessions alone', files: e({ 58: GONE }), expect: [] },

  { rule: 'hours-mismatch', name: '9.5 against sessions of 9', files: e({ 58: '    hours_per_week: 9.5' }), expect: ['58:21 warn hours-mismatch'], message: /9\.5 but the sessions .* add up to 9 hours/ },
  { rule: 'hours-mismatch', name: '8.7 against sessions of 9', files: e({ 58: '    hours_per_week: 8.7' }), expect: ['58:21 warn hours-mismatch'] },
  { rule: 'hours-mismatch', name: 'near miss: 9.25 is within the tolerance', files: e({ 58: '    hours_per_week: 9.25' }), expect: [] },
  { rule: 'hours-mismatch', name: 'near miss: 8.75 is within the tolerance', files: e({ 58: '    hours_per_week: 8.75' }), expect: [] },

  { rule: 'session-times', name: 'a session ends before it starts', files: e({ 58: GONE, 61: '      - { day: wed, start: "12:30", end: "09:30" }' }), expect: ['61:42 error session-times'] },
  { rule: 'session-times', name: 'a reversed session is one finding, not also an hours mismatch (rules.md: exactly one rule reports each condition)', files: e({ 61: '      - { day: wed, start: "12:30", end: "09:30" }' }), expect: ['61:42 error session-times'] },
  { rule: 'session-times', name: 'a session ends when it starts', files: e({ 58: GONE, 61: '      - { day: wed, start: "09:30", end: "09:30" }' }), expect: ['61:42 error session-times'] },
  { rule: 'session-times', name: 'a start that is not HH:MM', files: e({ 58: GONE, 60: '      - { day: mon, start: "9:30", end: "12:30" }' }), expect: ['60:28 error session-times'] },
  { rule: 'session-times', name: 'two sessions on one day overlap', files: e({ 58: GONE, 61: '      - { day: mon, start: "12:00", end: "13:00" }' }), expect: ['61:9 error session-times'], message: /Two mon sessions overlap/ },
  { rule: 'session-times', name: 'near miss: one session ends as the next starts', files: e({ 58: GONE, 61: '      - { day: mon, start: "12:30", end: "15:30" }' }), expect: [] },

  { rule: 'dates-order', name: 'end_date before start_date', files: e({ 44: '    end_date: 2025-10-03', 73: '    destination: Returned to school' }), expect: ['44:15 error dates-order'] },
  { rule: 'dates-order', name: 'planned_end_date before start_date (upcoming)', files: e({ 42: '    start_date: 2026-01-05', 43: '    planned_end_date: 2026-01-02' }), expect: ['43:23 error dates-order'] },
  { rule: 'dates-order', name: 'a review in the future', files: e({ 71: '      - { date: 2025-11-14 }\n      - { date: 2025-12-02 }' }), expect: ['72:17 error dates-order'], message: /after 2025-12-01/ },
  { rule: 'dates-order', name: 'the only review in the future: not a review held', files: e({ 71: '      - { date: 2025-12-02 }' }), expect: ['70:5 warn review-overdue', '71:17 error dates-order'] },
  { rule: 'dates-order', name: 'a QA in the future', files: e({ 29: '    - date: 2025-12-02' }), expect: ['29:13 error dates-order'] },
  { rule: 'dates-order', name: 'staff checks confirmed in the future', files: e({ 19: '    staff_checks_confirmed: 2025-12-02' }), expect: ['19:29 error dates-order'] },
  { rule: 'dates-order', name: 'an agreement signed in the future', files: e({ 22: '    signed: 2025-12-02' }), expect: ['22:13 error dates-order'] },
  { rule: 'dates-order', name: 'a pre-commissioning discussion in the future (before an upcoming start)', files: e({ 42: '    start_date: 2026-01-05', 64: '      date: 2025-12-02' }), expect: ['64:13 error dates-order'] },
  { rule: 'dates-order', name: 'near miss: a review on the as-of date, an end on the start date', files: e({ 71: '      - { date: 2025-12-01 }' }), expect: [] },
  { rule: 'dates-order', name: 'near miss: end_date on the start date', files: e({ 44: '    end_date: 2025-10-06', 73: '    destination: Returned to school' }), expect: [] },

  { rule: 'planned-end-required', name: 'planned_end_date: null', files: e({ 43: '    planned_end_date: null' }), expect: ['43:5 error planned-end-required'] },
  { rule: 'planned-end-required', name: 'no planned_end_date: reported at the placement', files: e({ 43: GONE }), expect: ['40:5 error planned-end-required'] },
  { rule: 'planned-end-required', name: 'near miss: an ended placement with none', files: e({ ...ENDED, 43: GONE }), expect: [] },

  { rule: 'objectives-required', name: 'no objectives', files: e({ 67: '    objectives: []', 68: GONE, 69: GONE }), expect: ['67:5 error objectives-required'] },
  { rule: 'objectives-required', name: 'an objective with no by date', files: e({ 68: '      - { target: Attend 90% of sessions }' }), expect: ['68:9 error objectives-required'] },
  { rule: 'objectives-required', name: 'near miss: an ended placement with no objectives', files: e({ ...ENDED, 67: GONE, 68: GONE, 69: GONE }), expect: [] },

  { rule: 'review-overdue', name: 'latest review 43 days ago', files: e({ 71: '      - { date: 2025-10-19 }' }), expect: ['71:17 warn review-overdue'], message: /43 days ago/ },
  { rule: 'review-overdue', name: 'near miss: latest review exactly 42 days ago', files: e({ 71: '      - { date: 2025-10-20 }' }), expect: [] },
  { rule: 'review-overdue', name: 'no review, started 43 days ago: reported at the placement', files: e({ 42: '    start_date: 2025-10-19', 70: GONE, 71: GONE }), expect: ['40:5 warn review-overdue'] },
  { rule: 'review-overdue', name: 'near miss: no review, started 42 days ago', files: e({ 42: '    start_date: 2025-10-20', 70: GONE, 71: GONE }), expect: [] },
  { rule: 'review-overdue', name: 'without term dates, a review on 14 Oct is 48 days ago', files: e({ 71: '      - { date: 2025-10-14 }' }), expect: ['71:17 warn review-overdue'] },
  { rule: 'review-overdue', name: 'near miss: with term dates, 14 Oct is 39 days of term time ago', files: e({ 71: '      - { date: 2025-10-14 }' }), config: TERMS, expect: [] },
  { rule: 'review-overdue', name: 'near miss: with term dates, 11 Oct is exactly 42 days of term time ago', files: e({ 71: '      - { date: 2025-10-11 }' }), config: TERMS, expect: [] },
  { rule: 'review-overdue', name: 'with term dates, 10 Oct is 43 days of term time ago', files: e({ 71: '      - { date: 2025-10-10 }' }), config: TERMS, expect: ['71:17 warn review-overdue'], message: /43 days of term time ago/ },
  { rule: 'review-overdue', name: 'near miss: an ended placement is not reviewed', files: e({ ...ENDED, 71: '      - { date: 2025-09-01 }' }), expect: [] },

  { rule: 'exit-plan-required', name: 'an empty exit plan', files: e({ 72: '    exit_plan: ""' }), expect: ['72:5 warn exit-plan-required'] },
  { rule: 'exit-plan-required', name: 'no exit plan: reported at the placement', files: e({ 72: GONE }), expect: ['40:5 warn exit-plan-required'] },
  { rule: 'exit-plan-required', name: 'near miss: an upcoming placement has no exit plan yet', files: e({ 42: '    start_date: 2026-01-05', 72: GONE }), expect: [] },

  { rule: 'pre-commissioning-discussion', name: 'the pupil did not take part', files: e({ 66: '      pupil: false' }), expect: ['63:5 warn pre-commissioning-discussion'], message: /does not record the pupil/ },
  { rule: 'pre-commissioning-discussion', name: 'the parent or carer not recorded', files: e({ 65: GONE }), expect: ['63:5 warn pre-commissioning-discussion'], message: /the parent or carer/ },
  { rule: 'pre-commissioning-discussion', name: 'held the day after the start', files: e({ 64: '      date: 2025-10-07' }), expect: ['64:13 warn pre-commissioning-discussion'] },
  { rule: 'pre-commissioning-discussion', name: 'none logged: reported at the placement', files: e({ 63: GONE, 64: GONE, 65: GONE, 66: GONE }), expect: ['40:5 warn pre-commissioning-discussion'] },
  { rule: 'pre-commissioning-discussion', name: 'near miss: held on the start day', files: e({ 64: '      date: 2025-10-06' }), expect: [] },

  { rule: 'la-notified', name: 'la_notified: null', files: e({ 49: '    la_notified: null' }), expect: ['49:5 warn la-notified'] },
  { rule: 'la-notified', name: 'no la_notified: reported at the placement', files: e({ 49: GONE }), expect: ['40:5 warn la-notified'] },
  { rule: 'la-notified', name: 'near miss: commissioned by the local authority', files: e({ 47: '    commissioned_by: local-authority', 48: '    attendance_code: K', 49: GONE }), expect: [] },
  { rule: 'la-notified', name: 'near miss: a registered provider', files: e({ ...REGISTERED, 49: GONE }), expect: [] },

  { rule: 'part-time-timetable', name: 'no review date', files: e({ 56: GONE }), expect: ['54:5 error part-time-timetable'], message: /no a review date \(review_date\)/ },
  { rule: 'part-time-timetable', name: 'the review date has passed', files: e({ 56: '      review_date: 2025-11-30' }), expect: ['56:20 error part-time-timetable'] },
  { rule: 'part-time-timetable', name: 'used for behaviour', files: e({ 46: '    reason_category: behaviour' }), expect: ['46:22 error part-time-timetable'] },
  { rule: 'part-time-timetable', name: 'near miss: review date on the as-of date', files: e({ 56: '      review_date: 2025-12-01' }), expect: [] },
  { rule: 'part-time-timetable', name: 'near miss: a part-time timetable that has ended is not judged', files: e({ 46: '    reason_category: behaviour', 56: '      review_date: 2025-11-14', 57: '      end_date: 2025-11-30' }), expect: [] },

  { rule: 'attendance-code', name: 'local authority placement coded B', files: e({ 47: '    commissioned_by: local-authority' }), expect: ['48:22 error attendance-code'], message: /code is K, not B/ },
  { rule: 'attendance-code', name: 'school placement coded K', files: e({ 48: '    attendance_code: K' }), expect: ['48:22 error attendance-code'] },
  { rule: 'attendance-code', name: 'D at an unregistered provider', files: e({ 48: '    attendance_code: D' }), expect: ['48:22 error attendance-code'] },
  { rule: 'attendance-code', name: 'D at a registered FE college (not a school)', files: e({ 10: '    status: registered', 11: '    type: fe-college\n    urn: 123456', 48: '    attendance_code: D' }), expect: ['49:22 error attendance-code'] },
  { rule: 'attendance-code', name: 'near miss: D at a registered PRU', files: e({ ...REGISTERED, 48: '    attendance_code: D' }), expect: [] },
  { rule: 'attendance-code', name: 'near miss: K for a local authority placement', files: e({ 47: '    commissioned_by: local-authority', 48: '    attendance_code: K' }), expect: [] },
  { rule: 'attendance-code', name: 'near miss: P at an unregistered provider', files: e({ 48: '    attendance_code: P' }), expect: [] },

  { rule: 'attendance-code-online', name: 'B at an online provider', files: e({ 15: '  delivery: online' }), expect: ['48:22 warn attendance-code-online'] },
  { rule: 'attendance-code-online', name: 'near miss: B at a mixed provider', files: e({ 15: '  delivery: mixed' }), expect: [] },
  { rule: 'attendance-code-online', name: 'near miss: P at an online provider', files: e({ 15: '  delivery: online', 48: '    attendance_code: P' }), expect: [] },

  { rule: 'off-site-direction', name: 'notice on Friday for a Monday start: 1 school day', files: e({ 51: '      notice_date: 2025-10-03' }), expect: ['51:20 error off-site-direction'], message: /1 school day before/ },
  { rule: 'off-site-direction', name: 'notice after the start', files: e({ 51: '      notice_date: 2025-10-07' }), expect: ['51:20 error off-site-direction'] },
  { rule: 'off-site-direction', name: 'near miss: notice on Thursday for a Monday start: 2 school days', files: e({ 51: '      notice_date: 2025-10-02' }), expect: [] },
  { rule: 'off-site-direction', name: 'near miss: without term dates, Fri 24 Oct to Mon 3 Nov is 6 school days', files: e({ 42: '    start_date: 2025-11-03', 51: '      notice_date: 2025-10-24' }), expect: [] },
  { rule: 'off-site-direction', name: 'with term dates, Fri 24 Oct to Mon 3 Nov (after half-term) is 1 school day', files: e({ 42: '    start_date: 2025-11-03', 51: '      notice_date: 2025-10-24' }), config: TERMS, expect: ['51:20 error off-site-direction'] },
  { rule: 'off-site-direction', name: 'near miss: with term dates, Thu 23 Oct to Mon 3 Nov is 2 school days', files: e({ 42: '    start_date: 2025-11-03', 51: '      notice_date: 2025-10-23' }), config: TERMS, expect: [] },

  { rule: 'placement-past-planned-end', name: 'planned to end yesterday', files: e({ 43: '    planned_end_date: 2025-11-30' }), expect: ['43:23 warn placement-past-planned-end'] },
  { rule: 'placement-past-planned-end', name: 'near miss: planned to end on the as-of date', files: e({ 43: '    planned_end_date: 2025-12-01' }), expect: [] },

  { rule: 'destination-required', name: 'ended yesterday with no destination', files: e({ 44: '    end_date: 2025-11-30' }), expect: ['73:5 warn destination-required'] },
  { rule: 'destination-required', name: 'near miss: ends on the as-of date (still active)', files: e({ 44: '    end_date: 2025-12-01' }), expect: [] },
  { rule: 'destination-required', name: 'near miss: ended with a destination', files: e(ENDED), expect: [] },

  { rule: 'duplicate-pupil', name: 'the same pupil twice in one file, dates overlapping (case and spaces ignored)', files: PROVIDER + P('P-0042') + P('" p-0042 "'), expect: ['52:5 error duplicate-pupil'] },
  { rule: 'duplicate-pupil', name: 'an open-ended placement and an upcoming one overlap by the planned end', files: PROVIDER + P('P-0042') + P('P-0042', { start_date: '2026-01-05', planned_end_date: '2026-03-27' }), expect: ['52:5 error duplicate-pupil'] },
  { rule: 'duplicate-pupil', name: 'near miss: one ends before the other starts', expect: [],
    files: PROVIDER + P('P-0042', { end_date: '2025-10-31', destination: 'Moved to the second course' }) + P('P-0042', { start_date: '2025-11-03' }) },

  // ---- across files ----------------------------------------------------------------------------------
  { rule: 'multiple-providers', name: 'one pupil active at two providers', files: { 'a.yaml': C, 'b.yaml': SECOND },
    expect: ['a.yaml 40:12 warn multiple-providers', 'b.yaml 40:12 warn multiple-providers'], message: /2 providers \(Bridge Learning Centre, Second Centre\), 18 hours a week in all/ },
  { rule: 'multiple-providers', name: 'the same pupil written differently is one pupil', files: { 'a.yaml': C, 'b.yaml': second({ 40: '  - pupil: " p-0042"' }) },
    expect: ['a.yaml 40:12 warn multiple-providers', 'b.yaml 40:12 warn multiple-providers'] },
  { rule: 'multiple-providers', name: 'near miss: the second placement is upcoming', files: { 'a.yaml': C, 'b.yaml': second({ 42: '    start_date: 2026-01-05' }) }, expect: [] },

  { rule: 'combined-hours', name: '9 + 24 = 33 hours, more than 32.5', files: { 'a.yaml': C, 'b.yaml': second({ 58: '    hours_per_week: 24', 59: GONE, 60: GONE, 61: GONE, 62: GONE }) },
    expect: ['a.yaml 40:12 error combined-hours', 'a.yaml 40:12 warn multiple-providers', 'b.yaml 40:12 error combined-hours', 'b.yaml 40:12 warn multiple-providers'], message: /33 hours a week/ },
  { rule: 'combined-hours', name: 'near miss: 9 + 23.5 = 32.5 hours', files: { 'a.yaml': C, 'b.yaml': second({ 58: '    hours_per_week: 23.5', 59: GONE, 60: GONE, 61: GONE, 62: GONE }) },
    expect: ['a.yaml 40:12 warn multiple-providers', 'b.yaml 40:12 warn multiple-providers'] },
  { rule: 'combined-hours', name: 'sessions at two providers overlap on Monday', files: { 'a.yaml': C, 'b.yaml': second({ 60: '      - { day: mon, start: "11:00", end: "14:00" }' }) },
    expect: ['a.yaml 40:12 warn multiple-providers', 'a.yaml 60:9 error combined-hours', 'b.yaml 40:12 warn multiple-providers', 'b.yaml 60:9 error combined-hours'], message: /at two providers at once/ },
  { rule: 'combined-hours', name: 'near miss: one session ends as the other provider\'s starts', files: { 'a.yaml': C, 'b.yaml': second({ 60: '      - { day: mon, start: "12:30", end: "15:30" }' }) },
    expect: ['a.yaml 40:12 warn multiple-providers', 'b.yaml 40:12 warn multiple-providers'] },

  { rule: 'pupil-facts-conflict', name: 'send differs (the second placement upcoming)', files: { 'a.yaml': C, 'b.yaml': second({ 42: '    start_date: 2026-01-05', 52: '    send: ehcp' }) },
    expect: ['a.yaml 52:5 warn pupil-facts-conflict', 'b.yaml 52:5 warn pupil-facts-conflict'], message: /sen-support at Bridge Learning Centre, ehcp at Second Centre/ },
  { rule: 'pupil-facts-conflict', name: 'looked_after and year_group differ', files: { 'a.yaml': C, 'b.yaml': second({ 42: '    start_date: 2026-01-05', 41: '    year_group: 11', 53: '    looked_after: true' }) },
    expect: ['a.yaml 41:5 warn pupil-facts-conflict', 'a.yaml 53:5 warn pupil-facts-conflict', 'b.yaml 41:5 warn pupil-facts-conflict', 'b.yaml 53:5 warn pupil-facts-conflict'] },
  { rule: 'pupil-facts-conflict', name: 'near miss: year_group left out in one file', files: { 'a.yaml': C, 'b.yaml': second({ 42: '    start_date: 2026-01-05', 41: '    year_group: null' }) }, expect: [] },

  { rule: 'pupil-reference', name: 'a name', files: e({ 40: '  - pupil: Jane Smith' }), expect: ['40:12 error pupil-reference'], message: /looks like a name/, never: ['Jane', 'Smith'] },
  { rule: 'pupil-reference', name: 'a name, with other findings about the same pupil', files: e({ 40: '  - pupil: Jane Smith', 72: GONE }), expect: ['40:12 error pupil-reference', '40:5 warn exit-plan-required'], never: ['Jane', 'Smith'] },
  { rule: 'pupil-reference', name: 'an email address', files: e({ 40: '  - pupil: j.smith@example.org' }), expect: ['40:12 error pupil-reference'], message: /an email address/, never: ['smith'] },
  { rule: 'pupil-reference', name: 'a date of birth', files: e({ 40: '  - pupil: "2011-03-04"' }), expect: ['40:12 error pupil-reference'], message: /a date/, never: ['2011-03-04'] },
  { rule: 'pupil-reference', name: 'a UPN', files: e({ 40: '  - pupil: A12345678901B' }), expect: ['40:12 error pupil-reference'], message: /UPN/, never: ['A12345678901B'] },
  { rule: 'pupil-reference', name: 'a name at two providers: no cross-file message repeats it either', files: { 'a.yaml': e({ 40: '  - pupil: Jane Smith' }), 'b.yaml': second({ 40: '  - pupil: Jane Smith' }) },
    expect: ['a.yaml 40:12 error pupil-reference', 'a.yaml 40:12 warn multiple-providers', 'b.yaml 40:12 error pupil-reference', 'b.yaml 40:12 warn multiple-providers'], never: ['Jane', 'Smith'] },
  { rule: 'pupil-reference', name: 'near miss: a pseudonym with a key stage', files: e({ 40: '  - pupil: KS3-17' }), expect: [] },
  { rule: 'pupil-reference', name: 'near miss: one capitalised word', files: e({ 40: '  - pupil: Kestrel-7' }), expect: [] },
];

describe('rules (as of 2025-12-01 unless a row says otherwise)', () => {
  it.each(rows.map((r) => [`${r.rule}: ${r.name}`, r] as const))('%s', async (_name, row) => {
    const { summary, findings } = await run(row.files, { asOf: row.asOf ?? AS_OF, config: row.config });
    expect(summary).toEqual([...row.expect].sort());
    if (row.message) {
      const messages = findings.filter((x) => x.ruleId === row.rule).map((x) => x.message);
      expect(messages.some((m) => row.message!.test(m)), `${messages.join('\n')}\nshould match ${row.message}`).toBe(true);
    }
    for (const word of row.never ?? []) {
      for (const f of findings) expect(f.message.toLowerCase()).not.toContain(word.toLowerCase());
    }
  });

  it('every rule has a row where it fires and a row where it does not', () => {
    const ids = RULES.map((r) => r.id).filter((id) => !ELSEWHERE.has(id));
    expect(ids.length).toBeGreaterThan(40);
    const missing: string[] = [];
    for (const id of ids) {
      const mine = rows.filter((r) => r.rule === id);
      if (!mine.some((r) => r.expect.some((x) => x.endsWith(` ${id}`)))) missing.push(`${id}: no firing row`);
      if (!mine.some((r) => !r.expect.some((x) => x.endsWith(` ${id}`)))) missing.push(`${id}: no near-miss row`);
    }
    for (const r of rows) if (r.rule !== '*' && !ids.includes(r.rule)) missing.push(`row for unknown rule ${r.rule}`);
    expect(missing).toEqual([]);
  });

  it('each firing row states the severity the rule has by default', () => {
    const byId = new Map(RULES.map((r) => [r.id, r.defaultSeverity]));
    for (const r of rows) {
      if (r.config) continue;
      for (const x of r.expect) {
        const [sev, id] = x.split(' ').slice(-2);
        expect(`${id} ${sev}`).toBe(`${id} ${byId.get(id)}`);
      }
    }
  });

  it('replaceOnce guards its edits', () => {
    expect(() => replaceOnce(C, 'not in the file', 'x')).toThrow();
    expect(replaceOnce('a b', 'b', 'c')).toBe('a c');
  });
});

// rules.md "Counts": over active placements, distinct pupils; providers in use by registration status.
describe('counts', () => {
  const registered = (set: Record<string, string | null>) => edit(PROVIDER, { 3: '  name: Calder PRU', ...REGISTERED }) + P('P-0200', { send: 'ehcp', looked_after: 'true', ...set });

  it('counts distinct pupils over active placements', async () => {
    const { result } = await run({
      'a.yaml': C, // P-0042: SEN support, on a current part-time timetable
      'b.yaml': SECOND, // P-0042 again: one pupil
      'c.yaml': registered({}), // P-0200: EHC plan, looked after
      'd.yaml': edit(PROVIDER, { 3: '  name: Ended Centre' }) + P('P-0300', { end_date: '2025-11-28', destination: 'Returned to school' }),
    });
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['multiple-providers', 'multiple-providers']);
    expect(result.counts).toEqual({ pupils: 2, send: 2, ehcp: 1, partTime: 1, lookedAfter: 1, providersRegistered: 1, providersUnregistered: 2 });
  });

  it('a provider with only an upcoming placement is in use (rules.md Terms) and counted by its registration status', async () => {
    const { result } = await run({ 'a.yaml': C, 'c.yaml': registered({ start_date: '2026-01-05' }) });
    expect(result.findings).toEqual([]);
    expect(result.counts).toMatchObject({ pupils: 1, providersRegistered: 1, providersUnregistered: 1 });
  });
});
