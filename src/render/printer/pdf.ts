// PDF through puppeteer-core driving a real Chrome or Chromium. puppeteer-core is imported only here, and only when
// a PDF is asked for. The page loads nothing: every request but the document's own inline data is
// blocked and counted, and scripts are off, so a document works offline and leaks nothing.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { installedBrowser } from './browser-cache.js';
import { UsageError } from '../../model/findings.js';
import { browserLife, type BrowserLife } from './browser-lifecycle.js';
import { timed, type PhaseReporter } from '../phases.js';
import { localFontEnv } from './local-fonts.js';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-extensions',
  '--disable-quic',
  // Belt and braces behind request interception: anything that slips past it (a prefetch, a preconnect)
  // goes to a proxy on a port where nothing listens, loopback addresses included (<-loopback>).
  '--proxy-server=http://127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  '--dns-prefetch-disable',
  '--disable-features=NetworkPrediction,Prerender2,SpeculationRulesPrefetchProxy,NoStatePrefetch,PreloadingHeuristics,NetworkTimeServiceQuerying',
  // Chromium's background services ask anyway, proxy or not: measured in a private network namespace with a
  // listener on the proxy's port, Debian's Chromium sent a network-time query (clients2.google.com/time,
  // stopped by NetworkTimeServiceQuerying above) and a component-update check (update.googleapis.com,
  // despite --disable-component-update), which an update source that is no URL at all stops before any request.
  '--component-updater=url-source=data:',
  '--disable-domain-reliability',
  '--no-pings',
  '--disable-client-side-phishing-detection',
];

/** A positive number of milliseconds from the environment, else the default. */
const millis = (value: string | undefined, otherwise: number) => (Number(value) > 0 ? Number(value) : otherwise);

/** What a printer is given by the run: its environment (the browser's own, and its limits) and its --debug reporter. */
export interface PrinterOptions {
  env?: NodeJS.ProcessEnv;
  phases?: PhaseReporter;
}

/** Where Chrome or Chromium is usually installed, after the options, the variables and `ap-ready browser install`'s download. */
export function systemBrowserPaths(env: NodeJS.ProcessEnv = process.env): string[] {
  const paths = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  for (const root of [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]) {
    if (root) paths.push(join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return paths;
}

export interface BrowserChoice {
  path: string;
  /** How it was found, for messages: "--chrome", "PUPPETEER_EXECUTABLE_PATH", "ap-ready browser install", "the system". */
  from: string;
}

export const INSTALL_HINT =
  "Install Chromium (on Debian or Ubuntu: sudo apt-get install chromium), or run 'ap-ready browser install' " +
  'to download one into your cache folder, or point to an installed Chrome with --chrome PATH or the PUPPETEER_EXECUTABLE_PATH ' +
  'variable. HTML needs no browser: use -o FILE.html.';

export interface FindBrowserOptions {
  /** The --chrome option. */
  chrome?: string;
  env?: NodeJS.ProcessEnv;
  /** The browser `ap-ready browser install` downloaded (default: looks in the cache folder). */
  installedPath?: () => Promise<string | undefined>;
  /** The usual install places (default: systemBrowserPaths()). */
  candidates?: readonly string[];
}

const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/**
 * The browser: --chrome → PUPPETEER_EXECUTABLE_PATH → CHROME_PATH → the browser `ap-ready browser install`
 * downloaded, if it is there → the usual install places. A path named explicitly must exist: there is
 * no silent fall-back to another browser.
 */
export async function findBrowser(options: FindBrowserOptions = {}): Promise<BrowserChoice> {
  const env = options.env ?? process.env;
  const named: [string | undefined, string][] = [
    [options.chrome, '--chrome'],
    [env.PUPPETEER_EXECUTABLE_PATH, 'PUPPETEER_EXECUTABLE_PATH'],
    [env.CHROME_PATH, 'CHROME_PATH'],
  ];
  for (const [path, from] of named) {
    if (path === undefined || path.trim() === '') continue;
    if (!existsSync(path)) {
      throw new UsageError(
        `${from} names ${path}, but there is no such file. Give the path of an installed Chrome or Chromium (for example /usr/bin/chromium), or ${from.startsWith('--') ? 'leave the option out' : `unset ${from}`} to let ap-ready look for one.`,
      );
    }
    if (!isFile(path))
      throw new UsageError(
        `${from} names ${path}, which is a folder, not a browser program. Give the path of the chrome or chromium program itself.`,
      );
    try {
      accessSync(path, constants.X_OK);
    } catch {
      throw new UsageError(
        `${from} names ${path}, which is not a program this user may run (it is not executable). Give the path of the chrome or chromium program itself.`,
      );
    }
    return { path, from };
  }
  const downloaded = await (options.installedPath ?? (() => installedBrowser(env)))();
  if (downloaded && isFile(downloaded)) return { path: downloaded, from: 'ap-ready browser install' };
  for (const path of options.candidates ?? systemBrowserPaths(env)) {
    if (isFile(path)) return { path, from: 'the system' };
  }
  throw new UsageError(`No Chrome or Chromium was found to print the PDF. ${INSTALL_HINT}`);
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
        timeout: startMs,
        pipe: true,
        userDataDir: life.profileDir,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        env: { ...env, ...fonts },
      });
      // With pipe: true, puppeteer's own timeout does not cover a program that starts but never speaks the
      // DevTools protocol (its first command waits 180 s): our own limit, after which the program is killed.
      let timer: NodeJS.Timeout | undefined;
      const tooSlow = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`it did not answer within ${Math.round(startMs / 1000)} s`)),
          startMs,
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
        clearTimeout(timer);
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
      page.on('request', (request) => {
        const url = request.url();
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
        if (frame === page.mainFrame() && !frame.url().startsWith('about:')) navigated ??= frame.url();
      });
      await timed('load', () => page.setContent(html, { waitUntil: 'load', timeout: this.budgetMs }), this.phases);
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

const halfOf = (s: string): string | undefined =>
  s.length >= 4 && s.length % 2 === 0 && s.slice(0, s.length / 2) === s.slice(s.length / 2)
    ? s.slice(0, s.length / 2)
    : undefined;

/**
 * Chromium sometimes writes a bookmark's title twice over ("Pupils attending each providerPupils attending each
 * provider") when its heading starts a page. The titles are plain (uncompressed) strings, so each is mended in
 * place, padded with spaces to its old length so that every byte offset in the file stays right.
 */
export function tidyOutline(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  let changed = false;
  const mended = text
    .replace(/(\/Title\s*\()((?:[^()\\]|\\.)*)\)/g, (whole, open: string, title: string) => {
      const half = halfOf(title);
      if (half === undefined) return whole;
      changed = true;
      return `${open}${half.padEnd(title.length, ' ')})`;
    })
    .replace(/(\/Title\s*<)([0-9A-Fa-f]+)>/g, (whole, open: string, hex: string) => {
      // UTF-16BE with a byte-order mark: FEFF, then four hex digits a character.
      if (!/^feff/i.test(hex) || (hex.length - 4) % 4 !== 0) return whole;
      const half = halfOf(hex.slice(4));
      if (half === undefined || half.length % 4 !== 0) return whole;
      changed = true;
      return `${open}${hex.slice(0, 4)}${half}${'0020'.repeat(half.length / 4)}>`;
    });
  return changed ? new Uint8Array(Buffer.from(mended, 'latin1')) : pdf;
}

/** Pages in a PDF Chromium wrote (its page objects are not compressed). */
export function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length;
}
