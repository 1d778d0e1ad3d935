// One check, worked out once: the as-of date, the school calendar, the thresholds, each rule's severity
// and every placement's state. The rules, the engine, suppressions, formatters and documents all read
// this object instead of passing the as-of date and the config from helper to helper.
//
// It grows by fields: a pupil register, attendance records and an area view over many schools each add
// what they read here, and add the files they checked to `checked` (so every formatter lists them).
import type { Config, Thresholds } from './model/config.js';
import type { CheckedFile, Severity } from './model/findings.js';
import { Calendar } from './model/calendar.js';
import { placementState, type PlacementRecord, type PlacementState } from './model/placement.js';
import { severityOf, type RuleMeta } from './model/rule-meta.js';
import type { Placement, Provider } from './model/schema.js';
import type { PlacementFile } from './load/placement-file.js';
import type { GiasIndex } from './gias/reader.js';

export interface ProviderItem {
  file: PlacementFile;
  provider: Provider;
  /** Whether the provider has an active or upcoming placement on the as-of date. */
  inUse: boolean;
}

export interface PlacementItem {
  file: PlacementFile;
  /** The provider block, when it is valid. */
  provider: Provider | undefined;
  record: PlacementRecord;
  placement: Placement;
  state: PlacementState;
  /** Data path of this placement in its file. */
  at: (string | number)[];
}

export interface Run {
  /** YYYY-MM-DD: every date rule judges as of this day. */
  readonly asOf: string;
  readonly config: Config;
  readonly thresholds: Thresholds;
  /** School days and term time from the config's term dates. */
  readonly calendar: Calendar;
  /** The GIAS extract, when one was given. */
  readonly gias?: GiasIndex;
  /** The placement files (every one checked, readable or not). */
  readonly files: readonly PlacementFile[];
  /** Every file checked, in order: placement files first; other kinds of file add themselves here. */
  readonly checked: CheckedFile[];
  /** Every valid placement, with its state on the as-of date, in file order. */
  readonly placements: readonly PlacementItem[];
  /** Every valid provider block, with whether it is in use. */
  readonly providers: readonly ProviderItem[];
  /** The severity in force for a rule id ('off' also for an unknown id). */
  severity(ruleId: string): Severity | 'off';
  /** The rules of this run, by id. */
  readonly rules: ReadonlyMap<string, RuleMeta>;
}

export interface RunOptions {
  asOf: string;
  config: Config;
  gias?: GiasIndex;
  /** The rules whose severities the run resolves. */
  rules: readonly RuleMeta[];
}

export function createRun(files: readonly PlacementFile[], options: RunOptions): Run {
  const { asOf, config } = options;
  const placements: PlacementItem[] = [];
  const providers: ProviderItem[] = [];
  for (const file of files) {
    let inUse = false;
    for (const record of file.placements) {
      const state = placementState(record.placement, asOf);
      if (state !== 'ended') inUse = true;
      placements.push({ file, provider: file.provider, record, placement: record.placement, state, at: ['placements', record.index] });
    }
    if (file.provider) providers.push({ file, provider: file.provider, inUse });
  }
  const rules = new Map(options.rules.map((r) => [r.id, r]));
  const severities = new Map(options.rules.map((r) => [r.id, severityOf(r, config.rules)]));
  return {
    asOf, config, thresholds: config.thresholds, calendar: new Calendar(config.term_dates), gias: options.gias,
    files, checked: [...files], placements, providers, rules,
    severity: (id) => severities.get(id) ?? 'off',
  };
}
