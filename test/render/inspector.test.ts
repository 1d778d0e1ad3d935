// What an inspector is handed: the planning call, provider QA and placement records carry the school's
// evidence, not the checks' working. Findings are left out unless asked for (and then without a file,
// line or rule), render says on stderr what it left out, and the planning call shows what an inspector asks.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { check, type CheckResult } from '../../src/check.js';
import { englishDate } from '../../src/model/dates.js';
import { RULES } from '../../src/rules/index.js';
import { PdfPrinter, render, renderHtml } from '../../src/render/index.js';
import { planningCallView, placementRecordsView } from '../../src/render/views/index.js';
import { sessionLines } from '../../src/render/views/sessions.js';
import { yearBefore } from '../../src/render/views/view-helpers.js';
import { usePrinter } from '../support/printer.js';
import { cli, DATA_SETS, LARGE, pdfText, squash, tempDir } from './support.js';

const FOR_INSPECTORS = ['planning-call', 'provider-qa', 'placement-records', 'attendance', 'whereabouts'] as const;
const now = new Date(2026, 10, 23, 9, 30);

let printer: PdfPrinter;
usePrinter((p) => {
  printer = p;
});

/** Every way the checks' working could show: a file's path or name, "line N", a rule id. */
function working(result: CheckResult): RegExp[] {
  const files = result.files.flatMap((f) => [f.displayPath, f.path, basename(f.path)]);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    ...files.map((f) => new RegExp(escape(f))),
    /\bline \d+/i,
    /\.ya?ml\b/,
    // A rule id in a sentence would be hyphenated words no English sentence uses: "review-overdue".
    ...RULES.map((r) => r.id)
      .filter((id) => id.includes('-'))
      .map((id) => new RegExp(`\\b${escape(id)}\\b`)),
  ];
}

describe.each([...DATA_SETS, LARGE])('no file, line or rule in the documents from the $name', (set) => {
  let result: CheckResult;
  const texts = new Map<string, { html: string; pdf: string }>();

  beforeAll(async () => {
    result = await check([set.placements], { asOf: set.asOf, configPath: set.config });
    const dir = tempDir();
    for (const document of FOR_INSPECTORS) {
      for (const includeFindings of [false, true]) {
        const r = await render(document, [set.placements], {
          asOf: set.asOf,
          configPath: set.config,
          format: 'pdf',
          now,
          result,
          printer,
          includeFindings,
        });
        if (r.status !== 'rendered') throw new Error(`${document} was refused`);
        const file = join(dir, `${document}-${includeFindings}.pdf`);
        writeFileSync(file, r.content);
        texts.set(`${document} ${includeFindings}`, { html: r.html, pdf: pdfText(file) });
      }
    }
  }, 240_000);

  it.each(
    FOR_INSPECTORS.flatMap(
      (d) =>
        [
          [d, false],
          [d, true],
        ] as const,
    ),
  )('%s (include findings: %s)', (document, included) => {
    const { html, pdf } = texts.get(`${document} ${included}`)!;
    for (const pattern of working(result)) {
      expect(html, `the HTML shows ${pattern}`).not.toMatch(pattern);
      expect(squash(pdf), `the PDF shows ${pattern}`).not.toMatch(pattern);
    }
    const errors = result.findings.filter((f) => f.severity === 'error' && !f.suppression);
    if (errors.length && document === 'planning-call') {
      expect(html.includes('Open issues:')).toBe(included);
      if (included) expect(squash(pdf)).toContain(squash(errors[0].message).slice(0, 40));
    }
  });

  it('the findings document keeps them', () => {
    const { html } = renderHtml('findings', result, { now });
    const first = result.findings.find((f) => !f.suppression);
    if (first) {
      expect(html).toContain(first.ruleId);
      // The first finding may be in an attendance CSV or the register: every checked file is in `checked`.
      expect(html).toContain(result.checked.find((f) => f.path === first.file)!.displayPath);
    }
  });
});

