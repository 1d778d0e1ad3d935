// Runs the rules over all files, applies the config's severities, and sorts the findings.
import type { DataPath, Finding, Severity } from './findings.js';
import type { PlacementFile } from './load/placement-file.js';
import type { Config } from './model/config.js';
import type { GiasIndex } from './gias/reader.js';
import type { Rule, RuleContext } from './rules/types.js';
import { RULES } from './rules/index.js';
import { hasCurrentPartTime, inUse, isActive, pupilKey } from './rules/terms.js';
import { applySuppressions } from './suppress.js';

export interface Counts {
  /** Distinct pupils with an active placement. */
  pupils: number;
  send: number;
  ehcp: number;
  partTime: number;
  lookedAfter: number;
  providersRegistered: number;
  providersUnregistered: number;
}

export interface EngineOptions {
  asOf: string;
  config: Config;
  gias?: GiasIndex;
  /** The rules to run (default: all). */
  rules?: readonly Rule[];
}

export interface EngineResult {
  files: PlacementFile[];
  /** Every finding, sorted by file, line and column; suppressed ones carry `suppression`. */
  findings: Finding[];
  counts: Counts;
  asOf: string;
}

export function severityOf(rule: Rule, config: Config): Severity | 'off' {
  if (rule.fixed) return rule.defaultSeverity as Severity;
  return config.rules[rule.id] ?? rule.defaultSeverity;
}

export function runRules(files: PlacementFile[], options: EngineOptions): EngineResult {
  const { asOf, config } = options;
  const rules = options.rules ?? RULES;
  const findings: Finding[] = [];
  const byId = new Map(rules.map((r) => [r.id, r]));

  // The loader's own findings (yaml-syntax, schema, date-format), at their fixed severity.
  for (const file of files) {
    for (const f of file.fileFindings) {
      const rule = byId.get(f.ruleId);
      if (!rule) continue;
      const severity = severityOf(rule, config);
      if (severity === 'off') continue;
      findings.push({ ...f, ruleId: f.ruleId, severity, file: file.path });
    }
  }

  for (const rule of rules) {
    if (rule.fixed) continue;
    const severity = severityOf(rule, config);
    if (severity === 'off') continue;
    const seen = new Set<string>();
    const ctx: RuleContext = {
      files, asOf, config, thresholds: config.thresholds, gias: options.gias,
      report(file: PlacementFile, path: DataPath, message: string, opts?: { key?: boolean }) {
        const pos = file.at(path, opts);
        // "pupil P-0042 …" starts a sentence; a field name such as hours_per_week keeps its case.
        if (/^[a-z]+\b(?!_)/.test(message)) message = message.charAt(0).toUpperCase() + message.slice(1);
        // A quoted value (a provider's name, a field) is shown to at most 80 characters.
        if (message.length > 400) message = message.replace(/"([^"]{81,})"/g, (_, v: string) => `"${v.slice(0, 80)}…"`);
        // One condition, one finding: a rule that reaches the same node twice with the same words says it once.
        const key = `${file.path}\0${pos.line}\0${pos.column}\0${message}`;
        if (seen.has(key)) return;
        seen.add(key);
        findings.push({ ruleId: rule.id, severity, message, file: file.path, ...pos });
      },
    };
    rule.check(ctx);
  }

  findings.push(...applySuppressions(files, findings, byId, config));
  findings.sort(compareFindings);
  return { files, findings, counts: countPupils(files, asOf), asOf };
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1
    : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** The counts of rules.md: over active placements, distinct pupils. */
export function countPupils(files: readonly PlacementFile[], asOf: string): Counts {
  const pupils = new Set<string>(), send = new Set<string>(), ehcp = new Set<string>();
  const partTime = new Set<string>(), lookedAfter = new Set<string>();
  let providersRegistered = 0, providersUnregistered = 0;
  for (const file of files) {
    for (const { placement: p } of file.placements) {
      if (!isActive(p, asOf)) continue;
      const key = pupilKey(p.pupil);
      pupils.add(key);
      if (p.send === 'sen-support' || p.send === 'ehcp') send.add(key);
      if (p.send === 'ehcp') ehcp.add(key);
      if (hasCurrentPartTime(p, asOf)) partTime.add(key);
      if (p.looked_after) lookedAfter.add(key);
    }
    if (file.provider && inUse(file, asOf)) {
      if (file.provider.registration.status === 'registered') providersRegistered++;
      else providersUnregistered++;
    }
  }
  return {
    pupils: pupils.size, send: send.size, ehcp: ehcp.size, partTime: partTime.size, lookedAfter: lookedAfter.size,
    providersRegistered, providersUnregistered,
  };
}
