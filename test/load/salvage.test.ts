// One bad date inside a review or an objective is reported where it is, and the rest of the placement still
// counts: before, the whole placement was dropped (the pupil vanished from the counts and every rule).
import { describe, expect, it } from 'vitest';
import { COMPLIANT, edit, run } from '../support/check-in-memory.js';

describe('a placement with one unreadable review or objective', () => {
  it('a review dated 14/11/2025: date-format at that date (not also review-overdue for the review it cannot read), and the pupil still counts', async () => {
    const r = await run(edit(COMPLIANT, { 71: '      - { date: 14/11/2025, attendance_percent: 86 }' }));
    expect(r.summary).toEqual(['71:17 error date-format']);
    expect(r.result.counts.pupils).toBe(1);
    expect(r.result.counts.unreadablePlacements).toBe(0);
  });

  it('an objective dated "end of term": its finding, the other objective kept, and no second finding for the same value', async () => {
    const r = await run(edit(COMPLIANT, { 68: '      - { target: Attend 90% of sessions, by: end of term }' }));
    expect(r.summary).toEqual(['68:47 error date-format']);
    expect(r.result.counts.pupils).toBe(1);
  });

  it('the rules still run on the placement, and a later review is found at its own line in the file', async () => {
    // Two reviews: the first unreadable, the second dated after the as-of date: dates-order points at the second (line 72).
    const r = await run(edit(COMPLIANT, { 71: '      - { date: 31/09/2025 }\n      - { date: 2025-12-05 }' }));
    expect(r.summary).toEqual(['71:17 error date-format', '72:17 error dates-order']);
  });

  it('a bad date outside those lists still leaves the placement out (its facts cannot be trusted)', async () => {
    const r = await run(edit(COMPLIANT, { 42: COMPLIANT.split('\n')[41].replace('2025-10-06', '06/10/2025') }));
    expect(r.summary).toContain('42:17 error date-format');
    expect(r.result.counts.unreadablePlacements).toBe(1);
  });
});
