// The school's config (cli.md): rule settings off/warn/error, thresholds, term dates, and every mistake in
// the file reported at once as a UsageError (exit 2) that names the nearest valid choice.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { check } from '../../src/check.js';
import { runCheck } from '../../src/commands/check.js';
import { UsageError } from '../../src/model/findings.js';
import { ConfigSchema, type Config } from '../../src/model/config.js';
import { AS_OF, COMPLIANT as C, GONE, config, edit, run } from '../support/check-in-memory.js';
import { tempDir } from '../support/temp-dir.js';

const e = (lines: Record<number, string>) => edit(C, lines);
const SECOND = edit(C, {
  3: '  name: Second Centre',
  60: '      - { day: tue, start: "09:30", end: "12:30" }',
  61: '      - { day: thu, start: "09:30", end: "12:30" }',
  62: '      - { day: thu, start: "13:00", end: "16:00" }',
});

/**
 * Checks `files` in a temp folder that also holds `ap-ready.config.yaml` with `configText` (found upward).
 * The folder keeps no pupil register, so whereabouts-unknown is turned off unless the text sets `rules:` itself.
 */
async function withConfigFile(configText: string, files: Record<string, string> = { 'placements/a.yaml': C }) {
  const text = /^rules:/m.test(configText) ? configText : `${configText}rules: { whereabouts-unknown: off }\n`;
  const dir = tempDir({ 'ap-ready.config.yaml': text, ...files });
  return { dir, result: await check(['placements'], { asOf: AS_OF, cwd: dir }) };
}

