// Marks that are not DfE register codes, as providers' own systems write them ("Sick", "Late - 10 min"). A
// mapping's words (attendance.mappings[].marks) say which code each stands for; a word no mapping gives is
// put in a class by what it reads as, and reported once per class and file: how many rows, which lines, and
// the code that class usually takes. The word itself is never repeated (a cell may hold anything).
import { markIndex } from './codes.js';
import { wildcardMatch } from '../model/wildcard.js';

/** What a provider's word reads as, and the DfE code such a mark usually is. */
const CLASSES: { test: RegExp; reads: string; code: string }[] = [
  { test: /^(sick|ill|illness|unwell|poorly|medical absence)\b/i, reads: 'illness', code: 'I' },
  { test: /^(late|lt)\b/i, reads: 'arriving late', code: 'L (or U, after the register closed)' },
  {
    test: /^(medical|dental|doctor|dentist|gp|hospital|appointment|appt)\b/i,
    reads: 'a medical or dental appointment',
    code: 'M',
  },
  { test: /^(excluded|exclusion|suspended|suspension)\b/i, reads: 'a suspension or exclusion', code: 'E' },
  { test: /^(holiday|hol)\b/i, reads: 'a holiday', code: 'G (or C where the school granted leave)' },
  {
    test: /^(no show|dna|did not attend|not attended|non attendance|no contact|awol|missing|unknown)\b/i,
    reads: 'an absence with no reason yet',
    code: 'N',
  },
  { test: /^(unauthori[sz]ed|unauth)\b/i, reads: 'an unauthorised absence', code: 'O' },
  { test: /^(authori[sz]ed|auth)\b/i, reads: 'an authorised absence', code: 'C, or the code for its reason' },
  { test: /^(attended|here|in|yes|y|arrived|on site|onsite|ok)$/i, reads: 'present', code: '/' },
  { test: /^(left early|sent home|collected early)\b/i, reads: 'leaving early', code: '/ for the session attended' },
  { test: /^(closed|closure|snow|weather|provider closed)\b/i, reads: 'the provider being closed', code: 'Y1-Y7' },
];

/** One or two letters and a digit or two, or a symbol: a register code mistyped rather than a word. */
const CODE_LIKE = /^([A-Za-z]{1,2}\d{0,2}|[^A-Za-z0-9\s]{1,2})$/;
const TYPO = -1;

/** The class of a word that is not a register code: its index in CLASSES, TYPO, or CLASSES.length for any other word. */
export function markClass(text: string): number {
  const t = text.trim().replace(/\s+/g, ' ');
  const k = CLASSES.findIndex((c) => c.test.test(t));
  return k >= 0 ? k : CODE_LIKE.test(t) ? TYPO : CLASSES.length;
}

/** A mark as written → its index in MARKS: the mapping's words first (a provider's P may mean present), then the codes. */
export function markOf(text: string, words: readonly [pattern: string, mark: string][]): number {
  const t = text.trim();
  for (const [pattern, mark] of words) if (wildcardMatch(pattern.trim(), t)) return markIndex(mark);
  return markIndex(t);
}

const linesList = (lines: number[], rows: number) =>
  `${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}${rows > lines.length ? ` and ${rows - lines.length} more` : ''}`;

/** How many lines a finding lists. */
export const LINES_LISTED = 5;

/** One class's finding: how many rows, which lines (the first few), what they read as and what to do. */
export function markClassMessage(k: number, rows: number, lines: number[], where: string): string {
  const c = CLASSES[k] as (typeof CLASSES)[number] | undefined;
  const head = `${rows} ${rows === 1 ? 'row' : 'rows'} (${linesList(lines, rows)}) ${rows === 1 ? 'has a mark' : 'have marks'}`;
  const fix = `so ${rows === 1 ? 'it is' : 'they are'} not counted: map the provider's word to its code under marks: in ${where} in ap-ready.config.yaml (for example Unwell: I), or ask the provider to send DfE codes.`;
  if (k === TYPO)
    return `${head} that ${rows === 1 ? 'looks' : 'look'} like a register code but ${rows === 1 ? 'is' : 'are'} not one of the DfE's, so ${rows === 1 ? 'it is' : 'they are'} not counted: correct ${rows === 1 ? 'it' : 'them'} to one of / \\ L B D K P V W C C1 C2 E G I J1 M N O Q R S T U X Y1-Y7 Z (or present, late, absent).`;
  return c
    ? `${head} that ${rows === 1 ? 'reads' : 'read'} as ${c.reads}, not a DfE register code (such a mark is usually ${c.code}), ${fix}`
    : `${head} that ${rows === 1 ? 'is' : 'are'} neither a DfE register code nor a word ap-ready recognises, ${fix}`;
}
