import { defineRule } from './types.js';
import { fmtHours, sentence } from '../model/wording.js';
import { ACTIVE } from './utils/each.js';
import { placementsByPupil, providerName } from './utils/pupils.js';
import { weeklyHours } from '../model/placement.js';

export const multipleProviders = defineRule({
  id: 'multiple-providers',
  defaultSeverity: 'warn',
  sources: [
    { source: 'area-send-handbook', part: 'evidence about children and young people in alternative provision' },
  ],
  thresholds: [],
  description: () => 'One pupil is active at several providers (reported in each file involved)',
  messages: {
    several: ({ pupil, providers, hours }: { pupil: string; providers: string[]; hours: string }) =>
      `${sentence(pupil)} attends ${providers.length} providers (${providers.join(', ')}), ${hours} hours a week in all: check the providers share information and the timetable fits together.`,
  },
  check(ctx) {
    for (const items of placementsByPupil(ctx, ACTIVE).values()) {
      const files = new Set(items.map((i) => i.file));
      if (files.size < 2) continue;
      const hours = items.reduce((s, i) => s + (weeklyHours(i.placement) ?? 0), 0);
      const names = [...new Set(items.map(providerName))];
      for (const item of items) {
        ctx.report({ file: item.file, path: [...item.at, 'pupil'] }, 'several', {
          pupil: ctx.run.label(item.record),
          providers: names,
          hours: fmtHours(hours),
        });
      }
    }
  },
});
