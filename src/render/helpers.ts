// The helpers templates may call. Each formats one value the way the documents write it, returns plain
// text (Handlebars escapes it), and never throws for an empty value: it prints the fallback instead.
import type { HelperDelegate, HelperOptions } from 'handlebars';
import { englishDate, isIsoDate } from '../model/dates.js';
import { fmtHours, thousands } from '../model/wording.js';

/** What a helper prints for a value that is not there, unless the template names another fallback. */
export const NOT_RECORDED = 'Not recorded';

export class HelperUsageError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

const isOptions = (v: unknown): v is HelperOptions => typeof v === 'object' && v !== null && 'hash' in v && 'data' in v;
const empty = (v: unknown) => v === null || v === undefined || v === '';

/** Splits a helper call's arguments from Handlebars' options object, and checks how many were given. */
function args(name: string, usage: string, min: number, raw: unknown[]): { values: unknown[]; options: HelperOptions } {
  const options = raw[raw.length - 1] as HelperOptions;
  const values = raw.slice(0, -1);
  if (!isOptions(options) || values.length < min) {
    const line = isOptions(options) ? (options as { loc?: { start?: { line?: number } } }).loc?.start?.line : undefined;
    throw new HelperUsageError(
      `the helper "${name}" needs ${min === 1 ? 'a value' : `${min} values`}: write it as ${usage}`,
      line,
    );
  }
  return { values, options };
}

const fallback = (values: unknown[], index: number) =>
  typeof values[index] === 'string' ? values[index] : NOT_RECORDED;

/** A value as the page shows it: text as it is, a number or yes/no as written, anything else as JSON (a template mistake, shown plainly). */
const shown = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : (JSON.stringify(v) ?? '');

/** {{date start_date}} → "6 October 2025"; {{date end_date "ongoing"}} prints "ongoing" when there is none. */
function date(...raw: unknown[]): string {
  const { values } = args('date', '{{date start_date}} or {{date end_date "fallback text"}}', 1, raw);
  const v = values[0];
  if (empty(v)) return fallback(values, 1);
  return isIsoDate(v) ? englishDate(v) : shown(v);
}

/** {{plural count "pupil"}} → "1 pupil", "3 pupils"; {{plural n "person" "people"}} for irregular words. */
function plural(...raw: unknown[]): string {
  const { values } = args('plural', '{{plural count "pupil"}} or {{plural count "person" "people"}}', 2, raw);
  const n = Number(values[0]);
  const one = String(values[1]);
  const many = typeof values[2] === 'string' ? values[2] : `${one}s`;
  return `${Number.isFinite(n) ? formatNumber(n) : String(values[0])} ${n === 1 ? one : many}`;
}

/** {{yesno looked_after}} → "Yes" / "No"; an empty value prints "Not recorded" or the given fallback. */
function yesno(...raw: unknown[]): string {
  const { values } = args('yesno', '{{yesno looked_after}} or {{yesno value "fallback text"}}', 1, raw);
  const v = values[0];
  if (empty(v)) return fallback(values, 1);
  return v ? 'Yes' : 'No';
}

/** {{hours weeklyHours}} → "9", "12.5", "2.25"; an empty value prints "Not recorded" or the given fallback. */
function hours(...raw: unknown[]): string {
  const { values } = args('hours', '{{hours weeklyHours}} or {{hours weeklyHours "fallback text"}}', 1, raw);
  const v = values[0];
  if (empty(v)) return fallback(values, 1);
  const n = Number(v);
  return Number.isFinite(n) ? fmtHours(n) : shown(v);
}

/** {{number 1234}} → "1,234". */
function number(...raw: unknown[]): string {
  const { values } = args('number', '{{number value}}', 1, raw);
  const n = Number(values[0]);
  return empty(values[0]) ? fallback(values, 1) : Number.isFinite(n) ? formatNumber(n) : shown(values[0]);
}

/** {{join list ", "}} → "English, Maths"; an empty list prints "None recorded" or the given fallback. */
function join(...raw: unknown[]): string {
  const { values } = args('join', '{{join list ", "}}', 1, raw);
  const list = Array.isArray(values[0]) ? values[0].filter((v) => !empty(v)) : empty(values[0]) ? [] : [values[0]];
  if (list.length === 0) return typeof values[2] === 'string' ? values[2] : 'None recorded';
  return list.map(String).join(typeof values[1] === 'string' ? values[1] : ', ');
}

/** {{#if (eq a b)}}: true when the two values are equal. */
function eq(...raw: unknown[]): boolean {
  const { values } = args('eq', '{{#if (eq value "text")}}', 2, raw);
  return values[0] === values[1];
}

/** {{#if (or a b)}}: true when any value is. */
function or(...raw: unknown[]): boolean {
  const { values } = args('or', '{{#if (or a b)}}', 2, raw);
  return values.some(Boolean);
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? thousands(n) : fmtHours(n);
}

export const HELPERS: Record<string, HelperDelegate> = { date, plural, yesno, hours, number, join, eq, or };
