// The attendance and whereabouts documents, made from the examples (attendance CSVs and a pupil register)
// and from the fixtures (neither), read back from the PDF with pdftotext: what they count and show, what
// they say when the records are missing, and that no CSV note and no pupil the placements do not name appears.
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type CheckResult } from '../../src/check.js';
import { PdfPrinter, render } from '../../src/render/index.js';
import { attendanceView, whereaboutsView } from '../../src/render/views/index.js';
import { usePrinter } from '../support/printer.js';
import { DATA_SETS, pdfText, ROOT, squash, tempDir } from './support.js';

const now = new Date(2026, 10, 23, 9, 30);
const EXAMPLES = DATA_SETS.find((set) => set.name === 'examples')!;
const FIXTURES = DATA_SETS[0];

let printer: PdfPrinter;
usePrinter((p) => {
  printer = p;
});

async function both(
  document: 'attendance' | 'whereabouts',
  set: { placements: string; config: string; asOf: string },
  result: CheckResult,
  includeFindings = false,
) {
  const html = await render(document, [set.placements], {
    asOf: set.asOf,
    configPath: set.config,
    format: 'html',
    now,
    result,
    includeFindings,
  });
  const pdf = await render(document, [set.placements], {
    asOf: set.asOf,
    configPath: set.config,
    format: 'pdf',
    now,
    result,
    printer,
    includeFindings,
  });
  if (html.status !== 'rendered' || pdf.status !== 'rendered') throw new Error(`${document} was refused`);
  const file = join(tempDir(), `${document}.pdf`);
  writeFileSync(file, pdf.content);
  return { html: html.content as string, pdf: pdfText(file), view: pdf.view };
}

describe('from the examples (attendance records and a pupil register)', () => {
  let result: CheckResult;
  const docs = new Map<string, { html: string; pdf: string }>();
  beforeAll(async () => {
    result = await check([EXAMPLES.placements], { asOf: EXAMPLES.asOf, configPath: EXAMPLES.config });
    for (const d of ['attendance', 'whereabouts'] as const) docs.set(d, await both(d, EXAMPLES, result));
  }, 120_000);

  it('attendance: per provider and pupil, the counts of the last six school weeks, the percentage rounded down to one decimal, as in every document', () => {
    const view = attendanceView(result, { version: 'test', now });
    expect(view.hasRecords).toBe(true);
    expect(view.windowFrom).toBe('2026-09-28');
    expect(view.windowTo).toBe('2026-11-15');
    // Six school weeks: the October half-term week has no column.
    expect(view.weeks.map((w) => w.monday)).toEqual([
      '2026-09-28',
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-11-02',
      '2026-11-09',
    ]);
    const tenter = view.providers.find((p) => p.name.startsWith('Tenter Lane'))!;
    const p0109 = tenter.pupils.find((p) => p.reference === 'P-0109')!;
    expect(p0109.counts).toMatchObject({
      possible: 24,
      present: 22,
      unauthorised: 2,
      unexplained: 2,
      notFollowedUp: 0,
      percent: 91.6,
    });
    expect(p0109.weeks.map((w) => w.text)).toEqual(['4 of 4', '4 of 4', '4 of 4', '4 of 4', '4 of 4', '2 of 4']);
    // P-0102 at 93.3% prints 93.3%, as the planning call prints it; the ended placement with marks in the window is shown as ended.
    const calder = view.providers.find((p) => p.name.startsWith('Calder Brook'))!;
    expect(calder.pupils.find((p) => p.reference === 'P-0102')!.counts.percent).toBe(93.3);
    expect(calder.pupils.find((p) => p.reference === 'P-0103')!.ended).toBe(true);
    const text = squash(docs.get('attendance')!.pdf);
    expect(text).toContain('Confidential — contains pupil information');
    expect(text).toMatch(/P-0109 24 22 0 2 2 0 91\.6%/);
    // One computation: the attendance document's overall figure is the planning call's (active placements, one rounding).
    expect(view.overall.percent).toBe(96.8);
  });

  it('attendance: late reporting per provider, how many of how many, median and worst delay', () => {
    const text = squash(docs.get('attendance')!.pdf);
    expect(text).toContain(
      '3 of 39 marks reported more than 20 minutes after the session started (median delay 55 minutes, worst 1 hour 35 minutes)',
    );
    expect(text).toContain('all 60 marks with a report time reported within 15 minutes of the session start');
  });

  it('whereabouts: Monday to Friday of the as-of week, school, the provider with its phone and DSL phone, or Not recorded', () => {
    const view = whereaboutsView(result, { version: 'test', now });
    expect(view.monday).toBe('2026-11-16');
    expect(view.hasRegister).toBe(true);
    const p0107 = view.pupils.find((p) => p.reference === 'P-0107')!;
    // Monday at Tenter Lane all day; Tuesday school in the morning and Inkwell Lane in the afternoon.
    expect(p0107.cells[0]).toMatchObject({
      span: 2,
      places: [{ kind: 'provider', name: 'Tenter Lane Motor & Construction Skills CIC' }],
    });
    expect(p0107.cells[1]).toMatchObject({ span: 1, places: [{ kind: 'school', name: 'School' }] });
    expect(p0107.cells[2]).toMatchObject({
      span: 1,
      places: [{ kind: 'provider', name: 'Inkwell Lane Tuition Centre' }],
    });
    // P-0114 has no school sessions in the register: every half-day away from the provider is not recorded.
    const p0114 = view.pupils.find((p) => p.reference === 'P-0114')!;
    expect(p0114.schoolKnown).toBe(false);
    expect(p0114.notRecordedCount).toBe(8);
    // Only pupils placed now: P-0105 starts on 30 November.
    expect(view.pupils.map((p) => p.reference)).not.toContain('P-0105');
    const text = squash(docs.get('whereabouts')!.pdf);
    expect(text).toContain('Confidential — contains pupil information');
    expect(text).toContain('Not recorded');
    for (const phone of ['0113 496 0420', '0113 496 0421', '0114 496 0651']) expect(text).toContain(phone);
    expect(docs.get('whereabouts')!.html).toMatch(/class="cell unknown"><span class="unknown-text">Not recorded/);
  });

  it('findings stay out unless --include-findings', async () => {
    // The examples have no error, so one is added to what the check found: the box shows it only when asked.
    expect(result.findings.filter((f) => f.severity === 'error' && !f.suppression)).toEqual([]);
    const file = result.files.find((f) => f.provider)!.path;
    const message = 'The placement of P-0042 has no risk assessment: record one.';
    const withError: CheckResult = {
      ...result,
      findings: [
        ...result.findings,
        { ruleId: 'risk-assessment', severity: 'error', message, file, line: 1, column: 1 },
      ],
    };
    for (const d of ['attendance', 'whereabouts'] as const) {
      expect(docs.get(d)!.html).not.toContain('Open issues:');
      const html = async (includeFindings: boolean) => {
        const r = await render(d, [EXAMPLES.placements], {
          asOf: EXAMPLES.asOf,
          configPath: EXAMPLES.config,
          format: 'html',
          now,
          result: withError,
          includeFindings,
        });
        return r.status === 'rendered' ? (r.content as string) : '';
      };
      expect(await html(false)).not.toContain('Open issues:');
      const shown = await html(true);
      expect(shown).toContain('Open issues: 1 error in the placement records');
      expect(shown).toContain(message);
    }
  }, 60_000);
});

