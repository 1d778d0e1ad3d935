// Text from files (provider names, file names, values quoted in messages) must not reach a terminal or a
// CI log raw: an ANSI escape could paint a fake "All files pass ✔", a carriage return could overwrite a line,
// a newline could split one finding into two, and bidi controls could reorder what is read.
// Each such character is shown as a visible escape (\x1b, \n, \u202e) instead.

// C0 controls, DEL, C1 controls (together \p{Cc}), and the Unicode bidi and line/paragraph separators.
const UNSAFE = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `s` with every control character written as a visible escape. */
export function printable(s: string, opts: { keepLineBreaks?: boolean } = {}): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(s)) return s;
  return s.replace(
    UNSAFE,
    (c) =>
      (opts.keepLineBreaks && (c === '\n' || c === '\r') ? c : undefined) ??
      NAMED[c] ??
      (c.charCodeAt(0) <= 0xff
        ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
        : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}
