// Small wording helpers every message, report and document uses, so the same figure reads the same way.
import type { Counts } from './counts.js';

/**
 * A whole number with its thousands grouped, as en-GB writes it: 1,000 and 12,345,678 (-1,500). The same text
 * as `n.toLocaleString('en-GB')`, without it: the first call of that starts ICU's number formatting, 12-18 ms
 * of a check that needs it for nothing else. Anything but a safe integer is left to toLocaleString.
 */
export function thousands(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-GB');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/** "1 pupil", "3 pupils". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Hours as written in messages: 12, 12.5, 12.25. */
export const fmtHours = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(2).replace(/0$/, ''));

/** A phrase made the start of a sentence: "pupil P-0042 …" becomes "Pupil P-0042 …". */
export const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function countsSentence(c: Counts): string {
  return (
    `${plural(c.pupils, 'pupil')} in AP (${c.send} with SEND, ${c.ehcp} with an EHC plan, ` +
    `${c.partTime} on a part-time timetable, ${c.lookedAfter} looked after); ` +
    `providers in use: ${c.providersRegistered} registered, ${c.providersUnregistered} unregistered.` +
    unreadableSentence(c)
  );
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

/** The most of a value (a provider's name, a field) a message quotes: a 100,000-character name stays readable. */
export const MAX_QUOTED = 80;

/** Text shortened to MAX_QUOTED characters, with "…" where it was cut. */
export const capText = (s: string) => (s.length > MAX_QUOTED ? `${s.slice(0, MAX_QUOTED)}…` : s);

/**
 * A message with every quoted value ("…") shortened by capText, so no rule quotes a whole file's worth of
 * one field. Quotes are taken in pairs from the start; the words outside them are never touched.
 */
export function capQuoted(message: string): string {
  if (message.length <= MAX_QUOTED + 2 || !message.includes('"')) return message;
  return message.replace(/"([^"]*)"/g, (whole, v: string) => (v.length > MAX_QUOTED ? `"${capText(v)}"` : whole));
}
