import { defineRule } from './types.js';
import { ACTIVE_OR_UPCOMING, placements } from './utils/each.js';
import { fileIndex } from '../model/placement.js';

export const objectivesRequired = defineRule({
  id: 'objectives-required',
  defaultSeverity: 'error',
  sources: [
    {
      source: 'arranging-ap',
      part: 'commissioning: the nature, objectives and timeline of the placement agreed and clearly defined',
    },
    {
      source: 'ofsted-operating-guide',
      part: 'alternative provision: quality assurance, safeguarding, curriculum and commissioning',
    },
  ],
  thresholds: [],
  description: () => 'An active or upcoming placement has no objectives, or an objective has no by date',
  messages: {
    missing: ({ pupil }: { pupil: string }) =>
      `The placement of ${pupil} has no objectives: agree clear targets, each with a date, and list them under objectives.`,
    undated: ({ target }: { target: string | number }) =>
      `The objective "${target}" has no date: add by: with when it should be achieved.`,
  },
  check(ctx) {
    for (const item of placements(ctx, ACTIVE_OR_UPCOMING)) {
      const objectives = item.placement.objectives ?? [];
      if (!objectives.length) {
        ctx.report({ file: item.file, path: [...item.at, 'objectives'], key: true }, 'missing', {
          pupil: ctx.run.label(item.record),
        });
        continue;
      }
      objectives.forEach((o, i) => {
        if (!o.by)
          ctx.report(
            { file: item.file, path: [...item.at, 'objectives', fileIndex(item.record, 'objectives', i)] },
            'undated',
            { target: o.target },
          );
      });
    }
  },
});
