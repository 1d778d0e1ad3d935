// `ap-ready check`: lint placement files and print a report.
import { check, type CheckOptions, type CheckResult } from '../check.js';
import { ExitCode, UsageError, type Finding } from '../model/findings.js';
import { FORMATTERS } from '../report/index.js';
import type { ReportInput } from '../report/types.js';
import { RULES } from '../rules/index.js';
import { VERSION } from '../version.js';
import { plural } from '../model/wording.js';
import { writeAtomic } from '../write.js';
import { printable } from '../report/escape.js';
import { gitRoot } from '../report/paths.js';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface CheckCommandOptions extends CheckOptions {
  format?: string;
  output?: string;
  maxWarnings?: string | number;
  quiet?: boolean;
  color?: boolean;
}

export function reportInput(result: CheckResult, opts: { quiet?: boolean; color?: boolean; cwd?: string }): ReportInput {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const byFile = new Map<string, Finding[]>();
  let hiddenWarnings = 0;
  for (const f of result.findings) {
    if (opts.quiet && f.severity !== 'error') {
      if (!f.suppression) hiddenWarnings++;
      continue;
    }
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }
  return {
    files: result.checked.map((file) => {
      const all = byFile.get(file.path) ?? [];
      return { path: file.path, displayPath: file.displayPath, findings: all.filter((f) => !f.suppression), suppressed: all.filter((f) => f.suppression) };
    }),
    counts: result.counts,
    asOf: result.asOf,
    rules: RULES.map((r) => ({
      id: r.id, defaultSeverity: r.defaultSeverity, fixed: r.fixed, sources: r.sources,
      description: r.description(result.run.thresholds), severity: result.run.severity(r.id),
    })),
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
  if (!Number.isSafeInteger(n) || n < -1) throw new UsageError(`--max-warnings "${printable(String(value).slice(0, 40))}" is not a number of warnings: give 0 or more (for example --max-warnings 0), or -1 for no limit.`);
  return n === -1 ? undefined : n;
}

export async function runCheck(paths: string[], opts: CheckCommandOptions): Promise<{ text: string; exitCode: ExitCode; notice?: string }> {
  const format = opts.format ?? 'stylish';
  const formatter = FORMATTERS[format];
  if (!formatter) throw new UsageError(`--format "${format}" is not a format: use one of ${Object.keys(FORMATTERS).join(', ')}.`);
  const maxWarnings = parseMaxWarnings(opts.maxWarnings);
  const result = await check(paths, opts);
  const input = reportInput(result, { cwd: opts.cwd, quiet: opts.quiet, color: opts.color && !opts.output && format === 'stylish' });
  const text = formatter(input);
  const counted = input.files.flatMap((f) => f.findings);
  const errors = counted.filter((f) => f.severity === 'error').length;
  const warnings = counted.filter((f) => f.severity === 'warn').length;
  const tooMany = maxWarnings !== undefined && warnings > maxWarnings;
  const exitCode = errors > 0 || tooMany ? ExitCode.LintErrors : ExitCode.Ok;
  const notice = tooMany ? `ap-ready: ${plural(warnings, 'warning')}, more than --max-warnings ${maxWarnings} allows.` : undefined;
  if (opts.output) {
    // As ESLint does: -o reports/x.sarif makes reports/ when it is missing.
    try {
      mkdirSync(dirname(resolve(opts.cwd ?? process.cwd(), opts.output)), { recursive: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(`Cannot make the folder for ${opts.output}: ${code === 'EEXIST' || code === 'ENOTDIR' ? 'part of the path is a file, not a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message}. Choose another --output-file path.`);
    }
    writeAtomic(opts.output, text, { inputs: result.inputs, cwd: opts.cwd });
    return { text: '', exitCode, notice };
  }
  return { text, exitCode, notice };
}
