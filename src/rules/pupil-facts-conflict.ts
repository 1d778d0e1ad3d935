import type { Rule } from './types.js';
import { ACTIVE_OR_UPCOMING } from './each.js';
import { placementsByPupil, providerName } from './pupils.js';
import { pupilLabel } from './terms.js';

const FACTS = ['send', 'looked_after', 'year_group'] as const;
const PART_TIME_FIELDS = ['agreed_with_parent', 'review_date', 'end_date'] as const;

export const messages = {
  register: (d: { who: string; fact: string; here: string; there: string; provider: string }) =>
    `${d.who} has ${d.fact} ${d.there} in the pupil register but ${d.here} in the placement at ${d.provider}: make the records agree (the register is the one ap-ready reads).`,
};

/** A placement's part-time timetable and the register's, when both are given and any date differs. */
function partTimeDiffers(a: Record<string, unknown> | null | undefined, b: Record<string, unknown> | null | undefined): boolean {
  if (!a || !b) return false;
  return PART_TIME_FIELDS.some((k) => a[k] != null && b[k] != null && a[k] !== b[k]);
}

export const pupilFactsConflict: Rule = {
  id: 'pupil-facts-conflict', defaultSeverity: 'warn', sources: ['—'],
  description: 'The same pupil has different send, looked_after or year_group in different placements, or a placement disagrees with the pupil register (these and part_time_timetable)',
  check(ctx) {
    // Current placements only: last year's ended placement rightly has last year's year group.
    for (const items of placementsByPupil(ctx, ACTIVE_OR_UPCOMING).values()) {
      if (items.length < 2) continue;
      for (const fact of FACTS) {
        const values = new Set(items.map((i) => String(i.placement[fact] ?? '(not set)')));
        if (fact === 'year_group' && items.some((i) => i.placement.year_group === undefined || i.placement.year_group === null)) {
          values.delete('(not set)'); // an optional fact left out is not a conflict
        }
        if (values.size < 2) continue;
        const list = items.map((i) => `${String(i.placement[fact] ?? 'not set')} at ${providerName(i)}`).join(', ');
        for (const item of items) {
          ctx.report(item.file, [...item.at, fact], `${pupilLabel(item.record)} has different ${fact} in different placements (${list}): make the records agree.`, { key: true });
        }
      }
    }
    // With the register, the pupil's facts come from it: a placement that says otherwise is a conflict.
    const register = ctx.pupils;
    if (!register) return;
    for (const [key, items] of placementsByPupil(ctx, ACTIVE_OR_UPCOMING)) {
      const entry = register.byRef.get(key);
      if (!entry) continue;
      for (const item of items) {
        for (const fact of FACTS) {
          const there = entry.pupil[fact], here = item.placement[fact];
          if (there === undefined || there === null || here === undefined || here === null || there === here) continue;
          const data = { who: pupilLabel(item.record), fact, here: String(here), there: String(there), provider: providerName(item) };
          ctx.report(item.file, [...item.at, fact], messages.register(data), { key: true });
          ctx.report(register, ['pupils', entry.index, fact], messages.register(data), { key: true });
        }
        if (partTimeDiffers(entry.pupil.part_time_timetable, item.placement.part_time_timetable)) {
          const data = { who: pupilLabel(item.record), fact: 'part_time_timetable', here: 'different dates', there: 'one set of dates', provider: providerName(item) };
          ctx.report(item.file, [...item.at, 'part_time_timetable'], messages.register(data), { key: true });
          ctx.report(register, ['pupils', entry.index, 'part_time_timetable'], messages.register(data), { key: true });
        }
      }
    }
  },
};
