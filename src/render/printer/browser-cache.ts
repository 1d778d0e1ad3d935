// The browser `ap-ready browser install` downloads: Chrome's headless shell, at the build puppeteer-core was
// released with, in the user's cache folder. Nothing is downloaded at install time; only that command fetches.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder the downloaded browser lives in: AP_READY_CACHE_DIR, else the platform's per-user cache folder. */
export function browserCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.AP_READY_CACHE_DIR?.trim()) return join(env.AP_READY_CACHE_DIR, 'browsers');
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'ap-ready', 'browsers');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'ap-ready', 'browsers');
  return join(env.XDG_CACHE_HOME?.trim() ? env.XDG_CACHE_HOME : join(homedir(), '.cache'), 'ap-ready', 'browsers');
}

/** The build to fetch: the one this puppeteer-core drives (its own pinned revision). */
export async function pinnedBuild(): Promise<string> {
  const { PUPPETEER_REVISIONS } = await import('puppeteer-core/internal/revisions.js');
  return PUPPETEER_REVISIONS['chrome-headless-shell'];
}

/** The executable of a browser `ap-ready browser install` put in the cache, if there is one (no network). */
export async function installedBrowser(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  // No cache folder (the usual case where Chromium is installed): nothing to ask the download library about.
  if (!existsSync(browserCacheDir(env))) return undefined;
  try {
    const { getInstalledBrowsers, Browser } = await import('@puppeteer/browsers');
    const found = await getInstalledBrowsers({ cacheDir: browserCacheDir(env) });
    const shell = found.filter((b) => b.browser === Browser.CHROMEHEADLESSSHELL || b.browser === Browser.CHROME);
    return shell.sort((a, b) => b.buildId.localeCompare(a.buildId, undefined, { numeric: true }))[0]?.executablePath;
  } catch {
    return undefined;
  }
}
