import type { Rule } from './types.js';
import { sentence } from '../model/wording.js';
import { pupilKey, pupilLabel } from '../model/placement.js';
import type { Placement } from '../model/schema.js';

const lastDay = (p: Placement) => p.end_date ?? p.planned_end_date ?? '9999-12-31';

export const duplicatePupil: Rule = {
  id: 'duplicate-pupil', defaultSeverity: 'error', sources: ['—'],
  description: () => 'Two placements of the same pupil in one file overlap in dates',
  messages: {
    overlap: ({ pupil, first, second }: { pupil: string; first: number; second: number }) =>
      `${sentence(pupil)} has two placements in this file whose dates overlap (placements ${first} and ${second}): merge them, or give the earlier one an end date.`,
  },
  check(ctx) {
    for (const file of ctx.run.files) {
      const byPupil = new Map<string, typeof file.placements>();
      for (const r of file.placements) {
        const k = pupilKey(r.placement.pupil);
        byPupil.set(k, [...(byPupil.get(k) ?? []), r]);
      }
      for (const list of byPupil.values()) {
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) {
            const a = list[i].placement, b = list[j].placement;
            if (a.start_date <= lastDay(b) && b.start_date <= lastDay(a)) {
              ctx.report({ file, path: ['placements', list[j].index] }, 'overlap', { pupil: pupilLabel(list[j]), first: list[i].index + 1, second: list[j].index + 1 });
            }
          }
        }
      }
    }
  },
};
