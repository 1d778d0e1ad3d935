// Property tests of the shared terms (src/model/placement.ts, calendar.ts) and of the rules that age: hours add up,
// and review and QA ages only grow as the as-of date moves on.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { check } from '../../src/check.js';
import { DEFAULT_CONFIG, type Config } from '../../src/model/config.js';
import { addDays, daysBetween } from '../../src/model/dates.js';
import type { Placement } from '../../src/model/schema.js';
import { sessionHours, sessionsTotal, weeklyHours } from '../../src/model/placement.js';
import { Calendar } from '../../src/model/calendar.js';

const schoolDaysBetween = (from: string, to: string, c: Config) =>
  new Calendar(c.term_dates).schoolDaysBetween(from, to);
const elapsedDays = (from: string, to: string, c: Config) => new Calendar(c.term_dates).elapsedDays(from, to);
import { dateBetween, hhmm, placementArb, providerArb, validSession } from './arbitraries.js';

const placementWith = (sessions: Placement['sessions'], hours?: number | null): Placement => ({
  pupil: 'P-1',
  start_date: '2025-10-06',
  send: 'none',
  looked_after: false,
  sessions,
  hours_per_week: hours,
});

describe('sessions and hours', () => {
  const anySession = fc.oneof(
    validSession.map(({ minutes: _m, ...s }) => s),
    fc.record({
      day: fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri') as fc.Arbitrary<'mon'>,
      start: fc.oneof(hhmm, fc.constantFrom('9:30', '24:00', '12:60', '', 'noon')),
      end: fc.oneof(hhmm, fc.constantFrom('9:30', '24:00', '')),
    }),
  );

  it("the sessions' hours always sum to sessionsTotal (a session that is not valid counts 0)", () => {
    fc.assert(
      fc.property(fc.array(anySession, { minLength: 1, maxLength: 10 }), (sessions) => {
        const sum = sessions.reduce((s, x) => s + (sessionHours(x) ?? 0), 0);
        expect(sessionsTotal(placementWith(sessions))).toBeCloseTo(sum, 9);
      }),
      { numRuns: 1000 },
    );
  });

  it('valid sessions sum to their minutes / 60, in any order, and never below 0', () => {
    fc.assert(
      fc.property(fc.array(validSession, { minLength: 1, maxLength: 10 }), fc.integer(), (gen, seed) => {
        const minutes = gen.reduce((s, x) => s + x.minutes, 0);
        const sessions = gen.map(({ minutes: _m, ...s }) => s);
        const shuffled = [...sessions].reverse();
        if (seed % 2) shuffled.push(shuffled.shift()!);
        for (const s of gen) expect(sessionHours(s)).toBeCloseTo(s.minutes / 60, 9);
        expect(sessionsTotal(placementWith(sessions))).toBeCloseTo(minutes / 60, 9);
        expect(sessionsTotal(placementWith(shuffled))).toBeCloseTo(minutes / 60, 9);
        expect(sessionsTotal(placementWith(sessions))).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('adding a session adds exactly its hours', () => {
    fc.assert(
      fc.property(fc.array(validSession, { minLength: 1, maxLength: 8 }), validSession, (gen, extra) => {
        const sessions = gen.map(({ minutes: _m, ...s }) => s);
        const { minutes, ...one } = extra;
        expect(sessionsTotal(placementWith([...sessions, one]))! - sessionsTotal(placementWith(sessions))!).toBeCloseTo(
          minutes / 60,
          9,
        );
      }),
      { numRuns: 500 },
    );
  });

  it("weekly hours are hours_per_week when given, else the sessions' total; no sessions and no hours is undefined", () => {
    fc.assert(
      fc.property(
        fc.array(validSession, { maxLength: 6 }),
        fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
        (gen, hours) => {
          const sessions = gen.map(({ minutes: _m, ...s }) => s);
          const p = placementWith(sessions, hours);
          if (hours !== null) expect(weeklyHours(p)).toBe(hours);
          else if (sessions.length) expect(weeklyHours(p)).toBe(sessionsTotal(p));
          else expect(weeklyHours(p)).toBeUndefined();
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** 0-4 terms inside 2024-2027, in order and not overlapping. */
const termDates = fc.array(dateBetween('2024-01-01', '2027-12-31'), { minLength: 0, maxLength: 8 }).map((ds) => {
  const sorted = [...new Set(ds)].sort();
  const terms: { start: string; end: string }[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) terms.push({ start: sorted[i], end: sorted[i + 1] });
  return terms;
});
const configWith = (term_dates: { start: string; end: string }[]): Config => ({ ...DEFAULT_CONFIG, term_dates });

describe('elapsed and school days', () => {
  it('without term dates, elapsed days are calendar days', () => {
    fc.assert(
      fc.property(dateBetween('2024-01-01', '2027-12-31'), dateBetween('2024-01-01', '2027-12-31'), (a, b) => {
        expect(elapsedDays(a, b, configWith([]))).toBe(daysBetween(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('with term dates, elapsed and school days grow with the later date, and never exceed the calendar days', () => {
    const from = dateBetween('2024-01-01', '2027-06-30');
    fc.assert(
      fc.property(
        termDates,
        from,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 200 }),
        (terms, a, k, more) => {
          const config = configWith(terms);
          const b = addDays(a, k),
            c = addDays(b, more);
          const eb = elapsedDays(a, b, config),
            ec = elapsedDays(a, c, config);
          expect(eb).toBeGreaterThanOrEqual(0);
          expect(eb).toBeLessThanOrEqual(k);
          expect(ec).toBeGreaterThanOrEqual(eb);
          const sb = schoolDaysBetween(a, b, config),
            sc = schoolDaysBetween(a, c, config);
          expect(sb).toBeGreaterThanOrEqual(0);
          expect(sb).toBeLessThanOrEqual(k);
          expect(sc).toBeGreaterThanOrEqual(sb);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the calendar counts arithmetically, as a day-by-day count would', () => {
  // Terms in any order, overlapping or touching, as a school might paste them: the calendar merges them.
  const anyTerms = fc
    .array(fc.tuple(dateBetween('2024-01-01', '2027-12-31'), fc.integer({ min: 0, max: 120 })), { maxLength: 8 })
    .map((ts) => ts.map(([start, len]) => ({ start, end: addDays(start, len) })));
  const inAny = (d: string, terms: { start: string; end: string }[]) => terms.some((t) => t.start <= d && d <= t.end);
  const weekday = (d: string) => {
    const w = new Date(`${d}T00:00:00Z`).getUTCDay();
    return w >= 1 && w <= 5;
  };

  it('school days, elapsed days and isSchoolDay agree with counting each day', () => {
    fc.assert(
      fc.property(
        anyTerms,
        dateBetween('2023-12-01', '2028-01-31'),
        fc.integer({ min: 0, max: 300 }),
        (terms, a, k) => {
          const cal = new Calendar(terms),
            b = addDays(a, k);
          let school = 0,
            elapsed = 0;
          for (let i = 0; i < k; i++) {
            const d = addDays(a, i),
              next = addDays(a, i + 1);
            if (weekday(d) && (!terms.length || inAny(d, terms))) school++;
            if (!terms.length || inAny(next, terms)) elapsed++;
            expect(cal.isSchoolDay(d)).toBe(weekday(d) && (!terms.length || inAny(d, terms)));
          }
          expect(cal.schoolDaysBetween(a, b)).toBe(school);
          expect(cal.elapsedDays(a, b)).toBe(elapsed);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('0000-01-01 to 9999-12-30 costs no more than a week (no day-by-day loop)', () => {
    const cal = new Calendar(
      Array.from({ length: 200 }, (_, i) => ({ start: `${2000 + i}-09-01`, end: `${2000 + i}-12-19` })),
    );
    const t0 = performance.now();
    for (let i = 0; i < 2000; i++) cal.schoolDaysBetween('0000-01-01', '9999-12-30');
    expect(performance.now() - t0).toBeLessThan(1000); // a day-by-day count would take minutes
    expect(new Calendar([]).schoolDaysBetween('2025-12-01', '2025-12-08')).toBe(5);
  });
});

describe('review-overdue and qa-overdue are monotonic in the as-of date (the real check())', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ap-ready-mono-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // d1 < d2; the placement starts on or before d1 and is still active at d2 (no end, or an end on or after
  // d2); its reviews and the provider's QA visits are all on or before d1, or after d2 (planned, not yet
  // held at either date). A review held between d1 and d2 would rightly reset the age, so none is made.
  const scenario = fc
    .tuple(dateBetween('2024-09-01', '2026-06-30'), fc.integer({ min: 1, max: 300 }))
    .chain(([d1, gap]) => {
      const d2 = addDays(d1, gap);
      const heldOrLater = fc.oneof(
        { weight: 4, arbitrary: dateBetween('2023-09-01', d1) },
        { weight: 1, arbitrary: dateBetween(addDays(d2, 1), '2027-12-31') },
      );
      return fc.record({
        d1: fc.constant(d1),
        d2: fc.constant(d2),
        terms: fc.oneof(fc.constant([] as { start: string; end: string }[]), termDates),
        reviewInterval: fc.integer({ min: 1, max: 120 }),
        qaMaxAge: fc.integer({ min: 1, max: 500 }),
        provider: providerArb(d1, d1).map((p) => ({
          ...p,
          quality_assurance: p.quality_assurance?.map((q) => ({ ...q })) ?? null,
        })),
        qaDates: fc.array(heldOrLater, { maxLength: 3 }),
        placement: placementArb(dateBetween('2023-09-01', d1), {
          endDate: fc.option(dateBetween(d2, '2028-12-31'), { nil: null }),
          reviewDate: heldOrLater,
        }),
      });
    });

  it('if a rule fires at d1 it fires at d2 while the placement is still active', async () => {
    let n = 0;
    const fired = { 'review-overdue': 0, 'qa-overdue': 0 };
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const qa = s.qaDates.map((date) => ({ date, by: 'Deputy Headteacher', outcome: 'meets' as const }));
        const value = { provider: { ...s.provider, quality_assurance: qa }, placements: [s.placement] };
        const path = join(dir, `m${n++}.yaml`);
        writeFileSync(path, stringify(value));
        const config: Config = {
          ...configWith(s.terms),
          thresholds: {
            ...DEFAULT_CONFIG.thresholds,
            review_interval_days: s.reviewInterval,
            qa_max_age_days: s.qaMaxAge,
          },
        };
        const at1 = await check([path], { asOf: s.d1, config, cwd: dir });
        const at2 = await check([path], { asOf: s.d2, config, cwd: dir });
        // The record is valid: the loader let the provider and the placement through to the rules.
        expect(at1.files[0].fileFindings).toEqual([]);
        for (const rule of ['review-overdue', 'qa-overdue'] as const) {
          const f1 = at1.findings.some((f) => f.ruleId === rule);
          const f2 = at2.findings.some((f) => f.ruleId === rule);
          if (f1) {
            fired[rule]++;
            expect(f2, `${rule} fired at ${s.d1} but not at ${s.d2}`).toBe(true);
          }
        }
      }),
      { numRuns: 250 },
    );
    // Not vacuous: each rule fired at d1 in a fair share of the runs.
    expect(fired['review-overdue']).toBeGreaterThan(20);
    expect(fired['qa-overdue']).toBeGreaterThan(20);
  }, 120_000);
});
