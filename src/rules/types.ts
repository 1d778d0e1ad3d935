// What a rule is: a small pure function of the parsed records, the config and the as-of date.
import type { DataPath, FileLocation, Severity } from '../findings.js';
import type { AttendanceRecords } from '../attendance/read.js';
import type { PlacementFile } from '../load/placement-file.js';
import type { Config, SeveritySetting, Thresholds } from '../model/config.js';
import type { GiasIndex } from '../gias/reader.js';

export type Source = 'VNS' | 'APG' | 'OFS' | 'KCSIE' | 'ATT' | 'REG' | 'OSD' | 'VNS (planned)' | 'VNS (as the seed reads it)' | 'VNS (DfE, 2025)' | 'seed 000' | 'data protection' | '—';

export interface RuleMeta {
  /** Stable kebab-case id (rules.md). */
  id: string;
  defaultSeverity: SeveritySetting;
  /** yaml-syntax, schema and date-format: their severity cannot be changed and they cannot be suppressed. */
  fixed?: boolean;
  /** Source tags, as in rules.md. */
  sources: readonly Source[];
  /** One line: when it fires. */
  description: string;
}

export interface RuleContext {
  /** Every file checked; rules look only at `file.provider` and `file.placements` (the valid blocks). */
  readonly files: readonly PlacementFile[];
  readonly asOf: string;
  readonly config: Config;
  readonly thresholds: Thresholds;
  /** The GIAS extract, when one was given (`--gias` or config). */
  readonly gias?: GiasIndex;
  /**
   * Reports a finding about the node at `path` in `file` (or its nearest parent when absent). `severity` is
   * the finding's own level for a rule with two (attendance-low); a severity set in the config wins.
   */
  report(file: PlacementFile, path: DataPath, message: string, opts?: { key?: boolean; severity?: Severity }): void;
  /** The attendance records (attendance/*.csv), when the folder exists. */
  readonly attendance?: AttendanceRecords;
  /** Reports a finding at a line and column of a file that is not a placement file (a CSV mark). */
  reportAt(at: FileLocation, message: string): void;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}
