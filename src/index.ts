// The library API: what `import { check } from 'ap-ready'` gives. The CLI is a thin layer over these.
// check() lints placement files (from disk, or from memory with { fs: memoryFs({...}) }) and returns every
// finding; format() turns the result into any of the CLI's report formats; render() makes a document.
// Nothing here prints or exits.
import type { CheckResult } from './check.js';
import { reportInput } from './commands/check.js';
import { formatterFor, type FormatName } from './report/index.js';

export { check, type CheckOptions, type CheckResult } from './check.js';
export {
  render,
  renderHtml,
  DOCUMENTS,
  type RenderOptions,
  type RenderResult,
  type Rendered,
  type Refused,
  type DocumentId,
} from './render/index.js';
// One browser for many documents (render's `printer` option): PdfPrinter.open(await findBrowser()), then close().
export { PdfPrinter } from './render/printer/pdf.js';
export { findBrowser, type BrowserChoice } from './render/printer/find-browser.js';
export type { DocumentView } from './render/views/types.js';
export type { PlacementFile } from './load/placement-file.js';
export { FORMATTERS } from './report/index.js';
export type { Formatter, ReportInput, ReportFile } from './report/types.js';
export { memoryFs, type FsLike } from './load/fs.js';
export { RULES, ruleById } from './rules/index.js';
export type { Rule, RuleMeta, Source } from './rules/types.js';
export { ExitCode, UsageError, type Finding, type Severity, type Position, type DataPath } from './model/findings.js';
export type { Counts } from './model/counts.js';
export type { Config, Thresholds } from './model/config.js';
export type { Provider, Placement, Session, QualityAssurance } from './model/schema.js';
export { VERSION } from './version.js';
// The command line as a function: `await execute(['check', 'placements'], { stdin, stdout, stderr, cwd, env })`
// resolves to the exit code (what `ap-ready` itself runs).
export { execute, type CliIO } from './execute.js';

export { FORMAT_NAMES, type FormatName } from './report/index.js';

/** A check's result as one of the CLI's report formats (the text `ap-ready check --format <name>` prints). */
export function format(
  result: CheckResult,
  name: FormatName,
  options: { quiet?: boolean; color?: boolean } = {},
): string {
  return formatterFor(name)(reportInput(result, { ...options, cwd: process.cwd() }));
}
