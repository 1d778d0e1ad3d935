// `ap-ready browser install`: download Chrome's headless shell into the user's cache folder, for PDFs on a
// machine with no Chrome or Chromium. The only command that downloads anything; installing ap-ready never does.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../model/findings.js';
import { browserCacheDir, installedBrowser, pinnedBuild } from '../render/printer/browser-cache.js';
import { printed, type CommandResult } from './result.js';

export interface BrowserInstallOptions {
  /** The run's environment: the cache folder, the download's address and its stall limit. */
  env: NodeJS.ProcessEnv;
  /** Where to download from (tests point it at a closed port); default Google's Chrome for Testing store. */
  baseUrl?: string;
  /** Progress lines (stderr in the CLI). */
  progress?: (line: string) => void;
}

export async function runBrowserInstall(opts: BrowserInstallOptions): Promise<CommandResult & { path: string }> {
  const env = opts.env;
  // How long the download may go with no byte received (overridable for tests with AP_READY_DOWNLOAD_STALL_MS).
  const stallMs = Number(env.AP_READY_DOWNLOAD_STALL_MS) > 0 ? Number(env.AP_READY_DOWNLOAD_STALL_MS) : 60_000;
  const { install, Browser, detectBrowserPlatform } = await import('@puppeteer/browsers');
  const platform = detectBrowserPlatform();
  if (!platform)
    throw new UsageError(
      `There is no downloadable Chrome for this computer (${process.platform} ${process.arch}). Install Chrome or Chromium yourself and give its path with --chrome PATH.`,
    );
  const cacheDir = browserCacheDir(env);
  const buildId = await pinnedBuild();
  const already = await installedBrowser(env);
  if (already) return { ...printed(`A browser is already installed for ap-ready: ${already}\n`), path: already };
  opts.progress?.(`Downloading Chrome headless shell ${buildId} into ${cacheDir} (about 100 MB) ...`);
  const baseUrl = opts.baseUrl ?? env.AP_READY_BROWSER_DOWNLOAD_URL;
  // A server or proxy that accepts and never answers would keep the download waiting for ever: past
  // stallMs with no byte received, it is given up.
  let timer: NodeJS.Timeout | undefined;
  let stalled!: (e: Error) => void;
  const stall = new Promise<never>((_, reject) => {
    stalled = reject;
  });
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () =>
        stalled(
          new Error(
            `nothing arrived for ${Math.round(stallMs / 1000)} s: the server or a proxy accepted the connection but never answered`,
          ),
        ),
      stallMs,
    );
  };
  try {
    restart();
    const done = await Promise.race([
      stall,
      install({
        browser: Browser.CHROMEHEADLESSSHELL,
        buildId,
        cacheDir,
        platform,
        ...(baseUrl ? { baseUrl } : {}),
        downloadProgressCallback: restart,
      }),
    ]);
    return {
      ...printed(
        `Installed: ${done.executablePath}\nap-ready render now uses it when no --chrome, PUPPETEER_EXECUTABLE_PATH or CHROME_PATH is given.\n`,
      ),
      path: done.executablePath,
    };
  } catch (e) {
    // @puppeteer/browsers wraps the network error ("All providers failed ..."): name the innermost one.
    let inner: unknown = e;
    while ((inner as { cause?: unknown })?.cause) inner = (inner as { cause?: unknown }).cause;
    const reason = String((inner as Error)?.message ?? inner)
      .split('\n')[0]
      .replace(/:\s*$/, '');
    // Nothing half-downloaded is left: no browser was installed before (checked above), so the folder is ours.
    rmSync(join(cacheDir, Browser.CHROMEHEADLESSSHELL), { recursive: true, force: true });
    throw new UsageError(
      `Could not download the browser into ${cacheDir} (${reason}). Check this computer can reach the internet (or its proxy), ` +
        "or install Chromium from your system's packages instead (on Debian or Ubuntu: sudo apt-get install chromium). " +
        'HTML documents need no browser: use -o FILE.html.',
    );
  } finally {
    clearTimeout(timer);
  }
}

export async function runBrowserWhere(chrome: string | undefined, env: NodeJS.ProcessEnv): Promise<CommandResult> {
  const { findBrowser } = await import('../render/printer/find-browser.js');
  const choice = await findBrowser({ chrome, env });
  return printed(`${choice.path} (from ${choice.from})\n`);
}
