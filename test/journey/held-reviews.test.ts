// The reviews held by a date, as every journey rule reads them: oldest first, a review dated later left out,
// sorted only when the file does not list them in date order; and the latest of them without listing them.
import { describe, expect, it } from 'vitest';
import { heldReviews, lastHeldReview } from '../../src/model/progress.js';
import type { Placement } from '../../src/model/schema.js';

const placement = (...dates: string[]) => ({ reviews: dates.map((date) => ({ date })) }) as unknown as Placement;
const AS_OF = '2025-12-01';

describe('held reviews', () => {
  it.each([
    [[], []],
    [['2025-10-01'], [0]],
    [
      ['2025-10-01', '2025-11-14'],
      [0, 1],
    ],
    [
      ['2025-11-14', '2025-10-01'],
      [1, 0],
    ], // newest first in the file
    [
      ['2025-11-14', '2025-12-10', '2025-10-01'],
      [2, 0],
    ], // one still to come
    [
      ['2025-11-14', '2025-11-14'],
      [0, 1],
    ], // two on one date: file order
    [['2025-12-01'], [0]], // held on the as-of date
    [['2026-01-05'], []],
  ])('reviews on %j: held in the order %j, the latest the last of them', (dates, order) => {
    const p = placement(...dates);
    expect(heldReviews(p, AS_OF).map((h) => h.index)).toEqual(order);
    expect(lastHeldReview(p, AS_OF)?.index).toBe(order.at(-1));
  });

  it('a placement with no reviews list has none held', () => {
    expect(heldReviews({} as Placement, AS_OF)).toEqual([]);
    expect(lastHeldReview({} as Placement, AS_OF)).toBeUndefined();
  });
});
