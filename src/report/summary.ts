// The counts of rules.md said in words; stylish, the documents and metadata say the same figures.
import type { Counts } from '../engine.js';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function countsSentence(c: Counts): string {
  return `${plural(c.pupils, 'pupil')} in AP (${c.send} with SEND, ${c.ehcp} with an EHC plan, `
    + `${c.partTime} on a part-time timetable, ${c.lookedAfter} looked after); `
    + `providers in use: ${c.providersRegistered} registered, ${c.providersUnregistered} unregistered.`
    + unreadableSentence(c);
}

/** Pupils whose placement could not be read are missing from the figures: the summary says so, never silently. */
export function unreadableSentence(c: Pick<Counts, 'unreadablePlacements' | 'unreadableFiles'>): string {
  const parts = [
    c.unreadablePlacements ? plural(c.unreadablePlacements, 'placement') : '',
    c.unreadableFiles ? plural(c.unreadableFiles, 'file') : '',
  ].filter(Boolean);
  if (!parts.length) return '';
  const were = c.unreadablePlacements + c.unreadableFiles === 1 ? 'was' : 'were';
  return ` Some records were unreadable: ${parts.join(' and ')} ${were} not counted; fix the errors above and check again.`;
}
