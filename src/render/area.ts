// The area-overview document: built from `checkArea()` through the same pipeline as the school
// documents (templates, print stylesheet, embedded font, puppeteer). It never refuses for a school's
// unreadable file: that school is named as left out of the figures, and the rest are summarised.
import { UsageError } from '../model/findings.js';
import { VERSION } from '../version.js';
import { checkArea, type AreaResult } from '../area/index.js';
import { fontFaces } from './fonts.js';
import type { PdfPrinter } from './printer/pdf.js';
import type { BrowserChoice } from './printer/find-browser.js';
import { pageCount } from './printer/pdf-file.js';
import { sessionFor, type PrinterSession } from './printer/session.js';
import { loadTemplates, TemplateEnvironment } from './templates.js';
import { buildAreaOverview, type AreaOverviewView } from './views/area-overview.js';

export interface AreaRenderOptions {
  format: 'html' | 'pdf';
  asOf?: string;
  cwd?: string;
  exactCounts?: boolean;
  chrome?: string;
  env?: NodeJS.ProcessEnv;
  /** An open browser to reuse (tests); else the session's, or one opened and closed for this render. */
  printer?: PdfPrinter;
  /** The printer session the command opened (printer/session.ts): used, and closed by the command. */
  session?: PrinterSession;
  now?: Date;
  /** --gias: a GIAS extract every school's URNs are checked against, as `area` takes it. */
  giasPath?: string;
}

export interface AreaRendered {
  format: 'html' | 'pdf';
  content: string | Uint8Array;
  html: string;
  view: AreaOverviewView;
  result: AreaResult;
  warnings: string[];
  pages?: number;
  browser?: BrowserChoice;
}

export function areaOverviewHtml(
  result: AreaResult,
  options: { exactCounts?: boolean; now?: Date; cwd?: string; forPrint?: boolean } = {},
): { html: string; view: AreaOverviewView; env: TemplateEnvironment } {
  const env = new TemplateEnvironment(loadTemplates(undefined, options.cwd), options.cwd);
  if (!env.has('area-overview')) throw new UsageError('There is no template for the document "area-overview".');
  const view = buildAreaOverview(result, {
    exactCounts: options.exactCounts,
    now: options.now ?? new Date(),
    version: VERSION,
  });
  const body = env.run('area-overview', view);
  const styles = `${fontFaces({ forPrint: options.forPrint })}\n${env.set.stylesheet.source}`;
  return { html: env.run('area-layout', { ...view, body, styles }), view, env };
}

export async function renderAreaOverview(areaPath: string, options: AreaRenderOptions): Promise<AreaRendered> {
  // As render(): the browser found (and started) first; a session of this render's own is closed when it ends.
  const { session, own } = options.format === 'pdf' ? await sessionFor(options) : { session: undefined, own: false };
  try {
    await session?.choice;
    const result = await checkArea(areaPath, {
      asOf: options.asOf,
      cwd: options.cwd,
      giasPath: options.giasPath,
      env: options.env,
    });
    const { html, view, env } = areaOverviewHtml(result, { ...options, forPrint: options.format === 'pdf' });
    const warnings = [
      ...view.leftOut.map((l) => `${l.name} is not in the document's figures: ${l.why}`),
      ...view.withUnreadable.map(
        (name) =>
          `${name} has files that could not be read in full: its figures count the rest (run ap-ready area to see which).`,
      ),
    ];
    if (options.format === 'html') return { format: 'html', content: html, html, view, result, warnings };
    const printer = await session!.printer;
    const printed = await printer.print(html, {
      headerTemplate: env.run('pdf-header', view),
      footerTemplate: env.run('pdf-footer', view),
    });
    if (printed.blockedRequests.length)
      warnings.push('The document tried to load something from outside; ap-ready blocked it.');
    return {
      format: 'pdf',
      content: printed.pdf,
      html,
      view,
      result,
      warnings,
      pages: pageCount(printed.pdf),
      browser: printer.choice,
    };
  } finally {
    if (own) await session!.close();
  }
}
