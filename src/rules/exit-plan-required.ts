import { defineRule } from './types.js';
import { ACTIVE, blank, placements } from './utils/each.js';

export const exitPlanRequired = defineRule({
  id: 'exit-plan-required',
  defaultSeverity: 'warn',
  sources: [
    { source: 'arranging-ap', part: 'a personalised plan: reviews, next steps and the criteria for reintegration' },
    {
      source: 'ofsted-operating-guide',
      part: 'alternative provision: quality assurance, safeguarding, curriculum and commissioning',
    },
  ],
  thresholds: [],
  description: () => 'An active placement has no exit_plan',
  messages: {
    missing: ({ pupil }: { pupil: string }) =>
      `The placement of ${pupil} has no exit plan: record how and when the pupil returns to school or moves on (exit_plan).`,
  },
  check(ctx) {
    for (const item of placements(ctx, ACTIVE)) {
      if (blank(item.placement.exit_plan)) {
        ctx.report({ file: item.file, path: [...item.at, 'exit_plan'], key: true }, 'missing', {
          pupil: ctx.run.label(item.record),
        });
      }
    }
  },
});
