// The fast path before zod must give exactly what zod gives (the same values, keys in the same order) for
// a valid block, and leave every invalid block to zod. Checked on every block of the examples and the
// compliant fixture, and on a table of edits to the compliant fixture's first placement.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsYaml from 'js-yaml';
import type { z } from 'zod';
import { ASK_ZOD, fastParse } from '../../src/load/fast-valid.js';
import { planOf } from '../../src/load/fast-plan.js';
import { PLANS } from '../../src/load/plans.js';
import { SCHEMAS } from '../../src/load/schema-library.js';
import { defaultConfig } from '../../src/load/config.js';
import { PlacementSchema, ProviderSchema } from '../../src/model/schema.js';
import { ConfigSchema, DEFAULT_CONFIG } from '../../src/model/config.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const load = (path: string) =>
  jsYaml.load(readFileSync(path, 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as {
    provider?: unknown;
    placements?: unknown[];
  };
const files = [
  ...['examples/placements', 'examples/broken'].flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => f.endsWith('.yaml') && f !== 'ap-ready.config.yaml')
      .map((f) => join(ROOT, d, f)),
  ),
  join(ROOT, 'test/fixtures/rules/compliant.yaml'),
];

/** Asserts the fast path agrees with zod on one block; says whether it answered itself. */
function agrees(schema: z.ZodType, value: unknown): boolean {
  const fast = fastParse(planOf(schema), value);
  const slow = schema.safeParse(value);
  if (fast === ASK_ZOD) return false;
  expect(slow.success).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
  expect(fast).toStrictEqual(slow.data);
  return true;
}

describe('fastParse', () => {
  it('gives what zod gives for every block of the examples, and answers the valid ones itself', () => {
    let answered = 0,
      blocks = 0;
    for (const file of files) {
      let doc: ReturnType<typeof load>;
      try {
        doc = load(file);
      } catch {
        continue;
      } // the example of a YAML syntax error
      if (!doc || typeof doc !== 'object') continue;
      const pairs: [z.ZodType, unknown][] = [
        [ProviderSchema, doc.provider],
        ...(Array.isArray(doc.placements) ? doc.placements.map((p): [z.ZodType, unknown] => [PlacementSchema, p]) : []),
      ];
      for (const [schema, value] of pairs) {
        blocks++;
        if (agrees(schema, value)) answered++;
        else if (schema.safeParse(value).success) throw new Error(`${file}: a valid block went to zod`);
      }
    }
    expect(blocks).toBeGreaterThan(20);
    expect(answered).toBeGreaterThan(blocks / 2);
  });

  const base = (load(join(ROOT, 'test/fixtures/rules/compliant.yaml')).placements as Record<string, unknown>[])[0];
  it.each<[string, Record<string, unknown>, boolean]>([
    ['year_group R', { year_group: 'R' }, true],
    ['year_group 13', { year_group: 13 }, true],
    ['year_group 1', { year_group: 1 }, true],
    ['year_group null', { year_group: null }, true],
    ['year_group 0', { year_group: 0 }, false],
    ['year_group 14', { year_group: 14 }, false],
    ['year_group 2.5', { year_group: 2.5 }, false],
    ['year_group S', { year_group: 'S' }, false],
    ['year_group NaN (.nan)', { year_group: NaN }, false],
    ['year_group .inf', { year_group: Infinity }, false],
    ['an unknown key', { start_dte: '2025-10-06' }, false],
    ['a required field null', { pupil: null }, false],
    ['a list where text goes', { reason: ['a'] }, false],
    // The journey's fields (objectives with a measure, reviews with progress, the outcome, the cost)
    [
      'objectives with ids, measures and numbers',
      {
        objectives: [
          {
            id: 'attendance',
            target: 'Attend 90%',
            by: '2025-12-19',
            measure: 'attendance-percent',
            baseline: 62,
            goal: 90,
          },
        ],
      },
      true,
    ],
    [
      'a review with who took part, progress and ratings',
      {
        reviews: [
          {
            date: '2025-11-14',
            attendance_percent: 84,
            took_part: ['school', 'pupil'],
            progress: [
              { objective: 'attendance', status: 'on-track', value: 84 },
              { objective: 2, status: 'met' },
            ],
            engagement: 3,
            readiness_to_reintegrate: 2,
            decision: 'continue',
            next_review: '2025-12-12',
          },
        ],
      },
      true,
    ],
    [
      'an outcome and a cost',
      {
        maximum_end_date: '2026-02-13',
        outcome: {
          result: 'reintegrated',
          objectives_met: ['attendance', 2],
          qualifications_achieved: [{ type: 'functional-skills', detail: 'Entry Level 3 maths', grade: 'pass' }],
          sustained_check: { date: '2026-03-18', still_there: true },
        },
        cost: { amount: 85, per: 'session' },
      },
      true,
    ],
    ['an unknown participant', { reviews: [{ date: '2025-11-14', took_part: ['headteacher'] }] }, false],
    [
      'an unknown progress status',
      { reviews: [{ date: '2025-11-14', progress: [{ objective: 1, status: 'ok' }] }] },
      false,
    ],
    ['objective position 0', { reviews: [{ date: '2025-11-14', progress: [{ objective: 0, status: 'met' }] }] }, false],
    ['engagement 6', { reviews: [{ date: '2025-11-14', engagement: 6 }] }, false],
    ['engagement 2.5', { reviews: [{ date: '2025-11-14', engagement: 2.5 }] }, false],
    ['an unknown outcome', { outcome: { result: 'left' } }, false],
    ['a negative cost', { cost: { amount: -1, per: 'week' } }, false],
  ])('%s', (_name, edit, valid) => {
    const value = { ...base, ...edit };
    expect(PlacementSchema.safeParse(value).success).toBe(valid);
    expect(agrees(PlacementSchema, value)).toBe(valid);
  });

  it("keys come out in the schema's order, as zod gives them", () => {
    const reversed = Object.fromEntries(Object.entries(base).reverse());
    expect(agrees(PlacementSchema, reversed)).toBe(true);
    expect(Object.keys(fastParse(PLANS.placement, reversed) as object)).toEqual(
      Object.keys(PlacementSchema.parse(reversed)),
    );
  });

  it("without keepOrder (a placement file's blocks), a block in another order is returned itself, with zod's values", () => {
    const reversed = Object.fromEntries(Object.entries(base).reverse());
    const fast = fastParse(PLANS.placement, reversed, { keepOrder: false });
    expect(fast).toBe(reversed);
    expect(fast).toStrictEqual(PlacementSchema.parse(reversed)); // the same keys and values, in another order
    // A value zod changes (a default filled in) still makes a copy, in the schema's order, as zod gives it.
    const empty = {};
    const filled = fastParse(PLANS.config, empty, { keepOrder: false });
    expect(filled).not.toBe(empty);
    expect(JSON.stringify(filled)).toBe(JSON.stringify(ConfigSchema.parse({})));
  });
});

