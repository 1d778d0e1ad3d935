import { defineRule } from './types.js';
import { thousands } from '../model/wording.js';
import type { DataPath, YamlDocument } from '../model/findings.js';
import { placements, providers } from './utils/each.js';
import type { PlacementFile } from '../load/placement-file.js';

/** A run of characters with no space longer than this is not a word of any language (a paste gone wrong). */
const MAX_WORD = 200;
/** A value longer than this is not a name, an address or a note of a placement file. */
const MAX_TEXT = 5000;

/** The longest run of characters with no white space in `s` (a loop, not a regular expression: bounded work). */
function longestWord(s: string): number {
  let best = 0,
    run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
      run = 0;
      continue;
    }
    if (++run > best) best = run;
  }
  return best;
}

/**
 * Every text value of `value` longer than MAX_WORD (a shorter one can break neither limit), with its data path:
 * the path is one array pushed and popped, copied only for a finding (this runs over every value of every file).
 */
function eachLongText(value: unknown, path: (string | number)[], visit: (text: string, path: DataPath) => void): void {
  if (typeof value === 'string') {
    if (value.length > MAX_WORD) visit(value, [...path]);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      eachLongText(value[i], path, visit);
      path.pop();
    }
    return;
  }
  for (const k in value) {
    path.push(k);
    eachLongText((value as Record<string, unknown>)[k], path, visit);
    path.pop();
  }
}

/**
 * Whether any text value of `value` is longer than MAX_WORD: the same walk without a path, which nearly every
 * placement and provider passes, so the path is kept only for the rare one with a long text.
 */
function hasLongText(value: unknown): boolean {
  if (typeof value === 'string') return value.length > MAX_WORD;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasLongText(value[i])) return true;
    return false;
  }
  for (const k in value) if (hasLongText((value as Record<string, unknown>)[k])) return true;
  return false;
}

const field = (path: DataPath) => path.filter((p) => typeof p === 'string').join('.');

export const textTooLong = defineRule({
  id: 'text-too-long',
  defaultSeverity: 'warn',
  sources: [],
  thresholds: [],
  description: () =>
    `A text value is longer than ${thousands(MAX_TEXT)} characters, or holds a run of more than ${MAX_WORD} characters with no space`,
  messages: {
    long: ({ field, length }: { field: string; length: number }) =>
      `The value of ${field} is ${thousands(length)} characters long, far longer than any ${field.split('.').pop()} needs: shorten it (keep long notes in the school's own records, not in the placement file).`,
    word: ({ field, length }: { field: string; length: number }) =>
      `The value of ${field} holds ${thousands(length)} characters with no space between them, which no word has: most likely something pasted by mistake. Shorten it, or put spaces where the words end.`,
  },
  check(ctx) {
    // A field is named as written in its block: provider.address.line2, or a placement's own reviews.notes.
    const visit = (file: YamlDocument, named: number) => (text: string, path: DataPath) => {
      const word = longestWord(text);
      if (word > MAX_WORD) ctx.report({ file, path }, 'word', { field: field(path.slice(named)), length: word });
      else if (text.length > MAX_TEXT)
        ctx.report({ file, path }, 'long', { field: field(path.slice(named)), length: text.length });
    };
    // Most files hold no value longer than MAX_WORD, which the parse already bounds: they are not walked.
    const bound = new Map<PlacementFile, boolean>();
    const mayHold = (file: PlacementFile) => {
      let may = bound.get(file);
      if (may === undefined) bound.set(file, (may = file.longestText() > MAX_WORD));
      return may;
    };
    for (const { file, provider } of providers(ctx))
      if (mayHold(file) && hasLongText(provider)) eachLongText(provider, ['provider'], visit(file, 0));
    for (const item of placements(ctx))
      if (mayHold(item.file) && hasLongText(item.placement))
        eachLongText(item.placement, [...item.at], visit(item.file, item.at.length));
  },
});
