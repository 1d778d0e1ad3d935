// What needs action about a pupil's placement, shown beside the row in the documents: the truth a reader must
// not miss (each is also a finding of check; the document says it in words, without rule ids).
import type { Placement } from '../../model/schema.js';
import { englishDate } from '../../model/dates.js';

type Timetable = { review_date?: string | null } | null | undefined;

export function pupilMarkers(p: Placement, timetable: Timetable, partTime: boolean, asOf: string): string[] {
  const out: string[] = [];
  if (partTime && timetable?.review_date && timetable.review_date < asOf)
    out.push(`Part-time timetable review was due ${englishDate(timetable.review_date)}`);
  if (partTime && p.reason_category === 'behaviour')
    out.push(
      "Part-time timetable for behaviour: the attendance guidance says it should not be used to manage a pupil's behaviour",
    );
  const active = p.start_date <= asOf && (!p.end_date || p.end_date >= asOf);
  if (active && p.planned_end_date && p.planned_end_date < asOf)
    out.push(`Past its planned end (${englishDate(p.planned_end_date)})`);
  return out;
}