describe('what the documents never print', () => {
  it('no note from a CSV, and no pupil the placements and the register do not name', async () => {
    // The examples, plus a CSV with a mark for a pupil no placement names and a note that must not appear.
    const dir = tempDir();
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    writeFileSync(
      join(dir, 'attendance/extra.csv'),
      'date,session,pupil,provider,mark,reported_at,note\n' +
        '2026-11-10,am,P-0999,tenter-lane-motor-skills,N,09:05,SECRET NOTE about a family matter\n' +
        '2026-11-10,pm,P-0109,tenter-lane-motor-skills,/,13:05,"ANOTHER NOTE, quoted"\n',
    );
    const set = { placements: join(dir, 'placements'), config: join(dir, 'ap-ready.config.yaml'), asOf: EXAMPLES.asOf };
    const result = await check([set.placements], { asOf: set.asOf, configPath: set.config });
    const notes = readdirSync(join(dir, 'attendance'))
      .flatMap((f) => readFileSync(join(dir, 'attendance', f), 'utf8').split(/\r?\n/))
      .map((line) => /,"?([A-Za-z][^,]*?)"?$/.exec(line)?.[1])
      .filter((n): n is string => !!n && n.length > 6 && !/^(note|Comments)$/.test(n));
    expect(notes).toContain('SECRET NOTE about a family matter');
    const known = new Set([
      ...result.files.flatMap((f) => f.placements.map((r) => r.placement.pupil.trim().toUpperCase())),
      ...(result.run.register ? [...result.run.register.byRef.keys()].map((k) => k.toUpperCase()) : []),
    ]);
    for (const d of ['attendance', 'whereabouts'] as const) {
      for (const includeFindings of [false, true]) {
        const { html, pdf } = await both(d, set, result, includeFindings);
        for (const text of [html, squash(pdf)]) {
          for (const note of notes) expect(text, `${d} prints a note`).not.toContain(note.slice(0, 20));
          // With --include-findings the open-issues box quotes the checks' messages, and the mark for an
          // unknown pupil is one of them (as in `check`): only the document's own content is held to this.
          if (includeFindings) continue;
          for (const ref of text.match(/\bP-\d{3,}\b/g) ?? [])
            expect(known.has(ref.toUpperCase()), `${d} names ${ref}`).toBe(true);
        }
      }
    }
  }, 120_000);
});

describe('without attendance records or a pupil register (the fixtures)', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await check([FIXTURES.placements], { asOf: FIXTURES.asOf, configPath: FIXTURES.config });
  });

  it('attendance says plainly that the school keeps none, with no empty tables', async () => {
    expect(result.run.attendance).toBeUndefined();
    const { html, pdf } = await both('attendance', FIXTURES, result);
    expect(squash(pdf)).toContain('The school keeps no attendance records for its pupils in alternative provision');
    expect(html).not.toContain('<table class="attendance"');
  }, 60_000);

  it('whereabouts says the register is missing and how to add one; every half-day away from a provider is Not recorded', async () => {
    const { pdf, view } = await both('whereabouts', FIXTURES, result);
    expect(squash(pdf)).toContain('there is no pupil register');
    expect(squash(pdf)).toContain('ap-ready init writes one');
    const v = view as ReturnType<typeof whereaboutsView>;
    expect(v.hasRegister).toBe(false);
    expect(v.pupils.length).toBeGreaterThan(0);
    for (const p of v.pupils) {
      for (const c of p.cells) {
        if (c.noSchool) continue;
        expect(c.places.some((pl) => pl.kind === 'school')).toBe(false);
        expect(c.notRecorded).toBe(c.places.length === 0);
      }
    }
  }, 60_000);
});
