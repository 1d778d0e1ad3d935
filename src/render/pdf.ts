// PDF through puppeteer driving a real Chrome or Chromium. puppeteer is imported only here, and only when
// a PDF is asked for. The page loads nothing: every request but the document's own inline data is
// blocked and counted, and scripts are off, so a document works offline and leaks nothing.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { UsageError } from '../model/findings.js';
import { timed } from './phases.js';

export const LAUNCH_ARGS = [
  '--no-sandbox', '--disable-setuid-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--no-default-browser-check', '--disable-extensions', '--disable-quic',
];

/** Where Chrome or Chromium is usually installed, after the options, the variables and puppeteer's own download. */
export function systemBrowserPaths(env: NodeJS.ProcessEnv = process.env): string[] {
  const paths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
  for (const root of [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]) {
    if (root) paths.push(join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return paths;
}

export interface BrowserChoice {
  path: string;
  /** How it was found, for messages: "--chrome", "PUPPETEER_EXECUTABLE_PATH", "puppeteer's download", "the system". */
  from: string;
}

export const INSTALL_HINT = 'Install Chromium (on Debian or Ubuntu: sudo apt-get install chromium), or point to an installed Chrome '
  + 'with --chrome PATH or the PUPPETEER_EXECUTABLE_PATH variable. HTML needs no browser: use -o FILE.html.';

export interface FindBrowserOptions {
  /** The --chrome option. */
  chrome?: string;
  env?: NodeJS.ProcessEnv;
  /** puppeteer's own downloaded browser (default: asks puppeteer). */
  puppeteerPath?: () => Promise<string | undefined>;
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

async function puppeteerDownload(): Promise<string | undefined> {
  try {
    const { default: puppeteer } = await import('puppeteer');
    // puppeteer.executablePath() would itself honour PUPPETEER_EXECUTABLE_PATH; the order above already has.
    return puppeteer.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * The browser, in this order: --chrome → PUPPETEER_EXECUTABLE_PATH → CHROME_PATH → puppeteer's
 * downloaded browser if it is there → the usual install places. A path named explicitly must exist: there is
 * no silent fall-back to another browser.
 */
export async function findBrowser(options: FindBrowserOptions = {}): Promise<BrowserChoice> {
  const env = options.env ?? process.env;
  const named: [string | undefined, string][] = [
    [options.chrome, '--chrome'], [env.PUPPETEER_EXECUTABLE_PATH, 'PUPPETEER_EXECUTABLE_PATH'], [env.CHROME_PATH, 'CHROME_PATH'],
  ];
  for (const [path, from] of named) {
    if (path === undefined || path.trim() === '') continue;
    if (!existsSync(path)) {
      throw new UsageError(`${from} names ${path}, but there is no such file. Give the path of an installed Chrome or Chromium (for example /usr/bin/chromium), or ${from.startsWith('--') ? 'leave the option out' : `unset ${from}`} to let ap-ready look for one.`);
    }
    if (!isFile(path)) throw new UsageError(`${from} names ${path}, which is a folder, not a browser program. Give the path of the chrome or chromium program itself.`);
    return { path, from };
  }
  const downloaded = await (options.puppeteerPath ?? puppeteerDownload)();
  if (downloaded && isFile(downloaded)) return { path: downloaded, from: "puppeteer's download" };
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

/** Fallback page margins, used when the stylesheet sets none (it normally does: @page rules win). */
const MARGIN = { top: '20mm', bottom: '18mm', left: '15mm', right: '15mm' };

/** One browser for a whole command, however many documents it prints. Always close() it (finally). */
export class PdfPrinter {
  private constructor(private readonly browser: Browser, readonly choice: BrowserChoice) {}

  static async open(choice: BrowserChoice): Promise<PdfPrinter> {
    const { default: puppeteer } = await import('puppeteer');
    let browser: Browser;
    try {
      browser = await timed('launch', () => puppeteer.launch({ executablePath: choice.path, headless: true, args: LAUNCH_ARGS, timeout: 60_000 }));
    } catch (e) {
      const why = String((e as Error)?.message ?? e).split('\n').find((l) => l.trim()) ?? 'no reason given';
      throw new UsageError(`The browser ${choice.path} (from ${choice.from}) did not start: ${why.trim()}. Check it is Chrome or Chromium. ${INSTALL_HINT}`);
    }
    return new PdfPrinter(browser, choice);
  }

  async print(html: string, options: PrintOptions): Promise<Printed> {
    const page = await this.browser.newPage();
    const blockedRequests: string[] = [];
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        // The inline font arrives as a data: URL; anything else would leave the machine.
        if (url.startsWith('data:')) void request.continue();
        else {
          blockedRequests.push(url);
          void request.abort('blockedbyclient');
        }
      });
      await timed('load', () => page.setContent(html, { waitUntil: 'load', timeout: 120_000 }));
      const pdf = await timed('print', () => page.pdf({
        format: 'A4',
        printBackground: true,
        tagged: true,
        outline: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: options.headerTemplate,
        footerTemplate: options.footerTemplate,
        margin: MARGIN,
        timeout: 300_000,
      }));
      return { pdf: tidyOutline(pdf), blockedRequests };
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    await timed('close', () => this.browser.close().catch(() => undefined));
  }
}

const halfOf = (s: string): string | undefined =>
  s.length >= 4 && s.length % 2 === 0 && s.slice(0, s.length / 2) === s.slice(s.length / 2) ? s.slice(0, s.length / 2) : undefined;

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
  return (Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
