// A placement's weekly sessions as the documents print them: by day, and grouped into lines by their times,
// with online sessions marked (online education is not supervised attendance at a place).
import type { Placement } from '../../model/schema.js';
import { sessionHours } from '../../model/placement.js';
import { DAY_ORDER, DAYS } from '../../model/labels.js';
import type { SessionView } from './types.js';

/** Each session, in day and time order; `online` when the session is, or the provider delivers only online. */
export function sessionViews(p: Placement, providerOnline = false): SessionView[] {
  return [...(p.sessions ?? [])]
    .sort(
      (a, b) =>
        DAY_ORDER.indexOf(a.day) - DAY_ORDER.indexOf(b.day) || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0),
    )
    .map((s) => ({
      day: DAYS[s.day] ?? s.day,
      dayShort: (DAYS[s.day] ?? s.day).slice(0, 3),
      start: s.start,
      end: s.end,
      hours: sessionHours(s) ?? null,
      online: providerOnline || (s as { online?: boolean | null }).online === true,
    }));
}

/** Sessions with the same times on several days, as one line each: "Mon–Fri 09:30–12:30"; online ones apart, marked. */
export function sessionLines(sessions: SessionView[]): { text: string; online: boolean }[] {
  const byTimes = new Map<string, string[]>();
  for (const s of sessions) {
    const times = `${s.start}–${s.end}${s.online ? '\0' : ''}`;
    const days = byTimes.get(times) ?? [];
    if (!days.includes(s.dayShort)) days.push(s.dayShort);
    byTimes.set(times, days);
  }
  const order = DAY_ORDER.map((d) => (DAYS[d] ?? d).slice(0, 3));
  return [...byTimes].map(([times, days]) => {
    const idx = days.map((d) => order.indexOf(d));
    const run = days.length >= 3 && idx.every((n, i) => i === 0 || n === idx[i - 1] + 1);
    const online = times.endsWith('\0');
    return {
      text: `${run ? `${days[0]}–${days[days.length - 1]}` : days.join(', ')} ${online ? times.slice(0, -1) : times}`,
      online,
    };
  });
}
