// Turns zod's issues into one plain-English sentence each, saying what to do.
import { globalRegistry, type z } from 'zod';

type Issue = z.core.$ZodIssue;
type Key = string | number;

// Kept in model/nearest.ts (no zod) so `ap-ready rules` can suggest a rule id without loading zod.
export { nearest } from '../model/nearest.js';
import { nearest } from '../model/nearest.js';
// In values.ts (no zod): the date checks and the config's messages quote values on the valid path too.
import { quoteValue, typeName } from './values.js';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(s: z.ZodType): z.ZodType {
  let d = defOf(s);
  while (
    (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'pipe') &&
    (d.innerType ?? d.in)
  ) {
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

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (entries starting with "- ")',
  object: 'a block of fields (indented key: value lines)',
  record: 'a block of "name: value" lines',
};

/**
 * A schema issue in plain words. `opts.echo` lets the config file's own settings be quoted back; a placement
 * file's values never are, since a value in the wrong field may be a pupil's personal details.
 */
export function describeIssue(
  issue: Issue,
  raw: unknown,
  schemaOrKeys: z.ZodType | string[],
  opts: { echo?: boolean } = {},
): string {
  const path = issue.path as Key[];
  const field = label(path);
  const value = valueAt(raw, path);
  if (path[path.length - 1] === 'year_group' && issue.code !== 'unrecognized_keys' && value !== undefined) {
    // An invalid value is never repeated: it may be personal data typed into the wrong field.
    return 'year_group is not a year group: use R or a number from 1 to 13.';
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = Array.isArray(schemaOrKeys) ? schemaOrKeys : keysAt(schemaOrKeys, path);
      const guess = nearest(issue.keys[0], allowed);
      const where = path.length ? ` in ${label(path)}` : '';
      const then = guess ? `did you mean "${guess}"?` : `the keys allowed here are ${allowed.join(', ')}.`;
      // The config's own settings may be quoted back; a key of a placement file or register never is (it
      // may be a child's name and date of birth typed as a key, or a line of whatever file was named).
      if (!opts.echo) return `This key${where} is not one ap-ready knows (the finding points at it): ${then}`;
      return `Unknown key ${quoteValue(issue.keys[0].length > 40 ? `${issue.keys[0].slice(0, 40)}…` : issue.keys[0])}${where}: ${then}`;
    }
    case 'invalid_type': {
      if (value === undefined) return `${field} is missing: it is required here.`;
      if (issue.expected === 'int' && typeof value === 'number') return `${field} must be a whole number.`;
      if (typeof value === 'number' && !Number.isFinite(value))
        return `${field} must be an ordinary number (not .inf or .nan).`;
      if (path[path.length - 1] === 'pupil' && typeof value === 'number') {
        return 'The pupil reference was read as a number: put it in quotes (for example pupil: "0042") so it is kept exactly as written.';
      }
      if (issue.expected === 'boolean' && typeof value === 'string')
        return `${field} must be true or false (without quotes), not text.`;
      if (issue.expected === 'number' && typeof value === 'number')
        return `${field} is ${typeName(value)}: write an ordinary number, e.g. 42.`;
      if (
        issue.expected === 'number' &&
        typeof value === 'string' &&
        /^[-+]?(\d[\d_]*)?\.?\d*[eE][-+]?\d+$/.test(value.trim())
      ) {
        return `${field} is a number written with an exponent (e.g. 1e400), which is read as text: write an ordinary number, e.g. 42.`;
      }
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
      return `${field} is ${opts.echo ? `${quoteValue(value)}, which is ` : ''}not one of ${choices.join(', ')}${guess ? `: did you mean "${guess}"?` : '.'}`;
    }
    case 'invalid_union':
      if (path[path.length - 1] === 'urn') return `urn is ${typeName(value)}: write the 6-digit URN, e.g. urn: 123456.`;
      return `${field} is ${typeName(value)}, which is not allowed here.`;
    case 'too_small':
    case 'too_big': {
      if (typeof value === 'number' && !Number.isFinite(value))
        return `${field} is ${typeName(value)}: write an ordinary number, e.g. 42.`;
      const i = issue as { origin?: string; minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean };
      if (i.origin === 'number') {
        return issue.code === 'too_small'
          ? `${field} is too small: it must be ${i.inclusive === false ? 'more than' : 'at least'} ${String(i.minimum)}.`
          : `${field} is too large: it must be ${i.inclusive === false ? 'less than' : 'at most'} ${String(i.maximum)}.`;
      }
      return `${field}: ${issue.message}.`;
    }
    default:
      return `${field}: ${issue.message.slice(0, 200)}.`;
  }
}

/**
 * The schema problems of a settings file (the config, an area file), one line each at its line and column
 * (`where`), an unknown key named one by one; with the parse result, for checks that need a valid file.
 */
export function settingsProblems<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  where: (path: (string | number)[], key: boolean) => string,
  opts: { echo?: boolean } = {},
): { problems: string[]; result: ReturnType<S['safeParse']> } {
  const problems: string[] = [];
  const result = schema.safeParse(raw) as ReturnType<S['safeParse']>;
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const k of keys) {
        const p = [...(issue.path as (string | number)[]), ...(k === undefined ? [] : [k])];
        const one = k === undefined ? issue : { ...issue, keys: [k] };
        problems.push(`${where(p, k !== undefined)}: ${describeIssue(one, raw, schema, opts)}`);
      }
    }
  }
  return { problems, result };
}
