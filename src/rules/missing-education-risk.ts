// missing-education-risk: a pupil who may be missing education, which the school must tell the local
// authority about. Two triggers, one duty: a pupil of compulsory school age whose placement ended with no
// known education to go to (quiet once outcome.la_informed is recorded, or while another placement of the
// pupil is running or starting), and ten school days in a row of unauthorised absence in the providers' marks.
import { defineRule, type RuleContext } from './types.js';
import { placements } from './utils/each.js';
import { compulsoryAge, pupilKey } from '../model/placement.js';
import { fromDayNumber } from '../model/dates.js';
import { sentence } from '../model/wording.js';
import { markAt, markPupil } from '../attendance/describe.js';
import { CONTINUOUS_ABSENCE_DAYS, continuousAbsence } from '../attendance/continuous-absence.js';
import { DEFAULT_PUPIL_REFERENCE_PATTERN } from '../model/reference-pattern.js';

// The finding that a placement ended with nowhere to go (risk), and the one for a run of absence (absent).
const messages = {
  risk: ({ pupil, endDate, what }: { pupil: string; endDate: string; what: string }) =>
    `The placement of ${pupil} ended on ${endDate} with ${what}, and no other placement is running: the pupil may be missing education; tell the local authority now and record the date under outcome.la_informed.`,
  absent: ({ pupil, days, date }: { pupil: string; days: number; date: string }) =>
    sentence(
      `${pupil} has been absent without authorisation for ${days} school days in a row (to ${date}) in the providers' marks: the school must tell the local authority of a pupil absent without permission for a continuous period of ${days} school days or more. Tell the LA, record it, and treat the pupil's whereabouts as a safeguarding concern.`,
    ),
};

export const missingEducationRisk = defineRule({
  id: 'missing-education-risk',
  defaultSeverity: 'error',
  sources: [
    { source: 'education-act-1996-s7', part: 'the duty to secure education of children of compulsory school age' },
    {
      source: 'children-missing-education',
      part: "schools inform the local authority of a pupil who leaves without a known destination, and of one absent without the school's permission for a continuous period of 10 school days or more",
    },
    { source: 'kcsie', part: 'Part two: children who are absent from education' },
  ],
  thresholds: [],
  description: () =>
    `A pupil who may be missing education: an ended placement of a pupil of compulsory school age has destination unknown, NEET or missing education and the local authority is not recorded as told (outcome.la_informed), or the attendance records hold ${CONTINUOUS_ABSENCE_DAYS} school days in a row of unauthorised absence`,
  messages,
  check(ctx) {
    endedWithNowhereToGo(ctx);
    absentTenDays(ctx);
  },
});

function endedWithNowhereToGo(ctx: RuleContext<typeof messages>): void {
  // The pupils with a placement running or starting, gathered only once an ended placement needs them.
  let elsewhere: Set<string> | undefined;
  for (const item of placements(ctx, ['ended'])) {
    const p = item.placement;
    if (!compulsoryAge(p) || p.outcome?.la_informed) continue;
    const what =
      p.outcome?.result === 'missing-education'
        ? 'the outcome missing-education'
        : p.destination_category === 'neet'
          ? 'the destination NEET'
          : p.destination_category === 'unknown'
            ? 'the destination unknown'
            : undefined;
    if (!what) continue;
    elsewhere ??= new Set(placements(ctx, ['active', 'upcoming']).map((i) => pupilKey(i.placement.pupil)));
    if (elsewhere.has(pupilKey(p.pupil))) continue;
    const at =
      p.outcome?.result === 'missing-education'
        ? [...item.at, 'outcome', 'result']
        : [...item.at, 'destination_category'];
    ctx.report({ file: item.file, path: at }, 'risk', {
      pupil: ctx.run.label(item.record),
      endDate: p.end_date ?? '',
      what,
    });
  }
}

function absentTenDays(ctx: RuleContext<typeof messages>): void {
  const a = ctx.run.attendance;
  if (!a) return;
  const pattern = ctx.run.config.pupil_reference_pattern ?? DEFAULT_PUPIL_REFERENCE_PATTERN;
  for (const i of continuousAbsence(a.records, ctx.run.asOf, ctx.run.calendar)) {
    ctx.report(markAt(a.records, i, 'mark'), 'absent', {
      pupil: markPupil(a.records, i, pattern),
      days: CONTINUOUS_ABSENCE_DAYS,
      date: fromDayNumber(a.records.marks.day[i]),
    });
  }
}
