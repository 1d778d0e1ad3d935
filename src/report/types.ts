// What every formatter gets: the check's result, already filtered for --quiet.
import type { Counts } from '../model/counts.js';
import type { Finding } from '../model/findings.js';
import type { RuleMeta } from '../model/rule-meta.js';

export interface ReportFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the working folder, for people. */
  displayPath: string;
  /** Findings in this file that count (not suppressed), sorted. */
  findings: Finding[];
  /** Findings an inline directive suppressed, with its justification. */
  suppressed: Finding[];
}

export interface ReportInput {
  files: ReportFile[];
  counts: Counts;
  asOf: string;
  /** Every rule's metadata (for SARIF's rule list and help texts). */
  rules: readonly ReportRule[];
  color: boolean;
  version: string;
  /** With --quiet: how many warnings were left out, so no summary says "0 warnings" when there were some. */
  hiddenWarnings?: number;
  /** The folder the check ran in (absolute). */
  cwd?: string;
  /** The git repository holding cwd, if any: CI servers want paths from its root. */
  repoRoot?: string;
}

/**
 * A report's text from the result. `chunks`, where a format has it, gives the same text in pieces, for the
 * command line to write one after another: a report of 10,000 files is 50 MB, and one string of it (two bytes
 * a character once any message holds a dash) took 100 MB more at the end of the largest checks.
 */
export type Formatter = ((input: ReportInput) => string) & { chunks?: (input: ReportInput) => Iterable<string> };

/** A rule as the reports describe it: its description worded with the thresholds in force, and its severity. */
export interface ReportRule extends Omit<RuleMeta, 'description' | 'thresholds'> {
  description: string;
  severity: 'error' | 'warn' | 'off';
}
