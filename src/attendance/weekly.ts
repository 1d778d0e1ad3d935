// Attendance week by week over every mark (not only the six-week window): the case pack's chart of one
// pupil and the governors' report's chart of all pupils in AP read this. Marks are those matched to the
// given placements and dated before the as-of date, counted as the DfE counts them.
import type { PlacementRecord } from '../load/placement-file.js';
import { dayNumber, fromDayNumber } from '../model/dates.js';
import { CATEGORY } from './codes.js';
import type { AttendanceAnalysis } from './summary.js';

export interface WeekCount {
  /** The Monday (ISO). */
  monday: string;
  possible: number;
  present: number;
  authorised: number;
  unauthorised: number;
}

// The percentage every document shows is one function (rounded down, to one decimal), defined with the counting.
export { shownPercent } from './summary.js';

/** Weeks with at least one possible session, oldest first, of the marks matched to `records` (all placements when absent). */
export function weeklyAttendance(
  analysis: AttendanceAnalysis,
  asOf: string,
  records?: ReadonlySet<PlacementRecord>,
  range?: { from: string; to: string },
): WeekCount[] {
  const { marks } = analysis.records;
  const asOfDay = dayNumber(asOf)!;
  const from = range ? dayNumber(range.from)! : -Infinity,
    to = range ? dayNumber(range.to)! : Infinity;
  const wanted = records ? analysis.placements.map((pa) => records.has(pa.record)) : undefined;
  const weeks = new Map<number, WeekCount>();
  for (let i = 0; i < marks.length; i++) {
    const pi = analysis.placementOf[i];
    if (pi < 0 || (wanted && !wanted[pi])) continue;
    const day = marks.day[i];
    if (day >= asOfDay || day < from || day > to) continue;
    const cat = CATEGORY[marks.mark[i]];
    if (cat === 'not-possible') continue;
    const monday = day - ((((day + 3) % 7) + 7) % 7);
    let w = weeks.get(monday);
    if (!w)
      weeks.set(
        monday,
        (w = { monday: fromDayNumber(monday), possible: 0, present: 0, authorised: 0, unauthorised: 0 }),
      );
    w.possible++;
    if (cat === 'present') w.present++;
    else if (cat === 'authorised') w.authorised++;
    else w.unauthorised++;
  }
  return [...weeks.entries()].sort((a, b) => a[0] - b[0]).map(([, w]) => w);
}