/** The UsageError a config file gives (fails if it gives none). */
async function configError(configText: string): Promise<UsageError> {
  try {
    await withConfigFile(configText);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return err as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('rule settings', () => {
  it('off silences a rule', async () => {
    const file = e({ 49: '    la_notified: null' });
    expect((await run(file)).summary).toEqual(['49:5 warn la-notified']);
    expect((await run(file, { config: config({ rules: { 'la-notified': 'off' } }) })).summary).toEqual([]);
  });

  it('off silences only that rule', async () => {
    const file = e({ 49: '    la_notified: null', 72: GONE });
    expect((await run(file, { config: config({ rules: { 'la-notified': 'off' } }) })).summary).toEqual([
      '40:5 warn exit-plan-required',
    ]);
  });

  it('error raises a warning; warn lowers an error', async () => {
    const file = e({ 71: '      - { date: 2025-10-01, took_part: [pupil] }', 45: '    reason: ""' });
    expect((await run(file)).summary).toEqual(['45:5 error reason-required', '71:17 warn review-overdue']);
    const cfg = config({ rules: { 'review-overdue': 'error', 'reason-required': 'warn' } });
    expect((await run(file, { config: cfg })).summary).toEqual([
      '45:5 warn reason-required',
      '71:17 error review-overdue',
    ]);
  });

  it('the severity shows as 1 (warn) and 2 (error) in --format json, and decides the exit code', async () => {
    const dir = tempDir({ 'a.yaml': e({ 71: '      - { date: 2025-10-01, took_part: [pupil] }' }) });
    const asJson = async (cfg: Config) => {
      const out = await runCheck([dir], { asOf: AS_OF, config: cfg, cwd: dir, format: 'json' });
      return {
        exitCode: out.exitCode,
        severities: JSON.parse(out.stdout)[0].messages.map(
          (m: { ruleId: string; severity: number }) => `${m.ruleId} ${m.severity}`,
        ),
      };
    };
    expect(await asJson(config({}))).toEqual({ exitCode: 0, severities: ['review-overdue 1'] });
    expect(await asJson(config({ rules: { 'review-overdue': 'error' } }))).toEqual({
      exitCode: 1,
      severities: ['review-overdue 2'],
    });
    // With review-overdue off, review-frequency (reviews at least half-termly) reports the late review instead.
    expect(await asJson(config({ rules: { 'review-overdue': 'off' } }))).toEqual({
      exitCode: 0,
      severities: ['review-frequency 1'],
    });
    expect(await asJson(config({ rules: { 'review-overdue': 'off', 'review-frequency': 'off' } }))).toEqual({
      exitCode: 0,
      severities: [],
    });
  });

  it('an opt-in rule (default off) runs when set to warn or error', async () => {
    expect((await run(C)).summary).toEqual([]);
    expect((await run(C, { config: config({ rules: { 'unregistered-time-limits': 'error' } }) })).summary).toEqual([
      '43:23 error unregistered-time-limits',
      '59:5 error unregistered-time-limits',
    ]);
  });

  it('a fixed rule keeps its severity even if a config object tries to change it', async () => {
    const file = e({ 52: '    send: sen' });
    expect((await run(file, { config: config({ rules: { schema: 'off', 'date-format': 'warn' } }) })).summary).toEqual([
      '52:11 error schema',
    ]);
  });

  it('a config file sets severities too', async () => {
    const { result } = await withConfigFile(
      'rules:\n  la-notified: off\n  exit-plan-required: error\n  whereabouts-unknown: off\n',
      { 'placements/a.yaml': e({ 49: GONE, 72: GONE }) },
    );
    expect(result.findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['exit-plan-required error']);
  });
});

describe('thresholds change outcomes', () => {
  interface T {
    name: string;
    thresholds: Record<string, number>;
    files: string | Record<string, string>;
    before: string[];
    after: string[];
  }
  const two = (b: string) => ({ 'a.yaml': C, 'b.yaml': b });
  const table: T[] = [
    {
      name: 'review_interval_days: 10 (review 17 days ago)',
      thresholds: { review_interval_days: 10 },
      files: C,
      before: [],
      after: ['71:17 warn review-overdue'],
    },
    {
      name: 'review_interval_days: 60 (review 61 days ago)',
      thresholds: { review_interval_days: 60 },
      files: e({ 71: '      - { date: 2025-10-01, took_part: [pupil] }' }),
      before: ['71:17 warn review-overdue'],
      after: ['71:17 warn review-overdue'],
    },
    {
      name: 'review_interval_days: 61 (review 61 days ago)',
      thresholds: { review_interval_days: 61 },
      files: e({ 71: '      - { date: 2025-10-01, took_part: [pupil] }' }),
      before: ['71:17 warn review-overdue'],
      after: [],
    },
    {
      name: 'qa_max_age_days: 30 (QA 77 days ago)',
      thresholds: { qa_max_age_days: 30 },
      files: C,
      before: [],
      after: ['29:13 warn qa-overdue'],
    },
    {
      name: 'staff_checks_max_age_days: 90 (checks and policy 91 days ago)',
      thresholds: { staff_checks_max_age_days: 90 },
      files: C,
      before: [],
      after: ['19:29 warn safeguarding-checks', '20:22 warn safeguarding-policy'],
    },
    {
      name: 'attendance_report_minutes: 20',
      thresholds: { attendance_report_minutes: 20 },
      files: C,
      before: [],
      after: ['26:21 warn attendance-reporting'],
    },
    {
      name: 'full_time_hours: 8 (an EHC plan, 9 hours)',
      thresholds: { full_time_hours: 8 },
      files: e({
        50: '    off_site_direction: { notice_date: 2025-10-01, la_notice_date: 2025-10-01 }',
        51: GONE,
        52: '    send: ehcp',
      }),
      before: [],
      after: ['40:5 error unregistered-full-time'],
    },
    {
      name: 'unregistered_full_time_pupils: 1 (one pupil at 18.5 hours)',
      thresholds: { unregistered_full_time_pupils: 1 },
      files: e({ 58: '    hours_per_week: 18.5', 59: GONE, 60: GONE, 61: GONE, 62: GONE }),
      before: [],
      after: ['9:3 error unregistered-full-time'],
    },
    {
      name: 'combined_hours_max: 17.5 (9 + 9 hours)',
      thresholds: { combined_hours_max: 17.5 },
      files: two(SECOND),
      before: ['a.yaml 40:12 warn multiple-providers', 'b.yaml 40:12 warn multiple-providers'],
      after: [
        'a.yaml 40:12 error combined-hours',
        'a.yaml 40:12 warn multiple-providers',
        'b.yaml 40:12 error combined-hours',
        'b.yaml 40:12 warn multiple-providers',
      ],
    },
    {
      name: 'hours_tolerance: 0 (9.25 against 9)',
      thresholds: { hours_tolerance: 0 },
      files: e({ 58: '    hours_per_week: 9.25' }),
      before: [],
      after: ['58:21 warn hours-mismatch'],
    },
    {
      name: 'hours_tolerance: 1 (10 against 9)',
      thresholds: { hours_tolerance: 1 },
      files: e({ 58: '    hours_per_week: 10' }),
      before: ['58:21 warn hours-mismatch'],
      after: [],
    },
    {
      name: 'personal_development_min_days: 1 (9 hours a week: about 1.8 school days)',
      thresholds: { personal_development_min_days: 1 },
      files: e({ 27: '  curriculum: [english, maths]' }),
      before: [],
      after: ['27:3 warn curriculum-personal-development'],
    },
    {
      name: 'off_site_direction_notice_days: 4 (3 school days)',
      thresholds: { off_site_direction_notice_days: 4 },
      files: C,
      before: [],
      after: ['51:20 error off-site-direction'],
    },
  ];
  it.each(table.map((t) => [t.name, t] as const))('%s', async (_name, t) => {
    expect((await run(t.files)).summary).toEqual(t.before);
    expect((await run(t.files, { config: config({ thresholds: t.thresholds }) })).summary).toEqual(t.after);
  });

  it('unregistered_max_weeks/sessions/days move the opt-in limits', async () => {
    const on = { 'unregistered-time-limits': 'warn' };
    expect((await run(C, { config: config({ rules: on }) })).summary).toEqual([
      '43:23 warn unregistered-time-limits',
      '59:5 warn unregistered-time-limits',
    ]);
    expect(
      (
        await run(C, {
          config: config({ rules: on, thresholds: { unregistered_max_weeks: 19, unregistered_max_days: 3 } }),
        })
      ).summary,
    ).toEqual([]);
    expect(
      (
        await run(C, {
          config: config({
            rules: on,
            thresholds: { unregistered_max_weeks: 19, unregistered_max_days: 3, unregistered_max_sessions: 2 },
          }),
        })
      ).summary,
    ).toEqual(['59:5 warn unregistered-time-limits']);
  });

  it('a threshold left out keeps its default', () => {
    const c = ConfigSchema.parse({ thresholds: { review_interval_days: 10 } });
    expect(c.thresholds).toMatchObject({
      review_interval_days: 10,
      qa_max_age_days: 365,
      full_time_hours: 18,
      combined_hours_max: 32.5,
      hours_tolerance: 0.25,
    });
  });
});

describe('config file', () => {
  it('is found upward from the first path checked, whatever the current folder', async () => {
    const dir = tempDir({
      'school/ap-ready.config.yaml': 'rules: { la-notified: off, whereabouts-unknown: off }\n',
      'school/placements/leeds/a.yaml': e({ 49: GONE }),
    });
    const elsewhere = tempDir({});
    const result = await check([join(dir, 'school/placements/leeds')], { asOf: AS_OF, cwd: elsewhere });
    expect(result.configPath).toBe(join(dir, 'school/ap-ready.config.yaml'));
    expect(result.findings).toEqual([]);
    // Without the config, the same file has a finding (and, with no register, whereabouts-unknown).
    const bare = tempDir({ 'a.yaml': e({ 49: GONE }) });
    expect((await check([bare], { asOf: AS_OF, cwd: bare })).findings.map((f) => f.ruleId).sort()).toEqual([
      'la-notified',
      'whereabouts-unknown',
    ]);
  });

  it('is not itself checked as a placement file', async () => {
    const dir = tempDir({ 'ap-ready.config.yaml': 'rules: { la-notified: off }\n', 'a.yaml': C });
    const result = await check([dir], { asOf: AS_OF, cwd: dir });
    expect(result.files.map((f) => f.displayPath)).toEqual(['a.yaml']);
  });

  it('--config names one explicitly', async () => {
    const dir = tempDir({
      'settings/mine.yaml': 'rules: { la-notified: off, whereabouts-unknown: off }\n',
      'placements/a.yaml': e({ 49: GONE }),
    });
    const result = await check(['placements'], { asOf: AS_OF, cwd: dir, configPath: 'settings/mine.yaml' });
    expect(result.findings).toEqual([]);
  });

  it('term_dates in the file change review-overdue', async () => {
    const file = e({ 71: '      - { date: 2025-10-14, took_part: [pupil] }' });
    expect(
      (await withConfigFile('school: { name: Test }\n', { 'placements/a.yaml': file })).result.findings.map(
        (f) => f.ruleId,
      ),
    ).toEqual(['review-overdue']);
    const terms =
      'term_dates:\n  - { start: 2025-09-03, end: 2025-10-24 }\n  - { start: 2025-11-03, end: 2025-12-19 }\n';
    expect((await withConfigFile(terms, { 'placements/a.yaml': file })).result.findings).toEqual([]);
  });

  it('registration_law: cwsa-2026 in the file counts SEN support', async () => {
    const file = e({ 58: '    hours_per_week: 18.5', 59: GONE, 60: GONE, 61: GONE, 62: GONE });
    expect(
      (await withConfigFile('registration_law: esa-2008\n', { 'placements/a.yaml': file })).result.findings,
    ).toEqual([]);
    expect(
      (await withConfigFile('registration_law: cwsa-2026\n', { 'placements/a.yaml': file })).result.findings.map(
        (f) => f.ruleId,
      ),
    ).toEqual(['unregistered-full-time']);
  });

  it('paths in it are relative to the config file', async () => {
    const { dir, result } = await withConfigFile('templates: ./my-templates\n');
    expect(result.config.templates).toBe(join(dir, 'my-templates'));
  });

  it('an unknown rule id names the nearest rule', async () => {
    const err = await configError('rules:\n  review-overdu: error\n');
    expect(err.message).toContain('ap-ready.config.yaml:2:3');
    expect(err.message).toContain('unknown rule "review-overdu"');
    expect(err.message).toContain('did you mean "review-overdue"');
  });

  it('children-missing-education, merged into missing-education-risk, is an unknown rule like any other', async () => {
    const err = await configError('rules:\n  children-missing-education: warn\n');
    expect(err.message).toContain('ap-ready.config.yaml:2:3');
    expect(err.message).toContain('unknown rule "children-missing-education"');
    expect(err.message).toContain('unknown rule "children-missing-education". Run \'ap-ready rules\' for the list.');
  });

  it('a fixed rule cannot be set', async () => {
    for (const id of ['schema', 'yaml-syntax', 'date-format']) {
      const err = await configError(`rules:\n  ${id}: off\n`);
      expect(err.message).toMatch(new RegExp(`"${id}" is fixed`));
      expect(err.message).toContain('ap-ready.config.yaml:2:3');
    }
  });

  it('an unknown key names the nearest key', async () => {
    expect((await configError('threshold:\n  review_interval_days: 10\n')).message).toMatch(
      /ap-ready\.config\.yaml:1:1: Unknown key "threshold": did you mean "thresholds"\?/,
    );
    expect((await configError('thresholds:\n  review_interval_day: 10\n')).message).toMatch(
      /ap-ready\.config\.yaml:2:3: Unknown key "review_interval_day" in thresholds: did you mean "review_interval_days"\?/,
    );
  });

  it('a setting that is not off/warn/error', async () => {
    expect((await configError('rules:\n  review-overdue: warning\n')).message).toMatch(
      /review-overdue.*"warning"|"warning".*off, warn, error/s,
    );
  });

  it('every problem is reported at once', async () => {
    const err = await configError(
      'registration_law: esa-2009\nrules:\n  review-overdu: error\n  schema: off\nthreshold: {}\n',
    );
    expect(err.message).toMatch(/^The config file has 4 problems:/);
    for (const bit of ['esa-2009', 'review-overdu', '"schema" is fixed', 'thresholds'])
      expect(err.message).toContain(bit);
  });

  it('not valid YAML: the file, line and column', async () => {
    expect((await configError('rules: [\n')).message).toMatch(
      /ap-ready\.config\.yaml:\d+:\d+: the config file is not valid YAML/,
    );
  });

  it('a term date not written YYYY-MM-DD', async () => {
    expect((await configError('term_dates:\n  - { start: 03/09/2025, end: 2025-10-24 }\n')).message).toMatch(
      /ap-ready\.config\.yaml:2:\d+: .*YYYY-MM-DD/,
    );
  });

  it('a term that ends before it starts, or an impossible date', async () => {
    expect((await configError('term_dates:\n  - { start: 2025-10-24, end: 2025-09-03 }\n')).message).toMatch(
      /ends \(2025-09-03\) before it starts/,
    );
    expect((await configError('term_dates:\n  - { start: 2025-02-30, end: 2025-03-03 }\n')).message).toMatch(
      /2025-02-30 is not a real date/,
    );
  });
});
