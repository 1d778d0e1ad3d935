// PDF through puppeteer-core driving a real Chrome or Chromium. puppeteer-core is imported only here, and only when
// a PDF is asked for. The page loads nothing from outside: the document is handed to it from memory, every other
// request but the document's own inline data is blocked and counted, and scripts are off, so a document works
// offline and leaks nothing.
import type { Browser, Page } from 'puppeteer-core';
import { UsageError } from '../../model/findings.js';
import { browserLife, type BrowserLife } from './browser-lifecycle.js';
import { INSTALL_HINT, type BrowserChoice } from './find-browser.js';
import { tidyOutline } from './pdf-file.js';
import { timed, type PhaseReporter } from '../phases.js';
import { localFontEnv } from './local-fonts.js';
import { LAUNCH_ARGS } from './launch-args.js';
import { freeTimeDeadline } from './deadline.js';

/** A positive number of milliseconds from the environment, else the default. */
const millis = (value: string | undefined, otherwise: number) => (Number(value) > 0 ? Number(value) : otherwise);

/** What a printer is given by the run: its environment (the browser's own, and its limits) and its --debug reporter. */
export interface PrinterOptions {
  env?: NodeJS.ProcessEnv;
  phases?: PhaseReporter;
}

export interface PrintOptions {
  headerTemplate: string;
  footerTemplate: string;
}

export interface Printed {
  pdf: Uint8Array;
  /** Requests the page tried to make besides its own inline data, all blocked. */
  blockedRequests: string[];
}

const navigationRefused = () =>
  new UsageError(
    'The document tried to open another page (a <meta http-equiv="refresh">, or something else that navigates, in a template), so the PDF would not show the document: nothing was written. Remove it from your templates.',
  );

/**
 * The address the document is loaded from: its request is answered from memory with the HTML, and no file is
 * read (a file: address, as an https: one had Chromium open a connection to the proxy before the request was
 * answered). Measured on the 415-page planning call of 300 providers, three pairs at load 16-20: loading took a
 * median 2.3 s against 6.4 s with page.setContent (which has the page document.write() all 2.4 MB of HTML), and
 * the whole print's CPU time (every Chromium process) 17.9 s against 19.4 s. Relative addresses in a school's own
 * template now point at files, so they are blocked and counted like any other request instead of going nowhere.
 */
const DOCUMENT_URL = 'file:///ap-ready/document.html';
/** The document's address as Chromium reports it (on Windows it may add a drive). */
const isDocument = (url: string) => url.startsWith('file:') && url.endsWith('/ap-ready/document.html');

/** Fallback page margins, used when the stylesheet sets none (it normally does: @page rules win). */
const MARGIN = { top: '20mm', bottom: '18mm', left: '15mm', right: '15mm' };

/** One browser for a whole command, however many documents it prints. Always close() it (finally). */
export class PdfPrinter {
  private constructor(
    private readonly browser: Browser,
    readonly choice: BrowserChoice,
    private readonly life: BrowserLife,
    /** The longest one document may take to print (overridable for tests with AP_READY_PDF_TIME_BUDGET_MS). */
    private readonly budgetMs: number,
    readonly phases: PhaseReporter | undefined,
    private spare?: Page,
  ) {}

  /** The browser's process id (tests check it is gone after ap-ready is killed). */
  get pid(): number | undefined {
    return this.browser.process()?.pid;
  }

  /** Starts the browser; the run's environment is `options.env` (the library's default: the process's). */
  static async open(choice: BrowserChoice, options: PrinterOptions = {}): Promise<PdfPrinter> {
    const env = options.env ?? process.env;
    // The longest Chrome may take to start and answer (overridable for tests with AP_READY_BROWSER_START_MS).
    const startMs = millis(env.AP_READY_BROWSER_START_MS, 30_000);
    const { default: puppeteer } = await import('puppeteer-core');
    let browser: Browser;
    // Our own profile folder (removed at the end, however we end) and our own signal handling (io/cancel.ts).
    const life = browserLife();
    try {
      // The documents' typeface as system fonts, in the profile folder (render/printer/local-fonts.ts).
      const fonts = localFontEnv(life.profileDir);
      const launching = puppeteer.launch({
        executablePath: choice.path,
        headless: true,
        args: LAUNCH_ARGS,
        // No timer of puppeteer's own (it would count time the checks held the event loop): ours below.
        timeout: 0,
        pipe: true,
        userDataDir: life.profileDir,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        env: { ...env, ...fonts },
      });
      // With pipe: true, puppeteer's own timeout does not cover a program that starts but never speaks the
      // DevTools protocol (its first command waits 180 s): our own limit, after which the program is killed.
      // Counted in time the event loop was free (printer/deadline.ts), as the checks run meanwhile.
      let cancel: (() => void) | undefined;
      const tooSlow = new Promise<never>((_, reject) => {
        cancel = freeTimeDeadline(startMs, () =>
          reject(new Error(`it did not answer within ${Math.round(startMs / 1000)} s`)),
        );
      });
      launching.then(
        (b) => {
          if (life.ended) void b.close().catch(() => undefined);
        },
        () => undefined,
      );
      try {
        browser = await timed('launch', () => Promise.race([launching, tooSlow]), options.phases);
      } finally {
        cancel?.();
      }
    } catch (e) {
      life.kill();
      const why =
        String((e as Error)?.message ?? e)
          .split('\n')
          .find((l) => l.trim()) ?? 'no reason given';
      throw new UsageError(
        `The browser ${choice.path} (from ${choice.from}) did not start: ${why.trim()}. Check it is Chrome or Chromium. ${INSTALL_HINT}`,
      );
    }
    life.started(browser.process()?.pid);
    // The tab Chromium opens at start-up is used for the first document: a new one took 0.15–0.18 s (a renderer
    // process of its own), on the critical path of every PDF.
    const first = await browser.pages().then(
      (pages) => pages[0],
      () => undefined,
    );
    if (env.AP_READY_TEST_BROWSER_PID_FILE) {
      (await import('node:fs')).writeFileSync(
        env.AP_READY_TEST_BROWSER_PID_FILE,
        `${browser.process()?.pid ?? ''}\n${life.profileDir}\n`,
      );
    }
    const budgetMs = millis(env.AP_READY_PDF_TIME_BUDGET_MS, 180_000);
    return new PdfPrinter(browser, choice, life, budgetMs, options.phases, first);
  }

