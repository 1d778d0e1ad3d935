import { defineRule } from './types.js';
import { sentence } from '../model/wording.js';
import { pupilKey } from '../model/placement.js';
import type { Placement } from '../model/schema.js';

const lastDay = (p: Placement) => p.end_date ?? p.planned_end_date ?? '9999-12-31';

export const duplicatePupil = defineRule({
  id: 'duplicate-pupil',
  defaultSeverity: 'error',
  sources: [],
  thresholds: [],
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
        let l = byPupil.get(k);
        if (!l) byPupil.set(k, (l = []));
        l.push(r);
      }
      // Sorted by start and swept once, keeping the placement that reaches furthest: linear after the sort,
      // and each placement is reported at most once (3,000 copies of one placement make 2,999 findings, not 4.5 million).
      for (const list of byPupil.values()) {
        if (list.length < 2) continue;
        const sorted = [...list].sort((x, y) =>
          x.placement.start_date < y.placement.start_date
            ? -1
            : x.placement.start_date > y.placement.start_date
              ? 1
              : x.index - y.index,
        );
        let reach = sorted[0];
        const reported = new Set<number>();
        for (const r of sorted.slice(1)) {
          if (r.placement.start_date <= lastDay(reach.placement)) {
            const [first, second] = reach.index < r.index ? [reach, r] : [r, reach];
            if (!reported.has(second.index)) {
              reported.add(second.index);
              ctx.report({ file, path: ['placements', second.index] }, 'overlap', {
                pupil: ctx.run.label(second),
                first: first.index + 1,
                second: second.index + 1,
              });
            }
          }
          if (lastDay(r.placement) > lastDay(reach.placement)) reach = r;
        }
      }
    }
  },
});
