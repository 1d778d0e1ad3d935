import { defineRule } from './types.js';
import { placements } from './utils/each.js';
import { PLANNING_CALL_SOURCES } from '../model/sources.js';

export const hoursRequired = defineRule({
  id: 'hours-required',
  defaultSeverity: 'error',
  sources: [...PLANNING_CALL_SOURCES],
  thresholds: [],
  description: () => 'A placement has neither hours_per_week nor sessions',
  messages: {
    missing: ({ pupil }: { pupil: string }) =>
      `The placement of ${pupil} records no hours: add hours_per_week or the weekly sessions (day, start, end).`,
  },
  check(ctx) {
    for (const item of placements(ctx)) {
      const p = item.placement;
      if ((p.hours_per_week === undefined || p.hours_per_week === null) && !p.sessions?.length) {
        ctx.report({ file: item.file, path: item.at }, 'missing', { pupil: ctx.run.label(item.record) });
      }
    }
  },
});
