// The counts of rules.md said in words; stylish, the documents and metadata say the same figures.
import type { Counts } from '../engine.js';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function countsSentence(c: Counts): string {
  return `${plural(c.pupils, 'pupil')} in AP (${c.send} with SEND, ${c.ehcp} with an EHC plan, `
    + `${c.partTime} on a part-time timetable, ${c.lookedAfter} looked after); `
    + `providers in use: ${c.providersRegistered} registered, ${c.providersUnregistered} unregistered.`;
}
