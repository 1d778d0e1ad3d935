// `ap-ready area <area.yaml>`: check every school of an area (or trust) and the area as a whole, and
// print the report in any of check's formats, with check's exit codes.
import { areaInputs } from '../area/inputs.js';
import { checkArea, AREA_RULES, areaSeverity, type AreaResult } from '../area/index.js';
import { UsageError, type Finding } from '../model/findings.js';
import { formatterFor } from '../report/index.js';
import type { ReportInput } from '../report/types.js';
import { RULES } from '../rules/index.js';
import { severityOf } from '../model/rule-meta.js';
import { DEFAULT_CONFIG } from '../model/config.js';
import { VERSION } from '../version.js';
import { printable } from '../report/escape.js';
import { finishReport, parseMaxWarnings } from './check.js';
import type { CommandResult } from './result.js';

export interface AreaCommandOptions {
  asOf?: string;
  cwd?: string;
  format?: string;
  output?: string;
  maxWarnings?: string | number;
  quiet?: boolean;
  color?: boolean;
  /** --config: refused, because each school is checked with its own config. */
  configPath?: string;
  /** --gias: a GIAS extract every school's URNs are checked against (else each school's own config's). */
  giasPath?: string;
  /** --tables json|csv: the overview's tables instead of the findings, with no pupil reference. */
  tables?: string;
  env?: NodeJS.ProcessEnv;
}

export function areaReportInput(result: AreaResult, opts: { quiet?: boolean; color?: boolean }): ReportInput {
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (opts.quiet && f.severity !== 'error') continue;
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }
  const areaRules = AREA_RULES.map((r) => ({
    id: r.id,
    defaultSeverity: r.defaultSeverity,
    sources: r.sources,
    description: r.description(result.thresholds),
    severity: areaSeverity(r, result.area),
  }));
  return {
    files: result.files.map((file) => {
      const all = byFile.get(file.path) ?? [];
      return { ...file, findings: all.filter((f) => !f.suppression), suppressed: all.filter((f) => f.suppression) };
    }),
    counts: result.counts,
    asOf: result.asOf,
    // Schools set their own severities; the list shows the defaults for the school rules.
    rules: [
      ...RULES.map((r) => ({
        id: r.id,
        defaultSeverity: r.defaultSeverity,
        fixed: r.fixed,
        sources: r.sources,
        description: r.description(DEFAULT_CONFIG.thresholds),
        severity: severityOf(r, DEFAULT_CONFIG.rules),
      })),
      ...areaRules,
    ],
    color: opts.color ?? false,
    version: VERSION,
  };
}

export async function runArea(areaPath: string | undefined, opts: AreaCommandOptions): Promise<CommandResult> {
  if (!areaPath) throw new UsageError('area needs the area file: ap-ready area area.yaml');
  if (opts.configPath)
    throw new UsageError(
      'area checks each school with its own ap-ready.config.yaml, so --config cannot be used: set area-wide thresholds and area rules in the area file instead.',
    );
  // The command line gives its own folder; a test calling the command directly may leave it to the process's.
  const cwd = opts.cwd ?? process.cwd();
  const format = opts.format ?? 'stylish';
  const formatter = formatterFor(format);
  const maxWarnings = parseMaxWarnings(opts.maxWarnings);
  if (opts.giasPath) {
    const { existsSync } = await import('node:fs');
    const path = await import('node:path');
    if (!existsSync(path.resolve(cwd, opts.giasPath)))
      throw new UsageError(
        `The GIAS file ${opts.giasPath} given to --gias does not exist: check the path, or leave --gias out to use each school's own.`,
      );
  }
  if (opts.tables !== undefined && !['json', 'csv'].includes(opts.tables))
    throw new UsageError(`--tables "${opts.tables}" is not a tables format: use json or csv.`);
  const result = await checkArea(areaPath, { asOf: opts.asOf, cwd: opts.cwd, giasPath: opts.giasPath, env: opts.env });
  const input = areaReportInput(result, {
    quiet: opts.quiet,
    color: opts.color && !opts.output && format === 'stylish',
  });
  const inputs = areaInputs(result);
  if (opts.tables) {
    const { areaTablesText } = await import('./area-tables.js');
    return finishReport(input, areaTablesText(result, opts.tables), maxWarnings, {
      output: opts.output,
      cwd,
      inputs,
    });
  }
  let text = formatter(input);
  if (format === 'stylish' && !opts.quiet) {
    const n = result.schools.length,
      left = result.leftOut.length;
    text += `Area ${printable(result.area.data.area.name)}: ${n} ${n === 1 ? 'school' : 'schools'} checked${left ? `, ${left} left out (see ${result.area.displayPath})` : ''}; ${result.providers.length} providers matched across schools.\n`;
  }
  return finishReport(input, text, maxWarnings, { output: opts.output, cwd, inputs });
}
