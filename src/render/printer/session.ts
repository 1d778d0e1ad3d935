// One printer session per command: the browser found and started once, every PDF of the command printed with
// it, and closed by whoever opened it. The command opens it first of all, before the checks, the templates
// and puppeteer itself are loaded, so the browser's start-up (about 0.4 s of its own process) runs beside all
// of ap-ready's own work instead of after most of it. Measured on the examples' planning call (bench/README.md).
// This module is light on purpose: only the browser search and the printer, no check and no templates.
import { findBrowser, type BrowserChoice } from './find-browser.js';
import { PdfPrinter } from './pdf.js';
import { timed, type PhaseReporter } from '../phases.js';

export interface PrinterSession {
  /** The browser found (rejects with the usage error a missing browser gives). */
  choice: Promise<BrowserChoice>;
  /** The printer, open once Chromium has started. */
  printer: Promise<PdfPrinter>;
  /** Closes the printer if it opened (again: nothing). Only the session's opener calls it. */
  close(): Promise<void>;
  /** Where the run reports each phase's time (--debug), if anywhere. */
  phases?: PhaseReporter;
}

export interface SessionOptions {
  /** --chrome: the browser to print with. */
  chrome?: string;
  /** The run's environment: where the browser is looked for, its limits, the browser's own environment. */
  env?: NodeJS.ProcessEnv;
  phases?: PhaseReporter;
}

/**
 * Finds the browser and starts it. Resolves once Chromium's process is starting: puppeteer is loaded before
 * anything else, as loading it beside the checks and templates made it finish, and the browser start, about
 * 0.15 s later (measured with --debug's phases on the examples' planning call).
 */
export async function openPrinterSession(opts: SessionOptions): Promise<PrinterSession> {
  const choice = timed('find browser', () => findBrowser({ chrome: opts.chrome, env: opts.env }), opts.phases);
  // Whoever awaits these hears of a failure; a render that never gets that far must not crash on it.
  choice.catch(() => undefined);
  const found = await choice.then(
    () => true,
    () => false,
  );
  if (found) await import('puppeteer-core');
  const printer = choice.then((c) => PdfPrinter.open(c, { env: opts.env, phases: opts.phases }));
  printer.catch(() => undefined);
  return {
    choice,
    printer,
    close: () =>
      printer.then(
        (p) => p.close(),
        () => undefined,
      ),
    phases: opts.phases,
  };
}

/** A session over a printer that is already open (several documents, tests): its owner closes it, not the session. */
export function sessionOf(printer: PdfPrinter): PrinterSession {
  return { choice: Promise.resolve(printer.choice), printer: Promise.resolve(printer), close: () => Promise.resolve() };
}

/**
 * The session to print one document with, and whether it is this document's own: the one given, one over the
 * printer given, or (none given) a new one the document opens and closes itself.
 */
export async function sessionFor(
  opts: SessionOptions & { session?: PrinterSession; printer?: PdfPrinter },
): Promise<{ session: PrinterSession; own: boolean }> {
  if (opts.session) return { session: opts.session, own: false };
  if (opts.printer) return { session: sessionOf(opts.printer), own: false };
  return { session: await openPrinterSession(opts), own: true };
}
