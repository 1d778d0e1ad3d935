// The library API behind `ap-ready render`: check the files, refuse when a file could not be read in
// full, build the document's view-model, lay it out with the templates, and print a PDF when asked.
// render/ is two parts: the document (views/, templates.ts, fonts.ts, helpers: what a document says and
// how it is laid out as HTML) and the printer (printer/: finding and starting Chromium, its lifecycle and
// fonts, printing a PDF). This module and area.ts join them; the document never imports the printer.
import { check, type CheckOptions, type CheckResult } from '../check.js';
import { UsageError, type Finding } from '../model/findings.js';
import { VERSION } from '../version.js';
import { fontFaces } from './fonts.js';
import type { PdfPrinter } from './printer/pdf.js';
import type { BrowserChoice } from './printer/find-browser.js';
import { pageCount } from './printer/pdf-file.js';
import { sessionFor, type PrinterSession } from './printer/session.js';
import { timed, type PhaseReporter } from './phases.js';
import { loadTemplates, TemplateEnvironment } from './templates.js';
import { buildView, DOCUMENTS, type DocumentId, type DocumentView } from './views/index.js';

export { DOCUMENTS, type DocumentId } from './views/index.js';
export { PdfPrinter } from './printer/pdf.js';
export { findBrowser } from './printer/find-browser.js';

export type RenderFormat = 'html' | 'pdf';

/** The findings that stop a render: the file (or part of it) could not be read, so a provider would be missing. */
export const BLOCKING_RULES: ReadonlySet<string> = new Set(['yaml-syntax', 'schema', 'date-format']);

export interface RenderOptions extends CheckOptions {
  format: RenderFormat;
  /** --chrome: the browser to print PDFs with. */
  chrome?: string;
  /** The run's environment: where the browser is looked for, and the printer's limits (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** The printer session the command opened (printer/session.ts): used, and closed by the command. */
  session?: PrinterSession;
  /** An open browser to reuse (several documents, tests); else a session is opened and closed for this render. */
  printer?: PdfPrinter;
  /** Where each phase's time is said (--debug); a session of this render's own reports to it too. */
  phases?: PhaseReporter;
  /** The clock for "Generated at" (default now). */
  now?: Date;
  /** A check result already made for the same files and options (saves running the rules twice). */
  result?: CheckResult;
  /** Show the checks' findings in the planning call, provider QA and placement records (default: left out). */
  includeFindings?: boolean;
  /** The case pack: one pupil's reference, or every pupil. */
  pupil?: string;
  allPupils?: boolean;
  /** The governors' report: the term (default: the as-of date's). */
  term?: string;
  /** Print review notes (free text about a pupil) in the placement records. */
  includeNotes?: boolean;
}

export interface Refused {
  status: 'refused';
  document: DocumentId;
  /** The yaml-syntax, schema and date-format findings, with each file's path for people. */
  blocking: (Finding & { displayPath: string })[];
  result: CheckResult;
}

export interface Rendered {
  status: 'rendered';
  document: DocumentId;
  format: RenderFormat;
  /** What to write: the HTML text, or the PDF bytes. */
  content: string | Uint8Array;
  /** The HTML the document was laid out as (for a PDF, what was printed). */
  html: string;
  view: DocumentView;
  /** Things the user should know: no school name, requests blocked. */
  warnings: string[];
  /** Requests the page tried to make, all blocked (PDF only; always empty with the built-in templates). */
  blockedRequests: string[];
  /** PDF only. */
  pages?: number;
  browser?: BrowserChoice;
  result: CheckResult;
}

export type RenderResult = Refused | Rendered;

export function isDocument(name: string): name is DocumentId {
  return (DOCUMENTS as readonly string[]).includes(name);
}

