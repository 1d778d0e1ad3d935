// Runs the rules over a run, at the severities the run resolved, applies suppressions, and sorts the findings.
import type { Finding, Location, Severity } from './model/findings.js';
import type { Counts } from './model/counts.js';
import { capQuoted, thousands } from './model/wording.js';
import { pupilFacts } from './model/pupil-facts.js';
import type { PlacementFile } from './load/placement-file.js';
import { yamlFiles, type Run } from './run.js';
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

/** Findings of one rule listed for one file that is not YAML (an attendance CSV); past it, one finding says so. */
export const MAX_FINDINGS_PER_FILE = 1000;

/**
 * A rule's `report`: turns a location, a message id and its data into a finding at `severity`. The school
 * check and the area check (src/area/) both report through this, so a finding is made one way.
 */
export function reporter(
  rule: Pick<Rule, 'id' | 'messages' | 'atMostWarn' | 'raisedToError'>,
  severity: Severity,
  findings: Finding[],
  configured = false,
): RuleContext['report'] {
  // One condition, one finding: a rule that reaches the same node twice with the same words says it once.
  // By file, then line and column, the messages said there (a long key of file, place and words cost more).
  const seen = new Map<string, Map<number | string, string[]>>();
  // Findings in a file that is not YAML (an attendance CSV of millions of rows) are capped per file: one
  // mistake on every row would otherwise make millions of findings, past what any report can hold.
  const inCsv = new Map<string, number>();
  return (location: Location, messageId: string, data?: unknown) => {
    if (typeof location.file === 'string') {
      const n = (inCsv.get(location.file) ?? 0) + 1;
      inCsv.set(location.file, n);
      if (n > MAX_FINDINGS_PER_FILE) {
        if (n === MAX_FINDINGS_PER_FILE + 1) {
          const { file, line, column } = location as Extract<Location, { file: string }>;
          findings.push({
            ruleId: rule.id,
            severity: findingSeverity(rule, messageId, severity, configured),
            file,
            line,
            column,
            message: `More than ${thousands(MAX_FINDINGS_PER_FILE)} rows of this file have findings of this rule; only the first ${thousands(MAX_FINDINGS_PER_FILE)} are listed. Fix those (often one mistake repeated on every row) and check again.`,
          });
        }
        return;
      }
    }
    const make = rule.messages[messageId];
    if (!make) throw new Error(`Rule ${rule.id} has no message "${messageId}".`);
    // Values are quoted to at most 80 characters, wherever a rule puts them in its words.
    const message = capQuoted(make(data));
    let file: string, pos: { line: number; column: number; endLine?: number; endColumn?: number };
    if (typeof location.file === 'string') {
      const l = location as Extract<Location, { file: string }>;
      file = l.file;
      pos = l;
    } else {
      const l = location as Extract<Location, { path: unknown }>;
      file = l.file.path;
      pos = l.file.at(l.path, { key: l.key });
    }
    let inFile = seen.get(file);
    if (!inFile) seen.set(file, (inFile = new Map<number | string, string[]>()));
    // One number for the place (a column past 2^23, only in an enormous CSV line, as text instead).
    const place = pos.column < 0x800000 ? pos.line * 0x800000 + pos.column : `${pos.line}:${pos.column}`;
    const said = inFile.get(place);
    if (said?.includes(message)) return;
    if (said) said.push(message);
    else inFile.set(place, [message]);
    const finding: Finding = {
      ruleId: rule.id,
      severity: findingSeverity(rule, messageId, severity, configured),
      message,
      messageId,
      file,
      line: pos.line,
      column: pos.column,
    };
    if (pos.endLine !== undefined) {
      finding.endLine = pos.endLine;
      finding.endColumn = pos.endColumn;
    }
    findings.push(finding);
  };
}

