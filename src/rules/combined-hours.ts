import type { Rule } from './types.js';
import { ACTIVE } from './each.js';
import { placementsByPupil, providerName } from './pupils.js';
import { fmtHours, pupilLabel, sessionsOverlap, weeklyHours } from './terms.js';

export const combinedHours: Rule = {
  id: 'combined-hours', defaultSeverity: 'error', sources: [],
  description: "One pupil's combined weekly hours across providers exceed combined_hours_max (32.5), or their sessions at different providers overlap",
  check(ctx) {
    const max = ctx.thresholds.combined_hours_max;
    for (const items of placementsByPupil(ctx, ACTIVE).values()) {
      if (new Set(items.map((i) => i.file)).size < 2) continue;
      const hours = items.reduce((s, i) => s + (weeklyHours(i.placement) ?? 0), 0);
      if (hours > max) {
        for (const item of items) {
          ctx.report(item.file, [...item.at, 'pupil'], `${pupilLabel(item.record)} is timetabled for ${fmtHours(hours)} hours a week across ${[...new Set(items.map(providerName))].join(', ')}, more than ${fmtHours(max)}: check the hours at each provider.`);
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
                ctx.report(a.file, [...a.at, 'sessions', i], `${pupilLabel(a.record)} is timetabled at two providers at once (${both}): correct one timetable.`);
                ctx.report(b.file, [...b.at, 'sessions', j], `${pupilLabel(b.record)} is timetabled at two providers at once (${both}): correct one timetable.`);
              }
            }
          }
        }
      }
    }
  },
};
