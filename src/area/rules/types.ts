// What an area rule is: a small pure function of the schools' records, the as-of date and the area's
// thresholds, returning what it found. It never reads files or prints.
import type { DataPath, Severity } from '../../findings.js';
import type { PlacementFile } from '../../load/placement-file.js';
import type { Thresholds } from '../../model/config.js';
import type { AreaProvider } from '../providers.js';
import type { AreaSchool } from '../schools.js';

export interface AreaRuleContext {
  readonly schools: readonly AreaSchool[];
  readonly providers: readonly AreaProvider[];
  readonly asOf: string;
  readonly thresholds: Thresholds;
  readonly registrationLaw: 'esa-2008' | 'cwsa-2026';
}

/** One finding of an area rule: said once on area.yaml and once in each school file involved. */
export interface AreaReport {
  message: string;
  /** Where in area.yaml (default: the top of the file). */
  areaPath?: DataPath;
  /** The school files involved, and the node in each. */
  places: { school: AreaSchool; file: PlacementFile; path: DataPath; key?: boolean }[];
}

export interface AreaRule {
  id: string;
  defaultSeverity: Severity;
  /** The law or guidance, by name. */
  sources: readonly string[];
  /** One line: when it fires (thresholds by name). */
  description: string;
  check(ctx: AreaRuleContext): AreaReport[];
}
