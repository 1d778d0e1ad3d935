// `ap-ready area <area.yaml>`: check every school of an area (or trust) and the area as a whole, and
// print the report in any of check's formats, with check's exit codes.
import { checkArea, AREA_RULES, AREA_SCHOOL_LEFT_OUT, areaSeverity, type AreaResult } from '../area/index.js';
import { ExitCode, UsageError, type Finding } from '../findings.js';
import { FORMATTERS } from '../report/index.js';
import type { ReportInput } from '../report/types.js';
import { RULES } from '../rules/index.js';
import { severityOf } from '../engine.js';
import { DEFAULT_CONFIG } from '../model/config.js';
import { VERSION } from '../version.js';
import { writeAtomic } from '../write.js';
import { parseMaxWarnings } from './check.js';

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
}

export function areaReportInput(result: AreaResult, opts: { quiet?: boolean; color?: boolean }): ReportInput {
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (opts.quiet && f.severity !== 'error') continue;
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }
  const areaRules = [AREA_SCHOOL_LEFT_OUT, ...AREA_RULES].map((r) => ({
    id: r.id, defaultSeverity: r.defaultSeverity, sources: r.sources, description: r.description, severity: areaSeverity(r, result.area),
  }));
  return {
    files: result.files.map((file) => {
      const all = byFile.get(file.path) ?? [];
      return { ...file, findings: all.filter((f) => !f.suppression), suppressed: all.filter((f) => f.suppression) };
    }),
    counts: result.counts,
    asOf: result.asOf,
    // Schools set their own severities; the list shows the defaults for the school rules.
    rules: [...RULES.map((r) => ({ ...r, severity: severityOf(r, DEFAULT_CONFIG) })), ...areaRules] as ReportInput['rules'],
    color: opts.color ?? false,
    version: VERSION,
  };
}

export async function runArea(areaPath: string | undefined, opts: AreaCommandOptions): Promise<{ text: string; exitCode: ExitCode; notice?: string }> {
  if (!areaPath) throw new UsageError('area needs the area file: ap-ready area area.yaml');
  if (opts.configPath) throw new UsageError('area checks each school with its own ap-ready.config.yaml, so --config cannot be used: set area-wide thresholds and area rules in the area file instead.');
  const format = opts.format ?? 'stylish';
  const formatter = FORMATTERS[format];
  if (!formatter) throw new UsageError(`--format "${format}" is not a format: use one of ${Object.keys(FORMATTERS).join(', ')}.`);
  const maxWarnings = parseMaxWarnings(opts.maxWarnings);
  if (opts.giasPath) {
    const { existsSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    if (!existsSync(resolve(opts.cwd ?? process.cwd(), opts.giasPath))) throw new UsageError(`The GIAS file ${opts.giasPath} given to --gias does not exist: check the path, or leave --gias out to use each school's own.`);
  }
  const result = await checkArea(areaPath, { asOf: opts.asOf, cwd: opts.cwd, giasPath: opts.giasPath });
  const input = areaReportInput(result, { quiet: opts.quiet, color: opts.color && !opts.output && format === 'stylish' });
  let text = formatter(input);
  if (format === 'stylish' && !opts.quiet) {
    const n = result.schools.length, left = result.leftOut.length;
    text += `Area ${result.area.data.area.name}: ${n} ${n === 1 ? 'school' : 'schools'} checked${left ? `, ${left} left out (see ${result.area.displayPath})` : ''}; ${result.providers.length} providers matched across schools.\n`;
  }
  const counted = input.files.flatMap((f) => f.findings);
  const errors = counted.filter((f) => f.severity === 'error').length;
  const warnings = counted.filter((f) => f.severity === 'warn').length;
  const tooMany = maxWarnings !== undefined && warnings > maxWarnings;
  const exitCode = errors > 0 || tooMany ? ExitCode.LintErrors : ExitCode.Ok;
  const notice = tooMany ? `ap-ready: ${warnings} warnings, more than --max-warnings ${maxWarnings} allows.` : undefined;
  if (opts.output) {
    writeAtomic(opts.output, text);
    return { text: '', exitCode, notice };
  }
  return { text, exitCode, notice };
}

/** `ap-ready render area-overview area.yaml -o overview.pdf`: checks like `area`, then writes the document atomically. */
export async function runAreaRender(paths: string[], opts: {
  output?: string; format?: string; asOf?: string; cwd?: string; chrome?: string; env?: NodeJS.ProcessEnv; now?: Date; quiet?: boolean; exactCounts?: boolean;
}): Promise<{ exitCode: ExitCode; stdout: string; stderr: string }> {
  const { formatFor } = await import('./render.js');
  const { existsSync, statSync } = await import('node:fs');
  const { dirname, resolve } = await import('node:path');
  if (paths.length !== 1) throw new UsageError('render area-overview needs one area file: ap-ready render area-overview area.yaml -o overview.pdf');
  if (!opts.output) throw new UsageError('render needs -o FILE: where to write the document, for example -o area-overview.pdf or -o area-overview.html.');
  const { format, warning } = formatFor(opts.output, opts.format);
  const cwd = opts.cwd ?? process.cwd();
  const target = resolve(cwd, opts.output);
  if (!existsSync(dirname(target))) throw new UsageError(`Cannot write ${opts.output}: the folder ${dirname(opts.output)} does not exist. Create it, or choose another -o path.`);
  if (existsSync(target) && statSync(target).isDirectory()) throw new UsageError(`Cannot write ${opts.output}: it is a folder. Give a file name, for example -o ${opts.output.replace(/[\\/]+$/, '')}/area-overview.${format}.`);
  const { renderAreaOverview } = await import('../area/render.js');
  const rendered = await renderAreaOverview(paths[0], { format, cwd, asOf: opts.asOf, chrome: opts.chrome, env: opts.env, now: opts.now, exactCounts: opts.exactCounts });
  writeAtomic(target, rendered.content);
  const what = [
    rendered.pages !== undefined ? `${rendered.pages} ${rendered.pages === 1 ? 'page' : 'pages'}` : undefined,
    `${rendered.result.schools.length} ${rendered.result.schools.length === 1 ? 'school' : 'schools'}`,
    `${rendered.view.providers.length} providers in use`,
  ].filter(Boolean).join(', ');
  const warnings = [...(warning ? [warning] : []), ...rendered.warnings];
  return {
    exitCode: ExitCode.Ok,
    stdout: opts.quiet ? '' : `Wrote ${opts.output} (${what}).\n`,
    stderr: opts.quiet ? '' : warnings.map((w) => `ap-ready: warning: ${w}\n`).join(''),
  };
}
