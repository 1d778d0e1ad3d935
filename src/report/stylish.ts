// For people: grouped by file, `line:col  severity  message  rule-id`, a summary line and the counts.
import { Chalk } from 'chalk';
import type { Formatter } from './types.js';
import { countsSentence, plural } from '../model/wording.js';
import { englishDate } from '../model/dates.js';

export const stylish: Formatter = (input) => {
  const c = new Chalk({ level: input.color ? 1 : 0 });
  const out: string[] = [];
  let errors = 0, warnings = 0, suppressed = 0, filesWithProblems = 0;
  for (const file of input.files) {
    suppressed += file.suppressed.length;
    if (!file.findings.length) continue;
    filesWithProblems++;
    out.push(c.underline(file.displayPath));
    const rows = file.findings.map((f) => [`${f.line}:${f.column}`, f.severity === 'error' ? 'error' : 'warning', f.message, f.ruleId]);
    const w0 = Math.max(...rows.map((r) => r[0].length)), w1 = 7;
    for (const [i, f] of file.findings.entries()) {
      const [pos, sev, msg, id] = rows[i];
      if (f.severity === 'error') errors++; else warnings++;
      const sevText = f.severity === 'error' ? c.red(sev.padEnd(w1)) : c.yellow(sev.padEnd(w1));
      out.push(`  ${c.dim(pos.padEnd(w0))}  ${sevText}  ${msg}  ${c.dim(id)}`);
    }
    out.push('');
  }
  const total = errors + warnings;
  const checked = plural(input.files.length, 'file');
  if (total === 0) {
    out.push(c.green(`✔ No problems in ${checked}.`));
  } else {
    const line = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${filesWithProblems} of ${checked}.`;
    out.push(errors ? c.red.bold(line) : c.yellow.bold(line));
  }
  if (suppressed) out.push(c.dim(`${plural(suppressed, 'finding')} suppressed by ap-ready-disable comments (listed with their reasons in --format json or sarif).`));
  out.push(`As of ${englishDate(input.asOf)}: ${countsSentence(input.counts)}`);
  return out.join('\n') + '\n';
};
