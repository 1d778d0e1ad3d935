import { defineRule } from './types.js';
import { fmtHours, sentence } from '../model/wording.js';
import { ACTIVE } from './utils/each.js';
import { placementsByPupil, providerName } from './utils/pupils.js';
import { weeklyHours } from '../model/placement.js';
import { minutesOf } from '../model/dates.js';

export const combinedHours = defineRule({
  id: 'combined-hours',
  defaultSeverity: 'error',
  sources: [],
  thresholds: ['combined_hours_max'],
  description: (t) =>
    `One pupil's combined weekly hours across providers exceed combined_hours_max (${t.combined_hours_max}), or their sessions at different providers overlap`,
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
          ctx.report({ file: item.file, path: [...item.at, 'pupil'] }, 'tooMany', {
            pupil: ctx.run.label(item.record),
            hours: fmtHours(hours),
            providers: [...new Set(items.map(providerName))],
            max: fmtHours(max),
          });
        }
      }
      // Sessions at different providers that overlap: per day, sorted by start, swept once keeping the two
      // latest-ending sessions from different files (a session is compared with the latest from another file).
      type S = { item: (typeof items)[number]; i: number; a: number; b: number };
      const byDay = new Map<string, S[]>();
      for (const item of items) {
        for (const [i, s] of (item.placement.sessions ?? []).entries()) {
          const a = minutesOf(s.start),
            b = minutesOf(s.end);
          if (a === undefined || b === undefined || b <= a) continue;
          let l = byDay.get(s.day);
          if (!l) byDay.set(s.day, (l = []));
          l.push({ item, i, a, b });
        }
      }
      const reported = new Set<string>();
      const once = (x: S, both: string) => {
        const key = `${x.item.file.path}\0${x.item.record.index}\0${x.i}`;
        if (reported.has(key)) return;
        reported.add(key);
        ctx.report({ file: x.item.file, path: [...x.item.at, 'sessions', x.i] }, 'overlap', {
          pupil: ctx.run.label(x.item.record),
          both,
        });
      };
      for (const list of byDay.values()) {
        list.sort((x, y) => x.a - y.a);
        let best: S | undefined, other: S | undefined; // best ends latest; other ends latest among other files
        for (const s of list) {
          const rival = best && best.item.file !== s.item.file ? best : other;
          if (rival && rival.b > s.a) {
            const [x, y] = [rival, s];
            const sx = x.item.placement.sessions![x.i],
              sy = y.item.placement.sessions![y.i];
            const both = `${sx.day} ${sx.start}–${sx.end} at ${providerName(x.item)} and ${sy.start}–${sy.end} at ${providerName(y.item)}`;
            once(x, both);
            once(y, both);
          }
          if (!best || s.b > best.b) {
            if (best && best.item.file !== s.item.file) other = best;
            else if (best && other && other.item.file === s.item.file) other = undefined;
            best = s;
          } else if (s.item.file !== best.item.file && (!other || s.b > other.b)) {
            other = s;
          }
        }
      }
    }
  },
});
