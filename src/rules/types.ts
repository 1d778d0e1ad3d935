// What a rule is: its metadata, its messages by id, and a check that reads the run and reports.
import type { Location } from '../model/findings.js';
import type { RuleMeta } from '../model/rule-meta.js';
import type { Run } from '../run.js';

export type { Source, RuleMeta } from '../model/rule-meta.js';

/** A rule's messages by id, each written as it should read (the engine does not recase them). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each message takes its own data shape; `unknown` or `never` would refuse every rule's messages or every call
export type Messages = Record<string, (data: any) => string>;

export interface RuleContext<M extends Messages = Messages> {
  /** The check being made: as-of date, calendar, thresholds, files, placements with their states… */
  readonly run: Run;
  /**
   * Reports the finding `messageId` at `location` (a YAML node by data path, or a file position).
   */
  report<K extends keyof M & string>(location: Location, messageId: K, data?: Parameters<M[K]>[0]): void;
}

export interface Rule<M extends Messages = Messages> extends RuleMeta {
  readonly messages: M;
  /**
   * Message ids whose findings are at most warnings, whatever the rule's severity: they rest on one of
   * ap-ready's own defaults (such as a renewal interval), not on a limit the law or guidance sets.
   */
  readonly atMostWarn?: readonly (keyof M & string)[];
  /**
   * Message ids whose findings are errors while the rule runs at its default severity: the worse of two
   * levels (attendance-low below attendance_severe_percent). A severity the school's config sets for the
   * rule holds for all its findings.
   */
  readonly raisedToError?: readonly (keyof M & string)[];
  check(ctx: RuleContext<M>): void;
}

/** Declares a rule with its message ids and their data checked against each `report` call. */
export const defineRule = <M extends Messages>(rule: Rule<M>): Rule => rule as unknown as Rule;
