import type { Rule } from './types.js';
import { placements } from './each.js';
import { minutesOf } from '../model/dates.js';
import { sessionsOverlap } from './terms.js';
import { quoteValue } from '../load/issues.js';

export const sessionTimes: Rule = {
  id: 'session-times', defaultSeverity: 'error', sources: ['—'],
  description: "A session's end is not after its start, or two sessions of one placement overlap",
  check(ctx) {
    for (const item of placements(ctx)) {
      const sessions = item.placement.sessions ?? [];
      const valid: { i: number }[] = [];
      sessions.forEach((s, i) => {
        const at = [...item.at, 'sessions', i];
        const a = minutesOf(s.start), b = minutesOf(s.end);
        if (a === undefined) ctx.report(item.file, [...at, 'start'], `The session start ${quoteValue(s.start)} is not a time: write it as HH:MM in 24-hour form, e.g. "09:30".`);
        if (b === undefined) ctx.report(item.file, [...at, 'end'], `The session end ${quoteValue(s.end)} is not a time: write it as HH:MM in 24-hour form, e.g. "15:00".`);
        if (a === undefined || b === undefined) return;
        if (b <= a) ctx.report(item.file, [...at, 'end'], `The ${s.day} session ends at ${s.end}, not after it starts at ${s.start}: correct the times.`);
        else valid.push({ i });
      });
      // Per day, sorted by start and swept once keeping the session that ends latest: linear after the sort.
      const byDay = new Map<string, number[]>();
      for (const { i } of valid) {
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
              const ss = sessions[s], ts = sessions[t];
              ctx.report(item.file, [...item.at, 'sessions', t], `Two ${ss.day} sessions overlap (${ss.start}–${ss.end} and ${ts.start}–${ts.end}): merge them or correct the times.`);
            }
          }
          if (minutesOf(sessions[i].end)! > minutesOf(sessions[reach].end)!) reach = i;
        }
      }
    }
  },
};
