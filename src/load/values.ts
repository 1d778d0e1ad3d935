// Values quoted or named in a message, in words, without the schema library: what the date checks and the
// config's own checks say about a value (issues.ts words zod's findings with these too).

/**
 * A value as a message may quote it: text shortened to 80 characters, anything else named by its kind.
 * Never String(v) of a list or block, which would expand every alias in it (a 600-byte file, 172 MB of text).
 */
export function quoteValue(v: unknown): string {
  if (typeof v === 'string') {
    const cut = v.length > 80 ? `${v.slice(0, 80)}…` : v;
    return `"${cut.replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}"`;
  }
  if (typeof v === 'number' || typeof v === 'boolean')
    return typeName(v) === 'a number' || typeof v === 'boolean' ? String(v) : typeName(v);
  return typeName(v);
}

/** What kind of value a date field holds instead of a date, in words, never the value itself. */
export function dateValueKind(v: string): string {
  const t = v.trim();
  if (t === '') return 'empty';
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(t)) return 'a date written day first (DD/MM/YYYY)';
  if (/^\d{4}[/.]\d{1,2}[/.]\d{1,2}$/.test(t)) return 'a date written with / or . between its parts';
  if (/^\d{4}-\d{2}-\d{2}[T ]/.test(t)) return 'a date with a time';
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) return 'a number';
  return 'text';
}

export function typeName(v: unknown): string {
  if (v === null) return 'empty';
  if (typeof v === 'number' && Number.isNaN(v)) return 'not a number (.nan)';
  if (v === Infinity || v === -Infinity) return 'infinite (.inf, or a number too large to hold)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a block of fields';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return 'true/false';
  return typeof v;
}
