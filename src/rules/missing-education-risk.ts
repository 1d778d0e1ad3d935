import { defineRule } from './types.js';
import { placements } from './utils/each.js';
import { compulsoryAge, pupilKey } from '../model/placement.js';

// A pupil of compulsory school age whose AP placement ended with no known education to go to may be a
// child missing education: the school must tell the local authority. Quiet once outcome.la_informed is
// recorded, or while the pupil has another placement running or starting.
export const missingEducationRisk = defineRule({
  id: 'missing-education-risk',
  defaultSeverity: 'error',
  sources: [
    { source: 'education-act-1996-s7', part: 'the duty to secure education of children of compulsory school age' },
    {
      source: 'children-missing-education',
      part: 'schools inform the local authority of a pupil who leaves without a known destination',
    },
  ],
  thresholds: [],
  description: () =>
    'An ended placement of a pupil of compulsory school age has destination unknown, NEET or missing education and the local authority is not recorded as told (outcome.la_informed)',
  messages: {
    risk: ({ pupil, endDate, what }: { pupil: string; endDate: string; what: string }) =>
      `The placement of ${pupil} ended on ${endDate} with ${what}, and no other placement is running: the pupil may be missing education; tell the local authority now and record the date under outcome.la_informed.`,
  },
  check(ctx) {
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
  },
});
