// JUnit XML for CI dashboards: one <testsuite> per checked file, one failing <testcase> per finding (its
// <failure> typed with the rule id), a skipped one per suppressed finding (with the reason), and one passing
// <testcase> for a file with nothing to report. Valid against the Jenkins xUnit plugin's JUnit schema, which
// allows `skipped` on each <testsuite> but not on <testsuites>.
import type { Finding } from '../model/findings.js';
import type { Formatter } from './types.js';

/** Characters XML 1.0 cannot hold at all (controls other than tab, LF, CR; lone surrogates; U+FFFE/FFFF). */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(s: string): string {
  return s.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttr(s: string | number): string {
  return xmlText(String(s))
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

const attrs = (pairs: [string, string | number][]) => pairs.map(([k, v]) => ` ${k}="${xmlAttr(v)}"`).join('');

/**
 * Each test's name: the rule and its message, without the line and column (which are in the failure's body),
 * so a finding that moves when lines are added above it stays the same test in a CI's history. The same
 * rule and message twice in one file are told apart by a count, in the order of the file.
 */
function testNames(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.ruleId}: ${f.message}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

export const junit: Formatter = (input) => {
  const suites: string[] = [];
  let tests = 0,
    failures = 0;
  for (const file of input.files) {
    const cases: string[] = [];
    const name = file.displayPath;
    const names = testNames([...file.findings, ...file.suppressed]);
    for (const [i, f] of file.findings.entries()) {
      const severity = f.severity === 'error' ? 'error' : 'warning';
      cases.push(
        `    <testcase${attrs([
          ['classname', name],
          ['name', names[i]],
          ['time', 0],
        ])}>\n` +
          `      <failure${attrs([
            ['message', f.message],
            ['type', f.ruleId],
          ])}>${xmlText(`${severity}: ${f.message}\n${name}:${f.line}:${f.column} (${f.ruleId})`)}</failure>\n` +
          '    </testcase>',
      );
    }
    for (const [i, f] of file.suppressed.entries()) {
      cases.push(
        `    <testcase${attrs([
          ['classname', name],
          ['name', names[file.findings.length + i]],
          ['time', 0],
        ])}>\n` +
          `      <skipped${attrs([['message', `Suppressed: ${f.suppression?.justification ?? ''}`]])}>${xmlText(`${name}:${f.line}:${f.column} (${f.ruleId})`)}</skipped>\n` +
          '    </testcase>',
      );
    }
    if (file.findings.length === 0) {
      cases.push(
        `    <testcase${attrs([
          ['classname', name],
          ['name', 'no problems'],
          ['time', 0],
        ])}/>`,
      );
    }
    const counts = { tests: cases.length, failures: file.findings.length, skipped: file.suppressed.length };
    tests += counts.tests;
    failures += counts.failures;
    suites.push(
      `  <testsuite${attrs([
        ['name', name],
        ['tests', counts.tests],
        ['failures', counts.failures],
        ['errors', 0],
        ['skipped', counts.skipped],
        ['time', 0],
      ])}>\n` + `${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites${attrs([
      ['name', 'ap-ready'],
      ['tests', tests],
      ['failures', failures],
      ['errors', 0],
      ['time', 0],
    ])}>\n` +
    (suites.length ? `${suites.join('\n')}\n` : '') +
    '</testsuites>\n'
  );
};
