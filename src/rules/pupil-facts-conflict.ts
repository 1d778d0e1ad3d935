import { defineRule } from './types.js';
import { sentence } from '../model/wording.js';
import { ACTIVE_OR_UPCOMING } from './utils/each.js';
import { placementsByPupil, providerName } from './utils/pupils.js';

const FACTS = ['send', 'looked_after', 'year_group'] as const;
const PART_TIME_FIELDS = ['agreed_with_parent', 'review_date', 'end_date'] as const;

/** A placement's part-time timetable and the register's, when both are given and any date differs. */
export function partTimeDiffers(
  a: Record<string, unknown> | null | undefined,
  b: Record<string, unknown> | null | undefined,
): boolean {
  if (!a || !b) return false;
  return PART_TIME_FIELDS.some((k) => a[k] != null && b[k] != null && a[k] !== b[k]);
}

export const pupilFactsConflict = defineRule({
  id: 'pupil-facts-conflict',
  defaultSeverity: 'warn',
  sources: [],
  thresholds: [],
  description: () =>
    'The same pupil has different send, looked_after or year_group in different placements, or a placement disagrees with the pupil register (these and part_time_timetable)',
  messages: {
    conflict: ({ pupil, fact, list }: { pupil: string; fact: string | number; list: string | number }) =>
      `${sentence(pupil)} has different ${fact} in different placements (${list}): make the records agree.`,
    register: ({
      pupil,
      fact,
      here,
      there,
      provider,
    }: {
      pupil: string;
      fact: string;
      here: string;
      there: string;
      provider: string;
    }) =>
      `${sentence(pupil)} has ${fact} ${there} in the pupil register but ${here} in the placement at ${provider}: make the records agree (the register is the one ap-ready reads).`,
    partTime: ({ pupil, provider }: { pupil: string; provider: string }) =>
      `${sentence(pupil)} has a part_time_timetable in the pupil register with different dates from the one in the placement at ${provider}: make the records agree (the register is the one ap-ready reads).`,
  },
  check(ctx) {
    // Current placements only: last year's ended placement rightly has last year's year group.
    const byPupil = placementsByPupil(ctx, ACTIVE_OR_UPCOMING);
    for (const items of byPupil.values()) {
      if (items.length < 2) continue;
      for (const fact of FACTS) {
        const values = new Set(items.map((i) => String(i.placement[fact] ?? '(not set)')));
        if (
          fact === 'year_group' &&
          items.some((i) => i.placement.year_group === undefined || i.placement.year_group === null)
        ) {
          values.delete('(not set)'); // an optional fact left out is not a conflict
        }
        if (values.size < 2) continue;
        const list = items.map((i) => `${String(i.placement[fact] ?? 'not set')} at ${providerName(i)}`).join(', ');
        for (const item of items) {
          ctx.report({ file: item.file, path: [...item.at, fact], key: true }, 'conflict', {
            pupil: ctx.run.label(item.record),
            fact,
            list,
          });
        }
      }
    }
    // With the register, the pupil's facts come from it: a placement that says otherwise is a conflict,
    // reported in both files so it is found from either.
    const register = ctx.run.register;
    if (!register) return;
    for (const p of ctx.run.registerPupils) {
      if (!p.entry) continue;
      const at = ['pupils', p.entry.index];
      for (const item of p.items) {
        const pupil = ctx.run.label(item.record),
          provider = providerName(item);
        for (const fact of FACTS) {
          const there = p.entry.pupil[fact],
            here = item.placement[fact];
          if (there === undefined || there === null || here === undefined || here === null || there === here) continue;
          const data = { pupil, fact, here: String(here), there: String(there), provider };
          ctx.report({ file: item.file, path: [...item.at, fact], key: true }, 'register', data);
          ctx.report({ file: register, path: [...at, fact], key: true }, 'register', data);
        }
        if (partTimeDiffers(p.entry.pupil.part_time_timetable, item.placement.part_time_timetable)) {
          ctx.report({ file: item.file, path: [...item.at, 'part_time_timetable'], key: true }, 'partTime', {
            pupil,
            provider,
          });
          ctx.report({ file: register, path: [...at, 'part_time_timetable'], key: true }, 'partTime', {
            pupil,
            provider,
          });
        }
      }
    }
  },
});
