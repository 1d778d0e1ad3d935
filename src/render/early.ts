// A PDF render starts Chromium first of all: before the checks, the templates and puppeteer itself are
// loaded, so the browser's start-up (about 0.4 s of its own process) runs beside all of ap-ready's own
// work instead of after most of it. Measured on the examples' planning call (bench/README.md).
// This module is light on purpose: only the browser search and the printer, no check and no templates.
import { findBrowser, PdfPrinter, type BrowserChoice } from './pdf.js';
import { timed } from './phases.js';

export interface EarlyPrinter {
  /** The browser found (rejects with the usage error a missing browser gives). */
  choice: Promise<BrowserChoice>;
  /** The printer, open once Chromium has started. */
  printer: Promise<PdfPrinter>;
  /** Closes the printer if it opened (again: nothing). */
  close(): Promise<void>;
}

/**
 * Finds the browser and starts it. Resolves once Chromium's process is starting: puppeteer is loaded before
 * anything else, as loading it beside the checks and templates made it finish, and the browser start, about
 * 0.15 s later (measured with --debug's phases on the examples' planning call).
 */
export async function openEarly(opts: { chrome?: string; env?: NodeJS.ProcessEnv }): Promise<EarlyPrinter> {
  const choice = timed('find browser', () => findBrowser({ chrome: opts.chrome, env: opts.env }));
  // Whoever awaits these hears of a failure; a render that never gets that far must not crash on it.
  choice.catch(() => undefined);
  const found = await choice.then(() => true, () => false);
  if (found) await import('puppeteer-core');
  const printer = choice.then((c) => PdfPrinter.open(c));
  printer.catch(() => undefined);
  return { choice, printer, close: () => printer.then((p) => p.close(), () => undefined) };
}
