// JUnit XML for CI dashboards: one <testsuite> per checked file, one failing <testcase> per finding (its
// <failure> typed with the rule id), a skipped one per suppressed finding (with the reason), and one passing
// <testcase> for a file with nothing to report. Valid against the Jenkins xUnit plugin's JUnit schema, which
// allows `skipped` on each <testsuite> but not on <testsuites>.
import type { Finding } from '../model/findings.js';
import type { Formatter } from './types.js';

/** Characters XML 1.0 cannot hold at all (controls other than tab, LF, CR; lone surrogates; U+FFFE/FFFF). */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML 1.0 forbids
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(s: string): string {
  return s.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttr(s: string | number): string {
  return xmlText(String(s)).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

const attrs = (pairs: [string, string | number][]) => pairs.map(([k, v]) => ` ${k}="${xmlAttr(v)}"`).join('');

const where = (f: Finding) => `line ${f.line}, column ${f.column}`;

export const junit: Formatter = (input) => {
  const suites: string[] = [];
  let tests = 0, failures = 0;
  for (const file of input.files) {
    const cases: string[] = [];
    const name = file.displayPath;
    for (const f of file.findings) {
      const severity = f.severity === 'error' ? 'error' : 'warning';
      cases.push(`    <testcase${attrs([['classname', name], ['name', `${f.ruleId} at ${where(f)}`], ['time', 0]])}>\n`
        + `      <failure${attrs([['message', f.message], ['type', f.ruleId]])}>${xmlText(`${severity}: ${f.message}\n${name}:${f.line}:${f.column} (${f.ruleId})`)}</failure>\n`
        + '    </testcase>');
    }
    for (const f of file.suppressed) {
      cases.push(`    <testcase${attrs([['classname', name], ['name', `${f.ruleId} at ${where(f)}`], ['time', 0]])}>\n`
        + `      <skipped${attrs([['message', `Suppressed: ${f.suppression?.justification ?? ''}`]])}/>\n`
        + '    </testcase>');
    }
    if (file.findings.length === 0) {
      cases.push(`    <testcase${attrs([['classname', name], ['name', 'no problems'], ['time', 0]])}/>`);
    }
    const counts = { tests: cases.length, failures: file.findings.length, skipped: file.suppressed.length };
    tests += counts.tests; failures += counts.failures;
    suites.push(`  <testsuite${attrs([['name', name], ['tests', counts.tests], ['failures', counts.failures], ['errors', 0], ['skipped', counts.skipped], ['time', 0]])}>\n`
      + `${cases.join('\n')}\n  </testsuite>`);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n'
    + `<testsuites${attrs([['name', 'ap-ready'], ['tests', tests], ['failures', failures], ['errors', 0], ['time', 0]])}>\n`
    + (suites.length ? `${suites.join('\n')}\n` : '')
    + '</testsuites>\n';
};
