// Small wording helpers every message, report and document uses, so the same figure reads the same way.
import type { Counts } from './counts.js';

/** "1 pupil", "3 pupils". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Hours as written in messages: 12, 12.5, 12.25. */
export const fmtHours = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(2).replace(/0$/, ''));

/** A phrase made the start of a sentence: "pupil P-0042 …" becomes "Pupil P-0042 …". */
export const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function countsSentence(c: Counts): string {
  return `${plural(c.pupils, 'pupil')} in AP (${c.send} with SEND, ${c.ehcp} with an EHC plan, `
    + `${c.partTime} on a part-time timetable, ${c.lookedAfter} looked after); `
    + `providers in use: ${c.providersRegistered} registered, ${c.providersUnregistered} unregistered.`;
}
