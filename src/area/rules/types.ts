// What an area rule is: the same shape as a school's rule (metadata, messages by id, a check that
// reports), read over many schools instead of one. Its context holds the area's view in place of a run;
// each school's own Run (from its check) is on `school.result.run`.
import type { DataPath, YamlDocument } from '../../model/findings.js';
import type { Thresholds } from '../../model/config.js';
import type { RuleMeta } from '../../model/rule-meta.js';
import type { Messages, RuleContext } from '../../rules/types.js';
import type { AreaProvider, UrnConflict } from '../providers.js';
import type { Directory } from '../directory.js';
import type { AreaSchool, LeftOut } from '../schools.js';

/** The area as the rules see it, worked out once per `checkArea()`. */
export interface AreaRun {
  readonly asOf: string;
  /** The area's thresholds (area.yaml's, over the defaults); each school keeps its own in its run. */
  readonly thresholds: Thresholds;
  readonly registrationLaw: 'esa-2008' | 'cwsa-2026';
  /** area.yaml's stale_after_days: a school's data (its last commit) older than this is a finding. */
  readonly staleAfterDays: number;
  /** area.yaml, where each area finding is said once. */
  readonly file: YamlDocument;
  /** The schools checked, in area.yaml's order. */
  readonly schools: readonly AreaSchool[];
  /** The schools that could not be checked. */
  readonly leftOut: readonly LeftOut[];
  /** Providers matched across schools. */
  readonly providers: readonly AreaProvider[];
  /** URNs that joined nothing, because their users (or GIAS) disagree on what they are. */
  readonly urnConflicts: readonly UrnConflict[];
  readonly directory?: Directory;
  /** URN → its successor's (GIAS links), when area.yaml names the links extract. */
  readonly successors?: ReadonlyMap<string, string>;
}

export interface AreaRuleContext<M extends Messages = Messages> {
  readonly area: AreaRun;
  /** As a school rule's `report`: a YAML node (area.yaml or a school file) or a file position. */
  report: RuleContext<M>['report'];
}

export interface AreaRule<M extends Messages = Messages> extends RuleMeta {
  readonly messages: M;
  check(ctx: AreaRuleContext<M>): void;
}

/** Declares an area rule with its message ids and their data checked against each `report` call. */
export const defineAreaRule = <M extends Messages>(rule: AreaRule<M>): AreaRule => rule;

/** A node in a school's file that an area finding is also said at. */
export interface Place {
  file: YamlDocument;
  path: DataPath;
  key?: boolean;
}

/** Says one finding on area.yaml (at `areaPath`) and at each school-file node involved. */
export function reportAcross<M extends Messages, K extends keyof M & string>(
  ctx: AreaRuleContext<M>,
  areaPath: DataPath,
  places: readonly Place[],
  messageId: K,
  data: Parameters<M[K]>[0],
): void {
  ctx.report({ file: ctx.area.file, path: areaPath }, messageId, data);
  for (const place of places) ctx.report(place, messageId, data);
}
