// What the engine, the reports and the config need to know about a rule without running it.
import type { SeveritySetting, Thresholds } from './config.js';
import type { Severity } from './findings.js';
import type { SourceRef } from './sources.js';

/** The name of one threshold of the config (`thresholds:` in ap-ready.config.yaml or area.yaml). */
export type ThresholdName = keyof Thresholds;

/** A rule's source: a document of the sources table and the part of it the rule rests on. */
export type Source = SourceRef;

export interface RuleMeta {
  /** Stable kebab-case id. */
  id: string;
  defaultSeverity: SeveritySetting;
  /** yaml-syntax, schema and date-format: their severity cannot be changed and they cannot be suppressed. */
  fixed?: boolean;
  /** The law or guidance the rule rests on, with the part; empty for checks of the data itself. */
  sources: readonly Source[];
  /**
   * The thresholds its findings depend on (read by its check or its description): its page's Settings
   * section lists exactly these with their defaults, and the rule tester fails a rule that reads another.
   */
  thresholds: readonly ThresholdName[];
  /** One line: when it fires, with the thresholds in force. */
  description: (t: Thresholds) => string;
}

/** The rules whose findings the loader makes: a file that cannot be read or parsed, a shape, a date. */
export const FILE_RULE_IDS = ['yaml-syntax', 'schema', 'date-format'] as const;

/** A rule's severity under a config: fixed rules keep their default; otherwise the config's setting wins. */
export function severityOf(
  rule: Pick<RuleMeta, 'id' | 'defaultSeverity' | 'fixed'>,
  rules: Readonly<Record<string, SeveritySetting | undefined>>,
): Severity | 'off' {
  if (rule.fixed) return rule.defaultSeverity;
  return rules[rule.id] ?? rule.defaultSeverity;
}
