// `ap-ready check`: lint placement files and print a report.
import { check, type CheckOptions, type CheckResult } from '../check.js';
import type { ReportInput } from '../report/types.js';
import { isBuiltInFormat, loadFormatModule } from './format-module.js';
import {
  finishReport,
  formatterFor,
  parseMaxWarnings,
  present,
  reportInputFrom,
  type CheckOutcome,
  type Presented,
  type PresentOptions,
} from './check-report.js';

export { finishReport, parseMaxWarnings };

export interface CheckCommandOptions extends CheckOptions, PresentOptions {
  cwd: string;
  /** Called with the outcome of a run that completed, before it is reported (the CLI's --cache stores it). */
  onOutcome?: (outcome: CheckOutcome) => void;
}

/** The check's result as plain data: what a report is made from, and what --cache stores. */
export function outcomeOf(result: CheckResult): CheckOutcome {
  return {
    checked: result.checked.map((f) => ({ path: f.path, displayPath: f.displayPath })),
    findings: result.findings,
    counts: result.counts,
    asOf: result.asOf,
    // The run's rules, in the catalogue's order (the run holds them as it was given them).
    rules: [...result.run.rules.values()].map((r) => ({
      id: r.id,
      defaultSeverity: r.defaultSeverity,
      fixed: r.fixed,
      sources: r.sources,
      description: r.description(result.run.thresholds),
      severity: result.run.severity(r.id),
    })),
    inputs: result.inputs ?? [],
    reads: result.reads,
  };
}

export function reportInput(result: CheckResult, opts: { quiet?: boolean; color?: boolean; cwd: string }): ReportInput {
  return reportInputFrom(outcomeOf(result), opts);
}

export async function runCheck(paths: string[], opts: CheckCommandOptions): Promise<Presented> {
  // Usage mistakes in the report options are reported before any file is read (a formatter module is loaded).
  if (isBuiltInFormat(opts.format)) formatterFor(opts.format);
  else await loadFormatModule(opts.format!, opts.cwd);
  parseMaxWarnings(opts.maxWarnings);
  const outcome = outcomeOf(await check(paths, opts));
  opts.onOutcome?.(outcome);
  return present(outcome, opts);
}
