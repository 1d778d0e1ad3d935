import type { Rule } from './types.js';
import { sentence } from '../model/wording.js';
import { ACTIVE_OR_UPCOMING } from './each.js';
import { placementsByPupil, providerName } from './pupils.js';
import { pupilLabel } from '../model/placement.js';

const FACTS = ['send', 'looked_after', 'year_group'] as const;

export const pupilFactsConflict: Rule = {
  id: 'pupil-facts-conflict', defaultSeverity: 'warn', sources: ['—'],
  description: () => 'The same pupil has different send, looked_after or year_group in different placements',
  messages: {
    conflict: ({ pupil, fact, list }: { pupil: string; fact: string | number; list: string | number }) =>
      `${sentence(pupil)} has different ${fact} in different placements (${list}): make the records agree.`,
  },
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
          ctx.report({ file: item.file, path: [...item.at, fact], key: true }, 'conflict', { pupil: pupilLabel(item.record), fact, list });
        }
      }
    }
  },
};
