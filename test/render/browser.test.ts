// `ap-ready browser install` / `browser which`, and where the downloaded browser would be looked for. The
// download itself is tried against a closed local port, so the test needs no network and proves the
// offline message; the browser search order is tested in pdf.test.ts.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserCacheDir, installedBrowser, pinnedBuild } from '../../src/render/printer/browser-cache.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/temp-dir.js';

const run = (args: string[], env: NodeJS.ProcessEnv) => runCli(args, { cwd: tmpdir(), env });

describe('ap-ready browser', () => {
  it('install without a reachable download server: exit 2, one line saying what to do, nothing left installed', async () => {
    const cache = tempDir({}, 'ap-ready-cache-');
    const r = await run(['browser', 'install'], {
      AP_READY_CACHE_DIR: cache,
      AP_READY_BROWSER_DOWNLOAD_URL: 'http://127.0.0.1:9',
    });
    expect(r.status).toBe(2);
    const last = r.stderr.trim().split('\n').pop()!;
    expect(last).toMatch(
      /^ap-ready: Could not download the browser into .*browsers \(.+\)\. Check this computer can reach the internet/,
    );
    expect(last).toContain('sudo apt-get install chromium');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await installedBrowser({ AP_READY_CACHE_DIR: cache })).toBeUndefined();
  }, 90_000);

  it('which: the browser a PDF would use and how it was found; a --chrome that does not exist is exit 2 naming it', async () => {
    const r = await run(['browser', 'which', '--chrome', '/usr/bin/chromium'], {});
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('/usr/bin/chromium (from --chrome)\n');
    const missing = await run(['browser', 'which', '--chrome', '/nowhere/chrome'], {});
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^ap-ready: --chrome names \/nowhere\/chrome, but there is no such file\./);
  });

  it("the cache folder is per user and per platform, or AP_READY_CACHE_DIR; the build is puppeteer-core's own", async () => {
    expect(browserCacheDir({ AP_READY_CACHE_DIR: '/x' }, 'linux')).toBe(join('/x', 'browsers'));
    expect(browserCacheDir({ XDG_CACHE_HOME: '/c' }, 'linux')).toBe(join('/c', 'ap-ready', 'browsers'));
    expect(browserCacheDir({}, 'darwin')).toMatch(/Library[\\/]Caches[\\/]ap-ready[\\/]browsers$/);
    expect(browserCacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toContain('ap-ready');
    expect(await pinnedBuild()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });
});
