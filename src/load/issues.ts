// Turns zod's issues into one plain-English sentence each, saying what to do.
import { globalRegistry, type z } from 'zod';

type Issue = z.core.$ZodIssue;
type Key = string | number;

// Kept in model/nearest.ts (no zod) so `ap-ready rules` can suggest a rule id without loading zod.
export { distance, nearest } from '../model/nearest.js';
import { nearest } from '../model/nearest.js';

interface Def { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[]; in?: z.ZodType }
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(s: z.ZodType): z.ZodType {
  let d = defOf(s);
  while ((d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'pipe') && (d.innerType ?? d.in)) {
    s = (d.innerType ?? d.in)!;
    d = defOf(s);
  }
  return s;
}

/** The zod schema at `path` below `schema`, if any. */
export function schemaAt(schema: z.ZodType, path: readonly Key[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = unwrap(schema);
  for (const k of path) {
    if (!s) return undefined;
    const d = defOf(s);
    if (d.type === 'object') s = d.shape?.[String(k)];
    else if (d.type === 'array') s = d.element;
    else return undefined;
    if (s) s = unwrap(s);
  }
  return s;
}

/** Whether the field at `path` holds a date (its schema is marked `format: date`). */
function isDateField(schema: z.ZodType, path: readonly Key[]): boolean {
  let s = schemaAt(schema, path.slice(0, -1));
  const d = s && defOf(s);
  s = d?.type === 'object' ? d.shape?.[String(path[path.length - 1])] : undefined;
  for (let i = 0; s && i < 4; i++) {
    if ((globalRegistry.get(s) as { format?: string } | undefined)?.format === 'date') return true;
    const inner = defOf(s).innerType;
    s = inner;
  }
  return false;
}

/** The keys a mapping at `path` may have. */
export function keysAt(schema: z.ZodType, path: readonly Key[]): string[] {
  const s = schemaAt(schema, path);
  const d = s && defOf(s);
  return d?.type === 'object' && d.shape ? Object.keys(d.shape) : [];
}

function valueAt(raw: unknown, path: readonly Key[]): unknown {
  let v = raw;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<Key, unknown>)[k];
  }
  return v;
}

function label(path: readonly Key[]): string {
  const names = path.filter((k): k is string => typeof k === 'string');
  return names.length ? names.join('.') : 'this entry';
}

function typeName(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a block of fields';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return 'true/false';
  return typeof v;
}

const EXPECTED: Record<string, string> = {
  string: 'text', number: 'a number', boolean: 'true or false', array: 'a list (entries starting with "- ")',
  object: 'a block of fields (indented key: value lines)',
};

export function describeIssue(issue: Issue, raw: unknown, schemaOrKeys: z.ZodType | string[]): string {
  const path = issue.path as Key[];
  const field = label(path);
  const value = valueAt(raw, path);
  if (path[path.length - 1] === 'year_group' && issue.code !== 'unrecognized_keys' && value !== undefined) {
    return `year_group is ${typeof value === 'string' ? `"${value}"` : String(value)}: use R or a number from 1 to 13.`;
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0].length > 40 ? `${issue.keys[0].slice(0, 40)}…` : issue.keys[0];
      const allowed = Array.isArray(schemaOrKeys) ? schemaOrKeys : keysAt(schemaOrKeys, path);
      const guess = nearest(issue.keys[0], allowed);
      const where = path.length ? ` in ${label(path)}` : '';
      return guess
        ? `Unknown key "${key}"${where}: did you mean "${guess}"?`
        : `Unknown key "${key}"${where}: the keys allowed here are ${allowed.join(', ')}.`;
    }
    case 'invalid_type': {
      if (value === undefined) return `${field} is missing: it is required here.`;
      if (path[path.length - 1] === 'pupil' && typeof value === 'number') {
        return 'The pupil reference was read as a number: put it in quotes (for example pupil: "0042") so it is kept exactly as written.';
      }
      if (issue.expected === 'boolean' && typeof value === 'string') return `${field} must be true or false, not "${value}".`;
      if (issue.expected === 'string' && !Array.isArray(schemaOrKeys) && isDateField(schemaOrKeys, path)) {
        return `${field} is ${typeName(value)}: write the date as YYYY-MM-DD, e.g. 2025-10-06.`;
      }
      if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        return `${field} is ${typeName(value)} but should be text: put the value in quotes.`;
      }
      return `${field} is ${typeName(value)} but should be ${EXPECTED[issue.expected] ?? issue.expected}.`;
    }
    case 'invalid_value': {
      const choices = issue.values.map(String);
      if (value === undefined) return `${field} is missing: it is required here (${choices.join(', ')}).`;
      const guess = typeof value === 'string' ? nearest(value, choices) : undefined;
      return `${field} is "${String(value)}", which is not one of ${choices.join(', ')}${guess ? `: did you mean "${guess}"?` : '.'}`;
    }
    case 'invalid_union':
      if (path[path.length - 1] === 'urn') return `urn is ${typeName(value)}: write the 6-digit URN, e.g. urn: 123456.`;
      return `${field} is ${typeName(value)}, which is not allowed here.`;
    default:
      return `${field}: ${issue.message}.`;
  }
}
