// `ap-ready render <document> [paths...] -o FILE`: make a document from the placement files and write it
// atomically, so a failed render leaves any earlier file exactly as it was.
import { existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { areaInputs } from '../area/inputs.js';
import type { CheckOptions } from '../check.js';
import { ExitCode, UsageError } from '../model/findings.js';
import { DOCUMENTS, isDocument, render, type RenderFormat, type RenderResult, type Rendered } from '../render/index.js';
import { ruleById } from '../rules/index.js';
import { writeOutputFile } from '../io/output.js';
import { printable } from '../report/escape.js';
import type { PrinterSession } from '../render/printer/session.js';
import type { PhaseReporter } from '../render/phases.js';
import type { CommandResult } from './result.js';

export interface RenderCommandOptions extends CheckOptions {
  output?: string;
  format?: string;
  chrome?: string;
  quiet?: boolean;
  color?: boolean;
  /** --include-findings: put the open-issues box and each provider's and placement's findings in the document. */
  includeFindings?: boolean;
  /** --include-notes: print review notes in the placement records. */
  includeNotes?: boolean;
  env?: NodeJS.ProcessEnv;
  now?: Date;
  /** The printer session the command line opened first (render/printer/session.ts), for a PDF; it closes it. */
  session?: PrinterSession;
  /** --debug: where each phase's time is said. */
  phases?: PhaseReporter;
  /** render pupil --all: every pupil's case pack in one document. */
  all?: boolean;
  /** render governors --term autumn-2026. */
  term?: string;
}

/** stdout: what was written (not with --quiet); stderr: warnings, or why the document was refused. */
export interface RenderCommandResult extends CommandResult {
  rendered?: RenderResult;
}

const EXTENSIONS: Record<string, RenderFormat> = { '.html': 'html', '.htm': 'html', '.pdf': 'pdf' };

/** --format, else the output file's extension; anything else is a mistake the user can fix (exit 2). */
export function formatFor(output: string, format: string | undefined): { format: RenderFormat; warning?: string } {
  const byExtension = EXTENSIONS[extname(output).toLowerCase()];
  if (format !== undefined) {
    if (format !== 'html' && format !== 'pdf')
      throw new UsageError(`--format "${format}" is not a document format: use --format html or --format pdf.`);
    const warning =
      byExtension && byExtension !== format
        ? `${output} ends in ${extname(output)}, but --format ${format} writes ${format === 'pdf' ? 'a PDF' : 'HTML'} into it.`
        : undefined;
    return { format, warning };
  }
  if (!byExtension) {
    throw new UsageError(
      `Cannot tell what to write from the name ${output}: end it in .pdf or .html (for example -o planning-call.pdf), or add --format pdf or --format html.`,
    );
  }
  return { format: byExtension };
}

export async function runRender(
  document: string,
  paths: string[],
  opts: RenderCommandOptions & { exactCounts?: boolean },
): Promise<RenderCommandResult> {
  if (document === 'area-overview') return runAreaRender(paths, opts);
  if (!isDocument(document))
    throw new UsageError(`"${document}" is not a document: use one of ${[...DOCUMENTS, 'area-overview'].join(', ')}.`);
  // render pupil REF [paths...]: the first argument is the pupil's reference, unless --all.
  let pupil: string | undefined;
  if (document === 'pupil' && !opts.all) {
    pupil = paths[0];
    paths = paths.slice(1);
    if (!pupil)
      throw new UsageError(
        "render pupil needs the pupil's reference: ap-ready render pupil P-0042 -o p-0042.pdf (or --all for every pupil).",
      );
  }
  if (document !== 'pupil' && opts.all)
    throw new UsageError("--all is for render pupil: every pupil's case pack in one document.");
  if (document !== 'governors' && opts.term !== undefined)
    throw new UsageError('--term is for render governors: the term to report on, such as autumn-2026.');
  if (!opts.output)
    throw new UsageError(
      `render needs -o FILE: where to write the document, for example -o ${document}.pdf or -o ${document}.html.`,
    );
  const { format, warning } = formatFor(opts.output, opts.format);
  const cwd = opts.cwd ?? process.cwd();
  const target = resolve(cwd, opts.output);
  if (existsSync(target) && statSync(target).isDirectory())
    throw new UsageError(
      `Cannot write ${opts.output}: it is a folder. Give a file name, for example -o ${opts.output.replace(/[\\/]+$/, '')}/${document}.${format}.`,
    );

  // Named one by one: commander's options also hold `config` (the --config path), which is not a config object.
  const result = await render(document, paths, {
    format,
    cwd,
    asOf: opts.asOf,
    configPath: opts.configPath,
    giasPath: opts.giasPath,
    chrome: opts.chrome,
    env: opts.env,
    now: opts.now,
    session: opts.session,
    phases: opts.phases,
    includeFindings: opts.includeFindings,
    includeNotes: opts.includeNotes,
    pupil,
    allPupils: opts.all === true,
    term: opts.term,
  });
  if (result.status === 'refused') {
    const files = [...new Set(result.blocking.map((f) => f.displayPath))];
    const lines = result.blocking.map(
      (f) => `  ${printable(f.displayPath)}:${f.line}:${f.column}  ${f.ruleId}  ${printable(f.message)}`,
    );
    return {
      exitCode: ExitCode.LintErrors,
      stdout: '',
      stderr:
        `ap-ready: the ${document} document was not made: ${files.length === 1 ? `${files[0]} cannot` : `${files.length} files cannot`} be read in full, so providers or placements would be missing from it:\n` +
        `${lines.join('\n')}\nFix ${files.length === 1 ? 'this' : 'these'} (ap-ready check ${files.length === 1 ? 'shows it' : 'shows them'} too), then render again.${existsSync(target) ? ` ${opts.output} was left as it was.` : ''}\n`,
      rendered: result,
    };
  }
  // A missing output folder (out/ on a fresh clone) is made, as for every -o. Never over an input: the check's files and folders, and the school's templates folder (a partial, print.css).
  const templates = result.result.config.templates;
  writeOutputFile(opts.output, result.content, {
    inputs: [...(result.result.inputs ?? []), ...(templates ? [join(resolve(cwd, templates), '**')] : [])],
    cwd,
  });
  const warnings = [...(warning ? [warning] : []), ...result.warnings];
  const leftOut = leftOutErrors(result);
  const providers = 'providers' in result.view ? result.view.providers.length : undefined;
  const what = [
    result.pages !== undefined ? `${result.pages} ${result.pages === 1 ? 'page' : 'pages'}` : undefined,
    providers !== undefined ? `${providers} ${providers === 1 ? 'provider' : 'providers'}` : undefined,
    'pupils' in result.view
      ? `${result.view.pupils.length} ${result.view.pupils.length === 1 ? 'pupil' : 'pupils'}`
      : `${result.view.counts.pupils} ${result.view.counts.pupils === 1 ? 'pupil' : 'pupils'} in AP`,
    result.view.openIssues.count && result.view.findingsShown
      ? `${result.view.openIssues.count} open ${result.view.openIssues.count === 1 ? 'issue' : 'issues'}`
      : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    exitCode: ExitCode.Ok,
    stdout: opts.quiet ? '' : `Wrote ${opts.output} (${what}).\n`,
    // The errors left out of the document are errors: they are said even with --quiet.
    stderr: leftOut + (opts.quiet ? '' : warnings.map((w) => `ap-ready: warning: ${w}\n`).join('')),
    rendered: result,
  };
}

/** `ap-ready render area-overview area.yaml -o overview.pdf`: checks like `area`, then writes the document atomically. */
async function runAreaRender(
  paths: string[],
  opts: {
    output?: string;
    format?: string;
    asOf?: string;
    cwd?: string;
    chrome?: string;
    env?: NodeJS.ProcessEnv;
    now?: Date;
    quiet?: boolean;
    exactCounts?: boolean;
    session?: PrinterSession;
    configPath?: string;
    giasPath?: string;
  },
): Promise<CommandResult> {
  if (paths.length !== 1)
    throw new UsageError(
      'render area-overview needs one area file: ap-ready render area-overview area.yaml -o overview.pdf',
    );
  // As `area`: each school is checked with its own config, so --config has no meaning here.
  if (opts.configPath)
    throw new UsageError(
      'render area-overview checks each school with its own ap-ready.config.yaml, so --config cannot be used: set area-wide thresholds and area rules in the area file instead.',
    );
  if (opts.giasPath && !existsSync(resolve(opts.cwd ?? process.cwd(), opts.giasPath)))
    throw new UsageError(
      `The GIAS file ${opts.giasPath} given to --gias does not exist: check the path, or leave --gias out to use each school's own.`,
    );
  if (!opts.output)
    throw new UsageError(
      'render needs -o FILE: where to write the document, for example -o area-overview.pdf or -o area-overview.html.',
    );
  const { format, warning } = formatFor(opts.output, opts.format);
  const cwd = opts.cwd ?? process.cwd();
  const target = resolve(cwd, opts.output);
  if (existsSync(target) && statSync(target).isDirectory())
    throw new UsageError(
      `Cannot write ${opts.output}: it is a folder. Give a file name, for example -o ${opts.output.replace(/[\\/]+$/, '')}/area-overview.${format}.`,
    );
  const { renderAreaOverview } = await import('../render/area.js');
  const rendered = await renderAreaOverview(paths[0], {
    format,
    cwd,
    asOf: opts.asOf,
    chrome: opts.chrome,
    env: opts.env,
    now: opts.now,
    exactCounts: opts.exactCounts,
    session: opts.session,
    giasPath: opts.giasPath,
  });
  // The same -o as every command: missing folders made, never over the area file or a school's input.
  writeOutputFile(opts.output, rendered.content, { inputs: areaInputs(rendered.result), cwd });
  const what = [
    rendered.pages !== undefined ? `${rendered.pages} ${rendered.pages === 1 ? 'page' : 'pages'}` : undefined,
    `${rendered.result.schools.length} ${rendered.result.schools.length === 1 ? 'school' : 'schools'}`,
    `${rendered.view.summary.find((x) => x.label === 'Providers in use')?.value ?? 0} providers in use`,
  ]
    .filter(Boolean)
    .join(', ');
  const warnings = [...(warning ? [warning] : []), ...rendered.warnings];
  return {
    exitCode: ExitCode.Ok,
    stdout: opts.quiet ? '' : `Wrote ${opts.output} (${what}).\n`,
    stderr: opts.quiet ? '' : warnings.map((w) => `ap-ready: warning: ${w}\n`).join(''),
  };
}

/**
 * The errors a document for an inspector leaves out, for the person who made it: each by file, line, column
 * and rule, with the rule's description rather than its message, so no pupil's details reach the terminal
 * or a CI log; then one line saying where the full list is.
 */
function leftOutErrors(result: Rendered): string {
  if (result.view.findingsShown) return '';
  const byPath = new Map(result.result.checked.map((f) => [f.path, f.displayPath]));
  const errors = result.result.findings.filter((f) => f.severity === 'error' && !f.suppression);
  if (errors.length === 0) return '';
  const lines = errors.map((f) => {
    const rule = ruleById(f.ruleId);
    return `  ${byPath.get(f.file) ?? f.file}:${f.line}:${f.column}  ${f.ruleId}${rule ? `  ${rule.description(result.result.run.thresholds)}` : ''}\n`;
  });
  const n = errors.length;
  return (
    `ap-ready: ${n === 1 ? 'this error is' : `these ${n} errors are`} in the placement files:\n${lines.join('')}` +
    `ap-ready: warning: ${n} open ${n === 1 ? 'error is' : 'errors are'} not in the document: see \`ap-ready render findings\` (or add --include-findings to put ${n === 1 ? 'it' : 'them'} in).\n`
  );
}
