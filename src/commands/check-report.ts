// A check's outcome as plain data, and how it becomes a report: the text, the exit code, the file -o names.
// Kept apart from the check itself so a cached run (commands/check-cache.ts) prints without loading the rules,
// the schema library or a YAML parser.
import { resolve } from 'node:path';
import { ExitCode, UsageError, type Finding } from '../model/findings.js';
import type { Counts } from '../model/counts.js';
import { formatterFor } from '../report/index.js';
import type { ReportInput, ReportRule } from '../report/types.js';
import { plural } from '../model/wording.js';
import { VERSION } from '../version.js';
import { writeOutputFile } from '../io/output.js';
import { printable } from '../report/escape.js';
import { gitRoot } from '../report/paths.js';
import { isBuiltInFormat, loadFormatModule } from './format-module.js';
import type { CommandResult } from './result.js';
import type { Reads } from '../load/reads.js';

/** Everything a report is made from: plain data, so it can be stored and read back as JSON. */
export interface CheckOutcome {
  checked: { path: string; displayPath: string }[];
  findings: Finding[];
  counts: Counts;
  asOf: string;
  /** Every rule with its description worded with the thresholds in force, and its severity. */
  rules: ReportRule[];
  /** Every file the run read (absolute): -o may never name one of them. */
  inputs: string[];
  /** Everything the run looked at (files, folders, paths asked about): what `check --cache` keys on. */
  reads: Reads;
}

export interface PresentOptions {
  /**
   * Give the report as `chunks` (the command line writes them one after another) where the format can, instead
   * of one string: the json report of a large check is tens of megabytes.
   */
  stream?: boolean;
  format?: string;
  output?: string;
  maxWarnings?: string | number;
  quiet?: boolean;
  color?: boolean;
  /** The folder paths are relative to (the command line's own). */
  cwd: string;
}

export function reportInputFrom(
  outcome: CheckOutcome,
  opts: { quiet?: boolean; color?: boolean; cwd: string },
): ReportInput {
  const cwd = resolve(opts.cwd);
  const byFile = new Map<string, Finding[]>();
  let hiddenWarnings = 0;
  for (const f of outcome.findings) {
    if (opts.quiet && f.severity !== 'error') {
      if (!f.suppression) hiddenWarnings++;
      continue;
    }
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }
  return {
    files: outcome.checked.map((file) => {
      const all = byFile.get(file.path) ?? [];
      return {
        path: file.path,
        displayPath: file.displayPath,
        findings: all.filter((f) => !f.suppression),
        suppressed: all.filter((f) => f.suppression),
      };
    }),
    counts: outcome.counts,
    asOf: outcome.asOf,
    rules: outcome.rules,
    color: opts.color ?? false,
    version: VERSION,
    ...(opts.quiet ? { hiddenWarnings } : {}),
    cwd,
    repoRoot: gitRoot(cwd),
  };
}

export function parseMaxWarnings(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  // Digits only (and -1 for no limit): Number('') is 0 and Number('0x10') is 16, neither what anyone meant.
  const n = /^\s*-?\d+\s*$/.test(String(value)) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < -1)
    throw new UsageError(
      `--max-warnings "${printable(String(value).slice(0, 40))}" is not a number of warnings: give 0 or more (for example --max-warnings 0), or -1 for no limit.`,
    );
  return n === -1 ? undefined : n;
}

export { formatterFor };

/** A report: its text, or (present's `stream`) the same text in chunks; the exit code; the --max-warnings notice on stderr. */
export type Presented = CommandResult;

/** The report of an outcome; --format may name a formatter module (commands/format-module.ts), loaded here. */
export async function present(outcome: CheckOutcome, opts: PresentOptions): Promise<Presented> {
  const format = opts.format ?? 'stylish';
  const maxWarnings = parseMaxWarnings(opts.maxWarnings);
  const input = reportInputFrom(outcome, {
    cwd: opts.cwd,
    quiet: opts.quiet,
    color: opts.color && !opts.output && format === 'stylish',
  });
  let text: string | Iterable<string>;
  if (isBuiltInFormat(format)) {
    const formatter = formatterFor(format);
    text = opts.stream && formatter.chunks ? formatter.chunks(input) : formatter(input);
  } else {
    text = await (await loadFormatModule(format, opts.cwd))(input);
  }
  return finishReport(input, text, maxWarnings, { output: opts.output, cwd: opts.cwd, inputs: outcome.inputs });
}

/**
 * The end of a report, for check and area alike: the exit code from the errors and --max-warnings, and the
 * text printed or written to -o (its folder made as ESLint does, never over one of the run's inputs).
 */
export function finishReport(
  input: ReportInput,
  text: string | Iterable<string>,
  maxWarnings: number | undefined,
  opts: { output?: string; cwd: string; inputs: readonly string[] },
): Presented {
  const counted = input.files.flatMap((f) => f.findings);
  const errors = counted.filter((f) => f.severity === 'error').length;
  // Warnings --quiet left out of the report still count against --max-warnings, as in ESLint 9: a CI line
  // `--quiet --max-warnings 0` fails on a warning even though it prints only errors.
  const hidden = input.hiddenWarnings ?? 0;
  const warnings = counted.filter((f) => f.severity === 'warn').length + hidden;
  const tooMany = maxWarnings !== undefined && warnings > maxWarnings;
  const exitCode = errors > 0 || tooMany ? ExitCode.LintErrors : ExitCode.Ok;
  const stderr = tooMany
    ? `ap-ready: ${plural(warnings, 'warning')}${hidden ? ` (${hidden} not shown with --quiet)` : ''}, more than --max-warnings ${maxWarnings} allows.\n`
    : '';
  if (!opts.output)
    return typeof text === 'string'
      ? { exitCode, stdout: text, stderr }
      : { exitCode, stdout: '', chunks: text, stderr };
  writeOutputFile(opts.output, text, { inputs: opts.inputs, cwd: opts.cwd });
  return { exitCode, stdout: '', stderr };
}
