// For people: grouped by file, `line:col  severity  message  rule-id`, a summary line and the counts.
import { Chalk } from 'chalk';
import type { Formatter } from './types.js';
import { countsSentence, plural } from '../model/wording.js';
import { englishDate } from '../model/dates.js';
import { printable } from './escape.js';

export const stylish: Formatter = (input) => {
  const c = new Chalk({ level: input.color ? 1 : 0 });
  const out: string[] = [];
  let errors = 0,
    warnings = 0,
    suppressed = 0,
    filesWithProblems = 0;
  for (const file of input.files) {
    suppressed += file.suppressed.length;
    if (!file.findings.length) continue;
    filesWithProblems++;
    out.push(c.underline(printable(file.displayPath)));
    const rows = file.findings.map((f) => [
      `${f.line}:${f.column}`,
      f.severity === 'error' ? 'error' : 'warning',
      printable(f.message),
      printable(f.ruleId),
    ]);
    // A loop, not Math.max(...): a spread of 100,000s of arguments overflows the call stack.
    let w0 = 0;
    for (const r of rows) if (r[0].length > w0) w0 = r[0].length;
    const w1 = 7;
    for (const [i, f] of file.findings.entries()) {
      const [pos, sev, msg, id] = rows[i];
      if (f.severity === 'error') errors++;
      else warnings++;
      const sevText = f.severity === 'error' ? c.red(sev.padEnd(w1)) : c.yellow(sev.padEnd(w1));
      out.push(`  ${c.dim(pos.padEnd(w0))}  ${sevText}  ${msg}  ${c.dim(id)}`);
    }
    out.push('');
  }
  const total = errors + warnings;
  const checked = plural(input.files.length, 'file');
  const hidden = input.hiddenWarnings;
  if (hidden !== undefined) {
    // --quiet lists errors only; it says how many warnings it left out rather than "0 warnings".
    const left = hidden ? ` (${plural(hidden, 'warning')} not shown: --quiet)` : '';
    out.push(
      errors
        ? c.red.bold(`✖ ${plural(errors, 'error')} in ${filesWithProblems} of ${checked}${left}.`)
        : c.green(`✔ No errors in ${checked}${left}.`),
    );
  } else if (total === 0) {
    out.push(c.green(`✔ No problems in ${checked}.`));
  } else {
    const line = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${filesWithProblems} of ${checked}.`;
    out.push(errors ? c.red.bold(line) : c.yellow.bold(line));
  }
  if (suppressed)
    out.push(
      c.dim(
        `${plural(suppressed, 'finding')} suppressed by ap-ready-disable comments (listed with their reasons in --format json or sarif).`,
      ),
    );
  out.push(`As of ${englishDate(input.asOf)}: ${countsSentence(input.counts)}`);
  return out.join('\n') + '\n';
};
