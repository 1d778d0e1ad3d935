import type { Rule } from './types.js';
import { fmtHours, sentence } from '../model/wording.js';
import { ACTIVE } from './each.js';
import { placementsByPupil, providerName } from './pupils.js';
import { pupilLabel, sessionsOverlap, weeklyHours } from '../model/placement.js';

export const combinedHours: Rule = {
  id: 'combined-hours', defaultSeverity: 'error', sources: ['—'],
  description: (t) => `One pupil's combined weekly hours across providers exceed combined_hours_max (${t.combined_hours_max}), or their sessions at different providers overlap`,
  messages: {
    tooMany: ({ pupil, hours, providers, max }: { pupil: string; hours: string; providers: string[]; max: string }) =>
      `${sentence(pupil)} is timetabled for ${hours} hours a week across ${providers.join(', ')}, more than ${max}: check the hours at each provider.`,
    overlap: ({ pupil, both }: { pupil: string; both: string | number }) =>
      `${sentence(pupil)} is timetabled at two providers at once (${both}): correct one timetable.`,
  },
  check(ctx) {
    const max = ctx.run.thresholds.combined_hours_max;
    for (const items of placementsByPupil(ctx, ACTIVE).values()) {
      if (new Set(items.map((i) => i.file)).size < 2) continue;
      const hours = items.reduce((s, i) => s + (weeklyHours(i.placement) ?? 0), 0);
      if (hours > max) {
        for (const item of items) {
          ctx.report({ file: item.file, path: [...item.at, 'pupil'] }, 'tooMany', { pupil: pupilLabel(item.record), hours: fmtHours(hours), providers: [...new Set(items.map(providerName))], max: fmtHours(max) });
        }
      }
      for (let x = 0; x < items.length; x++) {
        for (let y = x + 1; y < items.length; y++) {
          const a = items[x], b = items[y];
          if (a.file === b.file) continue;
          for (const [i, sa] of (a.placement.sessions ?? []).entries()) {
            for (const [j, sb] of (b.placement.sessions ?? []).entries()) {
              if (sessionsOverlap(sa, sb)) {
                const both = `${sa.day} ${sa.start}–${sa.end} at ${providerName(a)} and ${sb.start}–${sb.end} at ${providerName(b)}`;
                ctx.report({ file: a.file, path: [...a.at, 'sessions', i] }, 'overlap', { pupil: pupilLabel(a.record), both });
                ctx.report({ file: b.file, path: [...b.at, 'sessions', j] }, 'overlap', { pupil: pupilLabel(b.record), both });
              }
            }
          }
        }
      }
    }
  },
};
