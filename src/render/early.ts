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

export function openEarly(opts: { chrome?: string; env?: NodeJS.ProcessEnv }): EarlyPrinter {
  const choice = timed('find browser', () => findBrowser({ chrome: opts.chrome, env: opts.env }));
  const printer = choice.then((c) => PdfPrinter.open(c));
  // Whoever awaits these hears of a failure; a render that never gets that far must not crash on it.
  choice.catch(() => undefined);
  printer.catch(() => undefined);
  return { choice, printer, close: () => printer.then((p) => p.close(), () => undefined) };
}
