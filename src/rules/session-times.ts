import type { Rule } from './types.js';
import { placements } from './each.js';
import { minutesOf } from '../model/dates.js';
import { sessionsOverlap } from '../model/placement.js';

export const sessionTimes: Rule = {
  id: 'session-times', defaultSeverity: 'error', sources: ['—'],
  description: () => "A session's end is not after its start, or two sessions of one placement overlap",
  messages: {
    badStart: ({ start }: { start: string | number }) =>
      `The session start "${start}" is not a time: write it as HH:MM in 24-hour form, e.g. "09:30".`,
    badEnd: ({ end }: { end: string | number }) =>
      `The session end "${end}" is not a time: write it as HH:MM in 24-hour form, e.g. "15:00".`,
    endsFirst: ({ day, end, start }: { day: string | number; end: string | number; start: string | number }) =>
      `The ${day} session ends at ${end}, not after it starts at ${start}: correct the times.`,
    overlap: ({ day, start, end, start2, end2 }: { day: string | number; start: string | number; end: string | number; start2: string | number; end2: string | number }) =>
      `Two ${day} sessions overlap (${start}–${end} and ${start2}–${end2}): merge them or correct the times.`,
  },
  check(ctx) {
    for (const item of placements(ctx)) {
      const sessions = item.placement.sessions ?? [];
      const valid: { i: number }[] = [];
      sessions.forEach((s, i) => {
        const at = [...item.at, 'sessions', i];
        const a = minutesOf(s.start), b = minutesOf(s.end);
        if (a === undefined) ctx.report({ file: item.file, path: [...at, 'start'] }, 'badStart', { start: s.start });
        if (b === undefined) ctx.report({ file: item.file, path: [...at, 'end'] }, 'badEnd', { end: s.end });
        if (a === undefined || b === undefined) return;
        if (b <= a) ctx.report({ file: item.file, path: [...at, 'end'] }, 'endsFirst', { day: s.day, end: s.end, start: s.start });
        else valid.push({ i });
      });
      for (let x = 0; x < valid.length; x++) {
        for (let y = x + 1; y < valid.length; y++) {
          const s = valid[x], t = valid[y];
          if (sessionsOverlap(sessions[s.i], sessions[t.i])) {
            const ss = sessions[s.i], ts = sessions[t.i];
            ctx.report({ file: item.file, path: [...item.at, 'sessions', t.i] }, 'overlap', { day: ss.day, start: ss.start, end: ss.end, start2: ts.start, end2: ts.end });
          }
        }
      }
    }
  },
};
