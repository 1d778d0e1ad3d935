import type { Rule } from './types.js';
import { ACTIVE_OR_UPCOMING, placements } from './each.js';
import { pupilLabel } from './terms.js';

export const objectivesRequired: Rule = {
  id: 'objectives-required', defaultSeverity: 'error', sources: [{ source: 'arranging-ap', part: "commissioning: the nature, objectives and timeline of the placement agreed and clearly defined" }, { source: 'ofsted-operating-guide', part: "alternative provision: quality assurance, safeguarding, curriculum and commissioning" }],
  description: 'An active or upcoming placement has no objectives, or an objective has no by date',
  check(ctx) {
    for (const item of placements(ctx, ACTIVE_OR_UPCOMING)) {
      const objectives = item.placement.objectives ?? [];
      if (!objectives.length) {
        ctx.report(item.file, [...item.at, 'objectives'], `The placement of ${pupilLabel(item.record)} has no objectives: agree clear targets, each with a date, and list them under objectives.`, { key: true });
        continue;
      }
      objectives.forEach((o, i) => {
        if (!o.by) ctx.report(item.file, [...item.at, 'objectives', i], `The objective "${o.target}" has no date: add by: with when it should be achieved.`);
      });
    }
  },
};
