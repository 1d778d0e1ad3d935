// GitHub Actions workflow commands: one `::error` or `::warning` line per finding, which GitHub shows as an
// annotation on that line of the pull request. Suppressed findings are left out (they are in sarif/json).
import { sep } from 'node:path';
import { pathFromRoot } from './paths.js';
import type { Finding } from '../model/findings.js';
import type { Formatter } from './types.js';
import { printable } from './escape.js'; // line breaks are kept: escapeData encodes them (%0A)

/** A command's message: %, CR and LF escaped (actions/toolkit's escapeData). */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A command's property value: as a message, and also : and , (actions/toolkit's escapeProperty). */
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(f: Finding, file: string): string {
  const props: [string, string | number | undefined][] = [
    ['file', file],
    ['line', f.line],
    ['col', f.column],
    ['endLine', f.endLine],
    ['endColumn', f.endColumn],
    ['title', f.ruleId],
  ];
  const list = props
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(printable(String(v), { keepLineBreaks: true }))}`)
    .join(',');
  return `::${f.severity === 'error' ? 'error' : 'warning'} ${list}::${escapeData(printable(f.message, { keepLineBreaks: true }))}`;
}

export const github: Formatter = (input) => {
  const lines: string[] = [];
  for (const file of input.files) {
    // GitHub wants the path from the repository root, wherever the check ran; outside a repository, as shown.
    const path = pathFromRoot(input.repoRoot, file.path) ?? file.displayPath.split(sep).join('/');
    for (const f of file.findings) lines.push(command(f, path));
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
