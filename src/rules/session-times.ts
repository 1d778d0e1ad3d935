import { defineRule } from './types.js';
import { placements } from './utils/each.js';
import { minutesOf } from '../model/dates.js';
import { sessionsOverlap } from '../model/placement.js';

export const sessionTimes = defineRule({
  id: 'session-times',
  defaultSeverity: 'error',
  sources: [],
  thresholds: [],
  description: () => "A session's end is not after its start, or two sessions of one placement overlap",
  messages: {
    badStart: ({ start }: { start: string | number }) =>
      `The session start "${start}" is not a time: write it as HH:MM in 24-hour form, e.g. "09:30".`,
    badEnd: ({ end }: { end: string | number }) =>
      `The session end "${end}" is not a time: write it as HH:MM in 24-hour form, e.g. "15:00".`,
    endsFirst: ({ day, end, start }: { day: string | number; end: string | number; start: string | number }) =>
      `The ${day} session ends at ${end}, not after it starts at ${start}: correct the times.`,
    overlap: ({
      day,
      start,
      end,
      start2,
      end2,
    }: {
      day: string | number;
      start: string | number;
      end: string | number;
      start2: string | number;
      end2: string | number;
    }) => `Two ${day} sessions overlap (${start}–${end} and ${start2}–${end2}): merge them or correct the times.`,
  },
  check(ctx) {
    for (const item of placements(ctx)) {
      const sessions = item.placement.sessions ?? [];
      const valid: number[] = [];
      for (let i = 0; i < sessions.length; i++) {
        const s = sessions[i];
        const a = minutesOf(s.start),
          b = minutesOf(s.end);
        if (a === undefined)
          ctx.report({ file: item.file, path: [...item.at, 'sessions', i, 'start'] }, 'badStart', { start: s.start });
        if (b === undefined)
          ctx.report({ file: item.file, path: [...item.at, 'sessions', i, 'end'] }, 'badEnd', { end: s.end });
        if (a === undefined || b === undefined) continue;
        if (b <= a)
          ctx.report({ file: item.file, path: [...item.at, 'sessions', i, 'end'] }, 'endsFirst', {
            day: s.day,
            end: s.end,
            start: s.start,
          });
        else valid.push(i);
      }
      if (valid.length < 2) continue;
      // Per day, sorted by start and swept once keeping the session that ends latest: linear after the sort.
      const byDay = new Map<string, number[]>();
      for (const i of valid) {
        let l = byDay.get(sessions[i].day);
        if (!l) byDay.set(sessions[i].day, (l = []));
        l.push(i);
      }
      const reported = new Set<number>();
      for (const list of byDay.values()) {
        list.sort((x, y) => minutesOf(sessions[x].start)! - minutesOf(sessions[y].start)! || x - y);
        let reach = list[0];
        for (const i of list.slice(1)) {
          if (sessionsOverlap(sessions[reach], sessions[i])) {
            const [s, t] = reach < i ? [reach, i] : [i, reach];
            if (!reported.has(t)) {
              reported.add(t);
              const ss = sessions[s],
                ts = sessions[t];
              ctx.report({ file: item.file, path: [...item.at, 'sessions', t] }, 'overlap', {
                day: ss.day,
                start: ss.start,
                end: ss.end,
                start2: ts.start,
                end2: ts.end,
              });
            }
          }
          if (minutesOf(sessions[i].end)! > minutesOf(sessions[reach].end)!) reach = i;
        }
      }
    }
  },
});