describe('the plans the loaders use without zod (src/load/plans.ts)', () => {
  it('are the plans of the schemas as they are now (else: npm run generate)', () => {
    for (const [name, schema] of Object.entries(SCHEMAS))
      expect(PLANS[name as keyof typeof PLANS], name).toEqual(planOf(schema));
  });

  it("give a school with no config file zod's defaults, a fresh copy each time", () => {
    expect(defaultConfig()).toStrictEqual(DEFAULT_CONFIG);
    expect(defaultConfig().thresholds).not.toBe(defaultConfig().thresholds);
  });

  const configs = [
    ...['examples', 'examples/broken', 'examples/area/riverside-high-school', 'test/fixtures/render'].map((d) =>
      jsYaml.load(readFileSync(join(ROOT, d, 'ap-ready.config.yaml'), 'utf8'), { schema: jsYaml.CORE_SCHEMA }),
    ),
  ];
  // [what, config, whether the fast path answers it itself]
  it.each<[string, unknown, boolean]>([
    ...configs.map((c, i): [string, unknown, boolean] => [`config ${i + 1} of the examples and fixtures`, c, true]),
    ['an empty config', {}, true],
    [
      'a few thresholds (the others default)',
      { thresholds: { review_interval_days: 30, full_time_week_hours: { y11: 26 } } },
      true,
    ],
    ['rule settings', { rules: { 'review-overdue': 'warn', 'qa-overdue': 'off' } }, true],
    ['attendance with its columns defaulted', { attendance: { since: '2025-09-01' } }, true],
    ['census codes', { census: { reason_codes: { medical: 'M1' } } }, true],
    [
      'a provider mapping by file pattern, its columns defaulted',
      { attendance: { mappings: [{ files: 'inkwell-*.csv', marks: { Sick: 'I' } }] } },
      true,
    ],
    ['a provider mapping by provider only', { attendance: { mappings: [{ provider: 'inkwell' }] } }, true],
    ['a mapping naming neither files nor provider (the refinement)', { attendance: { mappings: [{}] } }, false],
    ['a mapping whose files pattern is empty', { attendance: { mappings: [{ files: '' }] } }, false],
    [
      "a mapping's mark word that is empty",
      { attendance: { mappings: [{ files: 'a.csv', marks: { '': 'I' } }] } },
      false,
    ],
    ['nulls where allowed', { school: null, gias: null, term_dates: null, census: { reason_codes: null } }, true],
    [
      "the school's own reference pattern (checked by zod's refinement)",
      { pupil_reference_pattern: '^S\\d{4}$' },
      false,
    ],
    ['an unknown rule setting', { rules: { 'review-overdue': 'wrn' } }, false],
    ['a threshold below its minimum', { thresholds: { review_interval_days: -1 } }, false],
    ['a whole-number threshold given a fraction', { thresholds: { review_interval_days: 1.5 } }, false],
    ['a term date not in YYYY-MM-DD', { term_dates: [{ start: '3/9/2025', end: '2025-10-24' }] }, false],
    ['an unknown key', { shcool: {} }, false],
    ['a list where a block belongs', { rules: [] }, false],
    ['a census code that is not text', { census: { reason_codes: { medical: 1 } } }, false],
  ])('%s: the same as zod', (_name, config, fast) => {
    expect(agrees(ConfigSchema, config)).toBe(fast);
    expect(fastParse(PLANS.config, config) !== ASK_ZOD).toBe(fast);
  });
});