/**
 * The one place a finding's severity can differ from its rule's, both declared by the rule per message id:
 * `atMostWarn` (a message resting on one of ap-ready's own defaults, not a legal limit, is at most a
 * warning) and `raisedToError` (the worse of two levels, such as attendance-low below
 * attendance_severe_percent, is an error unless the school's config sets the rule's severity).
 */
export function findingSeverity(
  rule: Pick<Rule, 'atMostWarn' | 'raisedToError'>,
  messageId: string,
  severity: Severity,
  configured: boolean,
): Severity {
  if (severity === 'error' && rule.atMostWarn?.includes(messageId)) return 'warn';
  if (!configured && rule.raisedToError?.includes(messageId)) return 'error';
  return severity;
}

/** A rule's context: the run, and `report` at the run's severity for the rule. */
export function ruleContext(run: Run, rule: Rule, severity: Severity, findings: Finding[]): RuleContext {
  return { run, report: reporter(rule, severity, findings, run.config.rules[rule.id] !== undefined) };
}

export function runRules(run: Run, rules: readonly Rule[]): EngineResult {
  const findings: Finding[] = [];

  // The loader's own findings (yaml-syntax, schema, date-format), at their fixed severity.
  for (const file of yamlFiles(run)) {
    for (const f of file.fileFindings) {
      const severity = run.severity(f.ruleId);
      if (severity === 'off') continue;
      findings.push({ ...f, severity, file: file.path });
    }
  }

  let suppressionRule: Rule | undefined;
  for (const rule of rules) {
    if (rule.fixed) continue;
    if (rule.id === SUPPRESSION_INVALID) {
      suppressionRule = rule;
      continue;
    }
    const severity = run.severity(rule.id);
    if (severity === 'off') continue;
    rule.check(ruleContext(run, rule, severity, findings));
  }

  // Suppressions come last: only now is it known what each comment hides.
  const problems: Finding[] = [];
  const selfSeverity = run.severity(SUPPRESSION_INVALID);
  const quiet: RuleContext = { run, report: () => {} };
  applySuppressions(
    run,
    findings,
    suppressionRule && selfSeverity !== 'off' ? ruleContext(run, suppressionRule, selfSeverity, problems) : quiet,
  );
  findings.push(...problems);
  sortFindings(findings);
  return { files: run.files, checked: run.checked, findings, counts: countPupils(run), asOf: run.asOf, run };
}

/**
 * Sorts by file, then line, column and rule, comparing each file's rank instead of its path: thousands of
 * findings share a few hundred long paths, which comparing as text would go through character by character
 * at every step.
 */
export function sortFindings(findings: Finding[]): void {
  const rank = new Map<string, number>();
  for (const f of findings) rank.set(f.file, 0);
  [...rank.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).forEach((file, i) => rank.set(file, i));
  findings.sort((a, b) => rank.get(a.file)! - rank.get(b.file)! || compareInFile(a, b));
}

/** Within one file: by line, column and rule. */
function compareInFile(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Over active placements, distinct pupils; providers with an active or upcoming placement. */
export function countPupils(run: Run): Counts {
  let pupils = 0,
    send = 0,
    ehcp = 0,
    partTime = 0,
    lookedAfter = 0;
  for (const f of pupilFacts(run).values()) {
    pupils++;
    if (f.send) send++;
    if (f.ehcp) ehcp++;
    if (f.partTime) partTime++;
    if (f.lookedAfter) lookedAfter++;
  }
  let providersRegistered = 0,
    providersUnregistered = 0,
    unreadablePlacements = 0,
    unreadableFiles = 0;
  for (const file of run.files) {
    unreadablePlacements += file.unreadablePlacements;
    if (!file.parsed) unreadableFiles++;
  }
  for (const { provider, inUse } of run.providers) {
    if (!inUse) continue;
    if (provider.registration.status === 'registered') providersRegistered++;
    else providersUnregistered++;
  }
  return {
    pupils,
    send,
    ehcp,
    partTime,
    lookedAfter,
    providersRegistered,
    providersUnregistered,
    unreadablePlacements,
    unreadableFiles,
  };
}