describe('render leaves the errors out of the document and says so on stderr', () => {
  const set = DATA_SETS[0]; // the fixtures have one error: an off-site direction's notice given too late

  it('exit 0; each error by file, line, column, rule and what the rule checks; no pupil details', async () => {
    const dir = tempDir();
    const r = await cli([
      'render',
      'planning-call',
      set.placements,
      '--config',
      set.config,
      '--as-of',
      set.asOf,
      '-o',
      join(dir, 'pc.html'),
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /^ap-ready: this error is in the placement files:\n {2}\S*hillcrest-pru\.yaml:\d+:\d+ {2}off-site-direction {2}An off-site direction notice/,
    );
    expect(r.stderr).toContain(
      'ap-ready: warning: 1 open error is not in the document: see `ap-ready render findings`',
    );
    expect(r.stderr).not.toMatch(/P-\d{4}/);
    expect(r.stdout).not.toMatch(/open issue/);
    const html = readFileSync(join(dir, 'pc.html'), 'utf8');
    expect(html).not.toContain('Open issues');
  }, 30_000);

  it('--include-findings puts the box back, without a file, line or rule, and stderr says nothing of it', async () => {
    const dir = tempDir();
    const r = await cli([
      'render',
      'planning-call',
      set.placements,
      '--config',
      set.config,
      '--as-of',
      set.asOf,
      '-o',
      join(dir, 'pc.html'),
      '--include-findings',
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/1 open issue\)/);
    const html = readFileSync(join(dir, 'pc.html'), 'utf8');
    expect(html).toContain('Open issues: 1 error in the placement records');
    expect(html).not.toContain('off-site-direction');
    expect(html).not.toContain('hillcrest-pru.yaml');
  }, 30_000);

  it('--quiet still lists the errors left out', async () => {
    const dir = tempDir();
    const r = await cli([
      'render',
      'provider-qa',
      set.placements,
      '--config',
      set.config,
      '--as-of',
      set.asOf,
      '-o',
      join(dir, 'qa.html'),
      '--quiet',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('1 open error is not in the document');
  }, 30_000);
});

describe('the planning call shows what an inspector asks', () => {
  const set = DATA_SETS[DATA_SETS.length - 1];
  let result: CheckResult;
  let flat: string;
  let page1: string;
  /** The HTML's text, tags taken out: the order the cells are written in, whatever pdftotext makes of columns. */
  let html: string;

  beforeAll(async () => {
    result = await check([set.placements], { asOf: set.asOf, configPath: set.config });
    const r = await render('planning-call', [set.placements], {
      asOf: set.asOf,
      configPath: set.config,
      format: 'pdf',
      now,
      result,
      printer,
    });
    if (r.status !== 'rendered') throw new Error('refused');
    html = squash(
      r.html
        .replace(/<style>[\s\S]*?<\/style>/, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&#x27;/g, "'"),
    );
    const file = join(tempDir(), 'pc.pdf');
    writeFileSync(file, r.content);
    const text = pdfText(file);
    flat = squash(text);
    page1 = squash(text.split('\f')[0]);
  }, 60_000);

  it("the school's DSL in the header", () => {
    expect(result.config.school?.dsl).toBeTruthy();
    expect(page1).toContain(`designated safeguarding lead: ${result.config.school!.dsl}`);
  });

  it('per provider: the latest QA outcome and date, and the staff checks confirmation with its date', () => {
    const view = planningCallView(result, { version: 'test', now });
    for (const p of view.providers) {
      const row = html.slice(html.indexOf(`${p.position} ${p.name}`));
      expect(row, p.name).toMatch(
        new RegExp(
          `^.{0,300}? ${p.latestQa!.outcomeLabel} ${englishDate(p.latestQa!.date)} Yes ${englishDate(p.safeguarding.staffChecksConfirmed!)} `,
        ),
      );
    }
  });

  it("per pupil: the school's own words for the reason, the days and times, who commissioned it, and the timetable", () => {
    for (const f of result.files) {
      for (const r of f.placements) {
        const p = r.placement;
        if (p.start_date > set.asOf || (p.end_date && p.end_date < set.asOf)) continue;
        if (p.reason) expect(html).toContain(squash(p.reason));
        for (const s of p.sessions ?? []) expect(html).toContain(`${s.start}–${s.end}`);
      }
    }
    // P-0102 is placed by the local authority, for medical needs, five mornings a week: no time in school
    // (the register) on a part-time timetable, 93.3% attended (the attendance records).
    expect(html).toMatch(
      /P-0102 Year 11 Medical Unable to attend school full-time .*? 14 September 2026 18 December 2026 Mon–Fri 09:30–12:30 Attended 93\.3% \(last 6 school weeks\) 15 Part-time timetable \(15 hours a week: school and AP\) Agreed with the parent 10 Sep 2026; review 4 Dec 2026; ends 18 Dec 2026 None The local authority /,
    );
    expect(html).toMatch(
      /P-0106 Year 9 School refusal .*? Mon, Wed, Fri 10:00–13:00 Attended 80% \(last 6 school weeks\) 9 Part-time timetable /,
    );
    // Full-time only where the register's school sessions and the AP reach the year group's hours.
    expect(html).toMatch(
      /P-0101 Year 9 Behaviour .*? Attended 100% \(last 6 school weeks\) 25 Full-time timetable \(25 hours a week: school and AP\) /,
    );
    // P-0114 has a register entry without school_sessions: the week outside AP is not known.
    expect(html).toMatch(
      /P-0114 Year 9 .*? Tue 09:30–14:30 Attended 100% \(last 6 school weeks\) 5 Timetable outside AP not recorded /,
    );
    for (const m of flat.matchAll(/Full-time timetable \((\d+(?:\.\d+)?) hours/g))
      expect(Number(m[1])).toBeGreaterThanOrEqual(24);
    // The figure says how many pupils' marks it covers, and is the attendance document's overall figure.
    expect(html).toMatch(/96\.8% Attendance, last 6 school weeks \(11 pupils' marks\)/);
    expect(page1).toContain('96.8%');
  });

  it("the providers' table on page 1, with no findings box", () => {
    expect(page1).toContain('Providers in use');
    for (const f of result.files)
      if (
        f.provider &&
        f.placements.some(
          (r) => r.placement.start_date <= set.asOf && !(r.placement.end_date && r.placement.end_date < set.asOf),
        )
      )
        expect(page1).toContain(f.provider.name);
    expect(page1).not.toContain('Open issues');
  });

  it('"Left AP in the last twelve months": the ended placements with end date and destination', () => {
    const left = html.slice(html.indexOf('Left AP in the last twelve months'));
    expect(left).toMatch(
      /P-0103 Year 10 Calder Brook Short Stay School 20 April 2026 23 October 2026 Reintegrated into school On the school's roll Returned to Northfield Academy/,
    );
    // Moved on to other providers while still on the school's roll: the category never says "returned".
    expect(left).toMatch(
      /P-0107 Year 9 Calder Brook Short Stay School 20 April 2026 17 July 2026 Another alternative provision On the school's roll Tenter Lane/,
    );
    expect(left).toMatch(
      /P-0110 Year 11 Tenter Lane Motor & Construction Skills CIC 5 January 2026 17 July 2026 Post-16 education or training College Level 2 motor vehicle course/,
    );
    expect(left).not.toContain('Returned to the school');
    expect(flat).toContain('Left AP in the last twelve months');
  });
});

describe('the views', () => {
  it('left AP: ended in the twelve months before the as-of date, the latest first, in both documents', async () => {
    const set = DATA_SETS[0];
    // As of 19 July 2026: P-0099 ended 19 December 2025 (in); P-0088 ended 18 July 2025 (a year and a day: out).
    const result = await check([set.placements], { asOf: '2026-07-19', configPath: set.config });
    const view = planningCallView(result, { version: 'test', now });
    expect(view.leftAp.map((l) => l.reference)).toEqual(expect.arrayContaining(['P-0099']));
    expect(view.leftAp.map((l) => l.reference)).not.toContain('P-0088');
    expect(view.leftAp.every((l, i, all) => i === 0 || all[i - 1].endDate >= l.endDate)).toBe(true);
    expect(view.leftAp.find((l) => l.reference === 'P-0099')).toMatchObject({
      destination: 'Returned to Westbrook full-time',
      destinationCategory: null,
    });
    expect(placementRecordsView(result, { version: 'test', now }).leftAp).toEqual(view.leftAp);
  });

  it('no pupil is said to be full-time while nothing records the whole week (no register); no attendance records, no attendance', async () => {
    const set = DATA_SETS[0];
    const result = await check([set.placements], { asOf: set.asOf, configPath: set.config });
    const pupils = planningCallView(result, { version: 'test', now }).providers.flatMap((p) => p.pupils);
    expect(pupils.length).toBeGreaterThan(0);
    for (const p of pupils) {
      expect(p.wholeWeekKnown).toBe(false);
      expect(p.timetable).toBe(p.partTime ? 'Part-time timetable' : 'Timetable outside AP not recorded');
      expect(p.attendancePercent).toBeNull();
    }
    expect(
      planningCallView(result, { version: 'test', now })
        .summary.map((c) => c.label)
        .join(),
    ).not.toContain('Attendance');
  });

  it.each([
    ['2026-11-16', '2025-11-16'],
    ['2028-02-29', '2027-02-28'],
    ['2026-01-01', '2025-01-01'],
  ])('a year before %s is %s', (iso, expected) => expect(yearBefore(iso)).toBe(expected));

  it('sessions: days with the same times together, a run of three or more days as a range', () => {
    const s = (day: string, start: string, end: string) => ({
      day,
      dayShort: day.slice(0, 3),
      start,
      end,
      hours: null,
      online: false,
    });
    expect(
      sessionLines(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((d) => s(d, '09:30', '12:30'))).map(
        (l) => l.text,
      ),
    ).toEqual(['Mon–Fri 09:30–12:30']);
    expect(sessionLines([s('Tuesday', '13:00', '15:30'), s('Thursday', '13:00', '15:30')]).map((l) => l.text)).toEqual([
      'Tue, Thu 13:00–15:30',
    ]);
    expect(sessionLines([s('Wednesday', '13:00', '15:00'), s('Friday', '13:30', '15:30')]).map((l) => l.text)).toEqual([
      'Wed 13:00–15:00',
      'Fri 13:30–15:30',
    ]);
    expect(sessionLines([])).toEqual([]);
  });
});