/** The HTML of a document from a check result: no browser involved. */
export function renderHtml(
  document: DocumentId,
  result: CheckResult,
  options: {
    now?: Date;
    cwd?: string;
    includeFindings?: boolean;
    includeNotes?: boolean;
    forPrint?: boolean;
    pupil?: string;
    allPupils?: boolean;
    term?: string;
  } = {},
): { html: string; view: DocumentView; env: TemplateEnvironment } {
  const env = new TemplateEnvironment(loadTemplates(result.config.templates, options.cwd), options.cwd);
  if (!env.has(document)) throw new UsageError(`There is no template for the document "${document}".`);
  const view = buildView(document, result, {
    version: VERSION,
    now: options.now ?? new Date(),
    includeFindings: options.includeFindings,
    includeNotes: options.includeNotes,
    pupil: options.pupil,
    allPupils: options.allPupils,
    term: options.term,
  });
  const body = env.run(document, view);
  // The stylesheet and the font come from files, not from placement data; every YAML value went through {{ }}.
  // For a PDF the typeface is first asked for as a system font, which the printer provides (render/printer/local-fonts.ts).
  const styles = `${fontFaces({ forPrint: options.forPrint })}\n${env.set.stylesheet.source}`;
  const html = env.run('layout', { ...view, body, styles });
  return { html, view, env };
}

export async function render(
  document: string,
  paths: readonly string[],
  options: RenderOptions,
): Promise<RenderResult> {
  if (!isDocument(document)) {
    throw new UsageError(`"${document}" is not a document: use one of ${DOCUMENTS.join(', ')}.`);
  }
  // A PDF needs a browser: found (and started) before any work, so a missing one is said at once. Chromium
  // starts while the files are checked and the HTML is made (it needs neither): measured on the examples'
  // planning call, paired alternating runs on a busy 2-core machine, a median 0.5–0.9 s faster
  // (bench/README.md). A session of this render's own is closed when it ends, printed or not.
  const { session, own } = options.format === 'pdf' ? await sessionFor(options) : { session: undefined, own: false };
  try {
    await session?.choice;
    const phases = options.phases ?? session?.phases;
    const result = options.result ?? (await timed('check', () => check(paths, options), phases));
    const byPath = new Map(result.checked.map((f) => [f.path, f.displayPath]));
    const blocking = result.findings
      .filter((f) => BLOCKING_RULES.has(f.ruleId))
      .map((f) => ({ ...f, displayPath: byPath.get(f.file) ?? f.file }));
    if (blocking.length) return { status: 'refused', document, blocking, result };

    // The HTML before printing: a broken template is reported (and the browser closed unused).
    const { html, view, env } = await timed(
      'html',
      () =>
        renderHtml(document, result, {
          now: options.now,
          cwd: options.cwd,
          includeFindings: options.includeFindings,
          includeNotes: options.includeNotes,
          forPrint: options.format === 'pdf',
          pupil: options.pupil,
          allPupils: options.allPupils,
          term: options.term,
        }),
      phases,
    );
    const warnings: string[] = [];
    if (!view.school.nameSet) {
      warnings.push(
        result.configPath
          ? `${result.configPath} has no school name, so the document's header says the school's name is not set. Add it as school: { name: … }.`
          : "No ap-ready.config.yaml was found, so the document's header says the school's name is not set. Create one with school: { name: … } (ap-ready init makes one), or name it with --config.",
      );
    }
    if (options.format === 'html') {
      return {
        status: 'rendered',
        document,
        format: 'html',
        content: html,
        html,
        view,
        warnings,
        blockedRequests: [],
        result,
      };
    }

    // The running header and footer are drawn apart from the document, once per page, in the system's sans-serif:
    // giving them the embedded font too was measured to add about 1.5 s to a 120-page PDF.
    const headerTemplate = env.run('pdf-header', view);
    const footerTemplate = env.run('pdf-footer', view);
    const printer = await session!.printer;
    const printed = await printer.print(html, { headerTemplate, footerTemplate });
    const blocked = printed.blockedRequests;
    if (blocked.length) {
      const shown = [...new Set(blocked)].slice(0, 3).join(', ');
      warnings.push(
        `The document tried to load ${blocked.length === 1 ? 'something' : `${blocked.length} things`} from outside (${shown}); ap-ready blocked ${blocked.length === 1 ? 'it' : 'them'}. Remove external links to images, fonts or styles from your templates: a document must be self-contained.`,
      );
    }
    return {
      status: 'rendered',
      document,
      format: 'pdf',
      content: printed.pdf,
      html,
      view,
      warnings,
      blockedRequests: blocked,
      pages: pageCount(printed.pdf),
      browser: printer.choice,
      result,
    };
  } finally {
    // One browser per command: closed here when render() opened it, else by the command that passed it.
    if (own) await session!.close();
  }
}
