// `ap-ready due [paths...] [--within DAYS] [--format stylish|json|csv|ics] [-o FILE]`: every dated
// obligation overdue or due within the window, soonest first. The records are read as a check reads them
// (the same config, register and term dates); a file that cannot be read is said on stderr, since its
// dates cannot be listed.
import type { CommandResult } from './result.js';
import { check, type CheckOptions } from '../check.js';
import { ExitCode, UsageError } from '../model/findings.js';
import { dueWithin, obligations } from '../report/due.js';
import { csv, DUE_FORMATS, json, stylish, type DueFormat } from '../report/due-formats.js';
import { toIcs } from '../report/ics.js';
import { writeOutputFile } from '../io/output.js';

export interface DueOptions extends CheckOptions {
  /** The folder paths are relative to (the command line's own). */
  cwd: string;
  within?: string | number;
  format?: string;
  output?: string;
  quiet?: boolean;
  /** The moment the calendar is stamped with (default now). */
  now?: Date;
}

export const DEFAULT_WITHIN_DAYS = 28;

/** --within as whole days, 0 to 3660 (ten years): anything else is a mistake the user can fix. */
export function parseWithin(value: string | number | undefined): number {
  if (value === undefined) return DEFAULT_WITHIN_DAYS;
  const n = typeof value === 'number' ? value : /^\d{1,4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 3660)
    throw new UsageError(
      `within "${value}" is not a number of days: give a whole number from 0 to 3660, for example --within 28.`,
      'within',
    );
  return n;
}

export async function runDue(paths: string[], opts: DueOptions): Promise<CommandResult> {
  const within = parseWithin(opts.within);
  const format = (opts.format ?? 'stylish') as DueFormat;
  if (!DUE_FORMATS.includes(format))
    throw new UsageError(`format "${opts.format}" is not a due-list format: use stylish, json, csv or ics.`, 'format');
  if (format === 'ics' && !opts.output)
    throw new UsageError('--format ics writes a calendar file: give -o FILE, for example -o ap-due.ics.', 'output');
  const result = await check(paths, opts);
  const { run } = result;
  const list = dueWithin(obligations(run), within);
  const unread = run.files.filter((f) =>
    f.fileFindings.some((x) => x.ruleId === 'yaml-syntax' || x.ruleId === 'schema'),
  );
  const stderr = unread.length
    ? `ap-ready: warning: ${unread.length === 1 ? `${unread[0].displayPath} cannot` : `${unread.length} files cannot`} be read in full, so some dates may be missing from the list: run ap-ready check to see why.\n`
    : '';
  const text =
    format === 'json'
      ? json(list, run.asOf, within)
      : format === 'csv'
        ? csv(list)
        : format === 'ics'
          ? toIcs(list, {
              calendarName: `AP obligations${run.config.school?.name ? ` – ${run.config.school.name}` : ''}`,
              asOf: run.asOf,
              now: opts.now ?? new Date(),
            })
          : stylish(list, run.asOf, within);
  if (opts.output) {
    const cwd = opts.cwd;
    writeOutputFile(opts.output, text, { inputs: result.inputs, cwd });
    const n = list.length;
    return {
      stdout: opts.quiet
        ? ''
        : `Wrote ${opts.output} (${n} ${n === 1 ? 'obligation' : 'obligations'}, ${list.filter((o) => o.days < 0).length} overdue).\n`,
      stderr,
      exitCode: ExitCode.Ok,
    };
  }
  return { stdout: text, stderr, exitCode: ExitCode.Ok };
}