  /** print() within the time budget: past it the browser is killed and the document refused. */
  async print(html: string, options: PrintOptions): Promise<Printed> {
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.life.kill();
        reject(
          new UsageError(
            `The PDF took longer than ${Math.round(this.budgetMs / 1000)} s to print, so it was stopped and nothing was written. A very long document, or a custom template that lays out very slowly, does this: try -o FILE.html, or check your templates.`,
          ),
        );
      }, this.budgetMs);
    });
    try {
      return await Promise.race([this.printNow(html, options), budget]);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      if (this.life && (e as Error)?.name === 'TimeoutError')
        throw new UsageError(
          `The PDF took too long to print and was stopped; nothing was written. Try -o FILE.html, or check your templates.`,
        );
      const why = String((e as Error)?.message ?? e)
        .split('\n')[0]
        .slice(0, 200);
      throw new UsageError(
        `The browser could not print the PDF (${why}); nothing was written. If you use your own templates (templates: in the config), check pdf-header.hbs and pdf-footer.hbs hold only text and inline styles; else try again, or use -o FILE.html.`,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  private async printNow(html: string, options: PrintOptions): Promise<Printed> {
    const page = this.spare ?? (await this.browser.newPage());
    this.spare = undefined;
    const blockedRequests: string[] = [];
    let navigated: string | undefined;
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      let served = false;
      page.on('request', (request) => {
        const url = request.url();
        // The document itself, once, from memory (see DOCUMENT_URL).
        if (isDocument(url) && request.isNavigationRequest() && !served) {
          served = true;
          void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
          return;
        }
        // A page that navigates (a meta refresh, a link followed) would print some other page: refused below.
        if (request.isNavigationRequest() && !url.startsWith('about:')) {
          navigated ??= url;
          void request.abort('blockedbyclient');
          return;
        }
        // The inline font arrives as a data: URL; anything else would leave the machine.
        if (url.startsWith('data:')) void request.continue();
        else {
          blockedRequests.push(url);
          void request.abort('blockedbyclient');
        }
      });
      page.on('framenavigated', (frame) => {
        const url = frame.url();
        if (frame === page.mainFrame() && !isDocument(url) && !url.startsWith('about:')) navigated ??= url;
      });
      await timed('load', () => page.goto(DOCUMENT_URL, { waitUntil: 'load', timeout: this.budgetMs }), this.phases);
      const pdf = await timed(
        'print',
        () =>
          page.pdf({
            format: 'A4',
            printBackground: true,
            tagged: true,
            outline: true,
            preferCSSPageSize: true,
            displayHeaderFooter: true,
            headerTemplate: options.headerTemplate,
            footerTemplate: options.footerTemplate,
            margin: MARGIN,
            timeout: this.budgetMs,
          }),
        this.phases,
      );
      if (navigated !== undefined) throw navigationRefused();
      return { pdf: tidyOutline(pdf), blockedRequests };
    } catch (e) {
      // An aborted navigation can also surface as a failed load: say what happened, not net::ERR_….
      if (navigated !== undefined) throw navigationRefused();
      throw e;
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  private closing: Promise<void> | undefined;

  /**
   * Ends the browser: its whole process group is killed at once (SIGKILL) and its profile folder removed.
   * Nothing of the browser's state is kept, so there is nothing to shut down gracefully: Browser.close() took
   * about 0.1 s of a 1.7 s render. Closing again does nothing.
   */
  close(): Promise<void> {
    return (this.closing ??= timed(
      'close',
      async () => {
        const proc = this.browser.process();
        if (proc && proc.exitCode === null && proc.signalCode === null) {
          const exited = new Promise((resolve) => proc.once('exit', resolve));
          this.life.kill();
          await exited;
        } else {
          await this.browser.close().catch(() => undefined);
          this.life.done();
        }
        this.browser.disconnect().catch(() => undefined);
      },
      this.phases,
    ));
  }
}
