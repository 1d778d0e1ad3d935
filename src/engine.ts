// Runs the rules over a run, at the severities the run resolved, applies suppressions, and sorts the findings.
import type { Finding, Location, Severity } from './model/findings.js';
import type { Counts } from './model/counts.js';
import { hasCurrentPartTime, pupilKey } from './model/placement.js';
import type { PlacementFile } from './load/placement-file.js';
import type { Run } from './run.js';
import type { Rule, RuleContext } from './rules/types.js';
import { SUPPRESSION_INVALID } from './rules/suppression-invalid.js';
import { applySuppressions } from './suppress.js';

export interface EngineResult {
  /** The placement files checked (the documents are made from these). */
  files: readonly PlacementFile[];
  /** Every file checked, of any kind, in order: the reports list one entry per file here. */
  checked: readonly { path: string; displayPath: string }[];
  /** Every finding, sorted by file, line and column; suppressed ones carry `suppression`. */
  findings: Finding[];
  counts: Counts;
  asOf: string;
  run: Run;
}

/** A rule's context: `report` turns a location, a message id and its data into a finding at the run's severity. */
export function ruleContext(run: Run, rule: Rule, severity: Severity, findings: Finding[]): RuleContext {
  // One condition, one finding: a rule that reaches the same node twice with the same words says it once.
  const seen = new Set<string>();
  return {
    run,
    report(location: Location, messageId: string, data?: unknown) {
      const make = rule.messages[messageId];
      if (!make) throw new Error(`Rule ${rule.id} has no message "${messageId}".`);
      const message = make(data);
      let file: string, pos;
      if (typeof location.file === 'string') {
        const l = location as Extract<Location, { file: string }>;
        file = l.file;
        pos = { line: l.line, column: l.column, ...(l.endLine !== undefined ? { endLine: l.endLine, endColumn: l.endColumn } : {}) };
      } else {
        const l = location as Extract<Location, { path: unknown }>;
        file = l.file.path;
        pos = l.file.at(l.path, { key: l.key });
      }
      const key = `${file}\0${pos.line}\0${pos.column}\0${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({ ruleId: rule.id, severity, message, messageId, file, ...pos });
    },
  };
}

export function runRules(run: Run, rules: readonly Rule[]): EngineResult {
  const findings: Finding[] = [];

  // The loader's own findings (yaml-syntax, schema, date-format), at their fixed severity.
  for (const file of run.files) {
    for (const f of file.fileFindings) {
      const severity = run.severity(f.ruleId);
      if (severity === 'off') continue;
      findings.push({ ...f, severity, file: file.path });
    }
  }

  let suppressionRule: Rule | undefined;
  for (const rule of rules) {
    if (rule.fixed) continue;
    if (rule.id === SUPPRESSION_INVALID) { suppressionRule = rule; continue; }
    const severity = run.severity(rule.id);
    if (severity === 'off') continue;
    rule.check(ruleContext(run, rule, severity, findings));
  }

  // Suppressions come last: only now is it known what each comment hides.
  const problems: Finding[] = [];
  const selfSeverity = run.severity(SUPPRESSION_INVALID);
  const quiet: RuleContext = { run, report: () => {} };
  applySuppressions(run, findings, suppressionRule && selfSeverity !== 'off' ? ruleContext(run, suppressionRule, selfSeverity, problems) : quiet);
  findings.push(...problems);
  findings.sort(compareFindings);
  return { files: run.files, checked: run.checked, findings, counts: countPupils(run), asOf: run.asOf, run };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1
    : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Over active placements, distinct pupils; providers with an active or upcoming placement. */
export function countPupils(run: Run): Counts {
  const pupils = new Set<string>(), send = new Set<string>(), ehcp = new Set<string>();
  const partTime = new Set<string>(), lookedAfter = new Set<string>();
  for (const { placement: p, state } of run.placements) {
    if (state !== 'active') continue;
    const key = pupilKey(p.pupil);
    pupils.add(key);
    if (p.send === 'sen-support' || p.send === 'ehcp') send.add(key);
    if (p.send === 'ehcp') ehcp.add(key);
    if (hasCurrentPartTime(p, run.asOf)) partTime.add(key);
    if (p.looked_after) lookedAfter.add(key);
  }
  let providersRegistered = 0, providersUnregistered = 0;
  for (const { provider, inUse } of run.providers) {
    if (!inUse) continue;
    if (provider.registration.status === 'registered') providersRegistered++;
    else providersUnregistered++;
  }
  return {
    pupils: pupils.size, send: send.size, ehcp: ehcp.size, partTime: partTime.size, lookedAfter: lookedAfter.size,
    providersRegistered, providersUnregistered,
  };
}
