// What every formatter gets: the check's result, already filtered for --quiet.
import type { Counts } from '../engine.js';
import type { Finding } from '../findings.js';
import type { RuleMeta } from '../rules/types.js';

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
  rules: readonly (RuleMeta & { severity: 'error' | 'warn' | 'off' })[];
  color: boolean;
  version: string;
  /** The folder the check ran in (absolute). */
  cwd?: string;
  /** The git repository holding cwd, if any: CI servers want paths from its root. */
  repoRoot?: string;
}

export type Formatter = (input: ReportInput) => string;
