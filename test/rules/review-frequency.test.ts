import { reviewFrequency } from '../../src/rules/review-frequency.js';
import { describe, expect, it } from 'vitest';
import { reviewOverdue } from '../../src/rules/review-overdue.js';
import { PlacementFile } from '../../src/load/placement-file.js';
import { createRun } from '../../src/run.js';
import { runRules } from '../../src/engine.js';
import { config, placementFile, testRule } from '../support/rule-tester.js';

/** Autumn 2025 in two half-terms, then spring 1; review-overdue off so this rule speaks for itself. */
const TERMS = config({
  rules: { 'review-overdue': 'off' },
  term_dates: [
    { start: '2025-09-03', end: '2025-10-24' },
    { start: '2025-11-03', end: '2025-12-19' },
    { start: '2026-01-05', end: '2026-02-13' },
  ],
});
/** The same with a bank holiday splitting autumn 2 in the config (one half-term all the same). */
const SPLIT = config({
  rules: { 'review-overdue': 'off' },
  term_dates: [
    { start: '2025-09-03', end: '2025-10-24' },
    { start: '2025-11-03', end: '2025-11-28' },
    { start: '2025-12-02', end: '2025-12-19' },
    { start: '2026-01-05', end: '2026-02-13' },
  ],
});
const NO_TERMS = config({ rules: { 'review-overdue': 'off' } });

testRule(reviewFrequency, {
  valid: [
    {
      name: 'reviewed in autumn 1: due by the end of autumn 2',
      config: TERMS,
      asOf: '2025-12-19',
      files: placementFile({ placements: [{ reviews: [{ date: '2025-10-01' }] }] }),
    },
    { name: 'reviewed in autumn 2, judged in spring 1', config: TERMS, asOf: '2026-01-20', files: placementFile() },
    {
      name: 'a review in half-term week counts for the half-term just ended',
      config: TERMS,
      asOf: '2025-12-19',
      files: placementFile({ placements: [{ reviews: [{ date: '2025-10-29' }] }] }),
    },
    {
      name: 'a bank holiday gap does not end the half-term',
      config: SPLIT,
      asOf: '2025-12-10',
      files: placementFile({ placements: [{ reviews: [{ date: '2025-10-01' }] }] }),
    },
    {
      name: 'started in autumn 2, no review yet: due by the end of spring 1',
      config: TERMS,
      asOf: '2026-01-20',
      files: placementFile({ placements: [{ start_date: '2025-11-10', reviews: undefined }] }),
    },
    {
      name: 'without term dates, 42 days since the review',
      config: NO_TERMS,
      asOf: '2025-12-26',
      files: placementFile(),
    },
    {
      name: 'an ended placement is not judged',
      config: TERMS,
      asOf: '2026-01-20',
      files: placementFile({ placements: [{ reviews: [{ date: '2025-10-01' }], end_date: '2025-12-19' }] }),
    },
  ],
  invalid: [
    {
      name: 'reviewed in autumn 1, none in autumn 2, judged in spring 1',
      config: TERMS,
      asOf: '2026-01-05',
      files: placementFile({ placements: [{ reviews: [{ date: '2025-10-01' }] }] }),
      errors: [
        {
          messageId: 'halfTerm',
          at: ['placements', 0, 'reviews', 0, 'date'],
          data: {
            pupil: 'pupil P-0042',
            since: 'was last reviewed on 2025-10-01',
            from: '2025-11-03',
            to: '2025-12-19',
            days: 17,
          },
        },
      ],
    },
    {
      name: 'never reviewed since it started in autumn 1',
      config: TERMS,
      asOf: '2025-12-22',
      files: placementFile({ placements: [{ reviews: undefined }] }),
      errors: [
        {
          messageId: 'halfTerm',
          at: ['placements', 0, 'reviews'],
          key: true,
          message:
            /has had no review since it started on 2025-10-06, and had no review in the half-term 2025-11-03 to 2025-12-19 \(it ended 3 days ago\)/,
        },
      ],
    },
    {
      name: 'without term dates: more than 42 days',
      config: NO_TERMS,
      asOf: '2025-12-27',
      files: placementFile(),
      errors: [
        {
          messageId: 'interval',
          at: ['placements', 0, 'reviews', 0, 'date'],
          data: { pupil: 'pupil P-0042', since: 'was last reviewed on 2025-11-14', days: 43, max: 42 },
        },
      ],
    },
  ],
});

describe('review-frequency beside review-overdue', () => {
  const file = () =>
    PlacementFile.fromSource(
      '/school/placements/a.yaml',
      placementFile({ placements: [{ reviews: [{ date: '2025-10-01' }] }] }),
      '/school/placements',
    );
  const ids = (rules: Record<string, 'off' | 'warn'>) => {
    const cfg = config({ rules, term_dates: TERMS.term_dates });
    const run = createRun([file()], { asOf: '2026-01-05', config: cfg, rules: [reviewFrequency, reviewOverdue] });
    return runRules(run, [reviewFrequency, reviewOverdue]).findings.map((f) => f.ruleId);
  };
  it('one late review is one finding: review-overdue speaks when it is on', () => {
    expect(ids({})).toEqual(['review-overdue']);
  });
  it('review-frequency speaks when review-overdue is off', () => {
    expect(ids({ 'review-overdue': 'off' })).toEqual(['review-frequency']);
  });
});
