// Which Chrome or Chromium prints the PDFs: the options and variables that name one, the browser
// `ap-ready browser install` downloaded, then the usual install places. Nothing here starts a browser.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { installedBrowser } from './browser-cache.js';
import { UsageError } from '../../model/findings.js';

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
