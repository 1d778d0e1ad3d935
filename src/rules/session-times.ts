import type { Rule } from './types.js';
import { placements } from './each.js';
import { minutesOf } from '../model/dates.js';
import { sessionsOverlap } from './terms.js';

export const sessionTimes: Rule = {
  id: 'session-times', defaultSeverity: 'error', sources: [],
  description: "A session's end is not after its start, or two sessions of one placement overlap",
  check(ctx) {
    for (const item of placements(ctx)) {
      const sessions = item.placement.sessions ?? [];
      const valid: { i: number }[] = [];
      sessions.forEach((s, i) => {
        const at = [...item.at, 'sessions', i];
        const a = minutesOf(s.start), b = minutesOf(s.end);
        if (a === undefined) ctx.report(item.file, [...at, 'start'], `The session start "${s.start}" is not a time: write it as HH:MM in 24-hour form, e.g. "09:30".`);
        if (b === undefined) ctx.report(item.file, [...at, 'end'], `The session end "${s.end}" is not a time: write it as HH:MM in 24-hour form, e.g. "15:00".`);
        if (a === undefined || b === undefined) return;
        if (b <= a) ctx.report(item.file, [...at, 'end'], `The ${s.day} session ends at ${s.end}, not after it starts at ${s.start}: correct the times.`);
        else valid.push({ i });
      });
      for (let x = 0; x < valid.length; x++) {
        for (let y = x + 1; y < valid.length; y++) {
          const s = valid[x], t = valid[y];
          if (sessionsOverlap(sessions[s.i], sessions[t.i])) {
            const ss = sessions[s.i], ts = sessions[t.i];
            ctx.report(item.file, [...item.at, 'sessions', t.i], `Two ${ss.day} sessions overlap (${ss.start}–${ss.end} and ${ts.start}–${ts.end}): merge them or correct the times.`);
          }
        }
      }
    }
  },
};
