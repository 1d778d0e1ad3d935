// What only a real process shows (the built CLI, `node dist/cli.js`): a run as another user, for whom a file
// of mode 000 really is unreadable; signals end it at once whatever the work (issue 23), a render that is
// killed leaves no browser running (issue 12), the browser cannot hang it or be left behind, the download
// cannot wait for ever, and Chromium's background services make no request. The render tests need a browser
// (Debian's chromium); they fail, not skip, without one.
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir.js';
import {
  AS_OF,
  CLI,
  GOOD,
  checkJson,
  cli,
  expectBounded,
  expectGoodChecked,
  onlyFinding,
  repo,
  running,
  spawnCli,
} from './support.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(test: () => boolean, ms: number): Promise<boolean> {
  for (const t = Date.now(); Date.now() - t < ms; await sleep(50)) if (test()) return true;
  return test();
}

/**
 * A "browser" that starts and never speaks the DevTools protocol; it writes its PID to `pidFile`. Its child
 * (sleep) holds the DevTools pipes open, as a browser's helper processes would.
 */
function fakeBrowser(dir: string): { path: string; pidFile: string } {
  const path = join(dir, 'fake-chrome'),
    pidFile = join(dir, 'fake.pid');
  writeFileSync(path, `#!/bin/sh\necho $$ > "${pidFile}"\nsleep 1000\n`);
  chmodSync(path, 0o755);
  return { path, pidFile };
}
const profiles = (tmp: string) => readdirSync(tmp).filter((n) => n.startsWith('ap-ready-chromium-'));

const goodCopy = GOOD.replace('pupil: P-0042', 'pupil: P-0043');

/**
 * An unreadable file. chmod 000 stops nobody but root, and these tests often run as root (CI here does).
 * So, as root, the CLI is run as the unprivileged user `nobody` (uid 65534), for whom chmod 000 really
 * does deny the read — the same code path a school's non-root user meets. When even that is not possible
 * (the checkout is not readable by `nobody`), the test says so and checks what does apply to root: the
 * file is read and checked like any other.
 */
describe('unreadable files and folders', () => {
  const isRoot = process.getuid?.() === 0;
  const asNobody =
    isRoot &&
    (() => {
      const r = spawnSync(process.execPath, [CLI, '--version'], {
        uid: 65534,
        gid: 65534,
        encoding: 'utf8',
        timeout: 10_000,
      });
      return r.status === 0;
    })();
  const as = asNobody ? { uid: 65534, gid: 65534 } : {};
  const denied = !isRoot || asNobody;

  it(`a file with mode 000 (${denied ? 'run as a user it denies' : 'root reads it anyway'})`, async () => {
    const { dir, placements } = repo({ 'locked.yaml': goodCopy });
    chmodSync(join(placements, 'locked.yaml'), 0o000);
    const { run, report, file } = await checkJson(dir, [], as);
    expect(run.status).toBe(1);
    if (denied) {
      expect(onlyFinding(file('locked.yaml')).message).toBe(
        'The file cannot be read: permission denied: let the user running ap-ready read it.',
      );
    } else {
      expect(file('locked.yaml').messages.map((m) => m.ruleId)).toEqual(['reason-required']);
    }
    expectGoodChecked(report);
  });

  it.runIf(denied)('a sub-folder with mode 000 is named in the output, not silently skipped', async () => {
    const { dir, placements } = repo();
    mkdirSync(join(placements, 'private'));
    writeFileSync(join(placements, 'private', 'hidden.yaml'), goodCopy);
    chmodSync(join(placements, 'private'), 0o000);
    const run = await cli(['check', 'placements', '--as-of', AS_OF], { cwd: dir, ...as });
    expectBounded(run);
    // Its files are not checked: the user must be told, or the report would say "all clear" about them.
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}\n${run.stderr}`).toMatch(/placements\/private/);
  });
});

describe('a signal ends the run at once, whatever the work', () => {
  // 5 × 600,000 marks: seconds of synchronous reading, during which a JavaScript handler could not run.
  const big = () => {
    const { dir } = repo();
    mkdirSync(join(dir, 'attendance'));
    const rows = ['date,session,pupil,provider,mark'];
    for (let i = 0; i < 600_000; i++)
      rows.push(`2025-11-${String(3 + (i % 20)).padStart(2, '0')},am,P-${String(i % 9000).padStart(4, '0')},good,/`);
    // Five such files: about 3.5 s of work on a quiet 2-core machine, so the signal lands well inside it.
    const text = `${rows.join('\n')}\n`;
    for (let k = 1; k <= 5; k++) writeFileSync(join(dir, 'attendance', `big-${k}.csv`), text);
    writeFileSync(join(dir, 'report.json'), 'the old report');
    return dir;
  };
  it.each([['SIGINT'], ['SIGTERM']] as const)(
    '%s during a long check: ended within 1.5 s, the old report whole',
    async (signal) => {
      const dir = big();
      const child = spawn(
        process.execPath,
        [CLI, 'check', 'placements', '--as-of', AS_OF, '--format', 'json', '-o', 'report.json'],
        { cwd: dir, stdio: 'ignore' },
      );
      const exited = new Promise<{ signal: NodeJS.Signals | null; at: number }>((resolve) =>
        child.on('exit', (_, sig) => resolve({ signal: sig, at: Date.now() })),
      );
      await sleep(1000); // well into reading the CSVs
      expect(child.exitCode, 'the check must still be working when the signal is sent').toBeNull();
      const sent = Date.now();
      child.kill(signal);
      const { signal: ended, at } = await exited;
      expect(ended).toBe(signal);
      expect(at - sent).toBeLessThan(1500);
      expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('the old report');
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    },
    30_000,
  );
});

describe('the browser cannot hang the render or be left behind', () => {
  it('a --chrome that never speaks DevTools: a clear error within the start limit, the program killed, no profile left', async () => {
    const { dir } = repo();
    const tmp = tempDir({}, 'ap-ready-tmp-');
    const fake = fakeBrowser(dir);
    const run = spawnCli(['render', 'findings', 'placements', '--as-of', AS_OF, '--chrome', fake.path, '-o', 'f.pdf'], {
      cwd: dir,
      env: { AP_READY_BROWSER_START_MS: '3000', TMPDIR: tmp },
      killAfterMs: 20_000,
    });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/did not start: it did not answer within 3 s/);
    expect(run.ms).toBeLessThan(10_000);
    const pid = Number(readFileSync(fake.pidFile, 'utf8'));
    expect(await until(() => !running(pid), 3000), 'the fake browser was killed').toBe(true);
    expect(profiles(tmp)).toEqual([]);
  }, 30_000);

  it('a --chrome that is not executable: exit 2, a clear message, no profile left', () => {
    const { dir } = repo();
    const tmp = tempDir({}, 'ap-ready-tmp-');
    writeFileSync(join(dir, 'not-a-program'), 'just text\n');
    chmodSync(join(dir, 'not-a-program'), 0o644);
    const run = spawnCli(
      ['render', 'findings', 'placements', '--as-of', AS_OF, '--chrome', 'not-a-program', '-o', 'f.pdf'],
      { cwd: dir, env: { TMPDIR: tmp } },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--chrome names not-a-program, which is not a program this user may run/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(profiles(tmp)).toEqual([]);
  });

  it('kill -9 while the browser starts: the browser is killed and the profile folder removed by the watchdog', async () => {
    const { dir } = repo();
    const tmp = tempDir({}, 'ap-ready-tmp-');
    const fake = fakeBrowser(dir);
    const child = spawn(
      process.execPath,
      [CLI, 'render', 'findings', 'placements', '--as-of', AS_OF, '--chrome', fake.path, '-o', 'f.pdf'],
      {
        cwd: dir,
        stdio: 'ignore',
        env: { ...process.env, TMPDIR: tmp },
      },
    );
    const exited = new Promise((resolve) => child.on('exit', resolve));
    expect(
      await until(() => existsSync(fake.pidFile) && profiles(tmp).length === 1, 15_000),
      'the browser is starting',
    ).toBe(true);
    child.kill('SIGKILL');
    await exited;
    const pid = Number(readFileSync(fake.pidFile, 'utf8'));
    expect(
      await until(() => !running(pid) && profiles(tmp).length === 0, 5000),
      'browser gone and profile removed',
    ).toBe(true);
  }, 30_000);

  it('a profile folder left by a run that is gone is removed by the next render', () => {
    const { dir } = repo();
    const tmp = tempDir({}, 'ap-ready-tmp-');
    // PID 2^22 + 1 is above the kernel's largest, so no process has it.
    mkdirSync(join(tmp, 'ap-ready-chromium-4194305-abcdef'));
    writeFileSync(join(tmp, 'ap-ready-chromium-4194305-abcdef', 'Local State'), '{}');
    const fake = fakeBrowser(dir);
    spawnCli(['render', 'findings', 'placements', '--as-of', AS_OF, '--chrome', fake.path, '-o', 'f.pdf'], {
      cwd: dir,
      env: { AP_READY_BROWSER_START_MS: '1000', TMPDIR: tmp },
      killAfterMs: 20_000,
    });
    expect(profiles(tmp)).toEqual([]);
  }, 30_000);
});

describe('browser install through a server that accepts and never answers', () => {
  const sockets: Socket[] = [];
  let server: Server;
  afterAll(() => {
    sockets.forEach((s) => s.destroy());
    server?.close();
  });
  it('gives up with a clear message (exit 2) instead of waiting for ever, and leaves no partial download', async () => {
    server = createServer((s) => {
      sockets.push(s);
      s.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const cache = tempDir({}, 'ap-ready-cache-');
    const child = spawn(process.execPath, [CLI, 'browser', 'install'], {
      env: {
        ...process.env,
        AP_READY_CACHE_DIR: cache,
        AP_READY_BROWSER_DOWNLOAD_URL: `http://127.0.0.1:${port}`,
        AP_READY_DOWNLOAD_STALL_MS: '2000',
      },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const t = Date.now();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(code).toBe(2);
    expect(stderr).toMatch(/nothing arrived for 2 s: the server or a proxy accepted the connection but never answered/);
    expect(existsSync(join(cache, 'browsers', 'chrome-headless-shell'))).toBe(false);
  }, 30_000);
});

describe("Chromium's background services make no request", () => {
  it('a PDF rendered in a private network namespace: nothing reaches a listener on the proxy port (127.0.0.1:9)', () => {
    const { dir } = repo();
    const script = join(dir, 'listen9.cjs');
    writeFileSync(
      script,
      `
const net = require('net'); const seen = [];
const srv = net.createServer((s) => { seen.push('connection'); s.on('data', (d) => seen.push(d.toString('latin1').split('\\r\\n')[0])); s.on('error', () => {}); });
srv.listen(9, '127.0.0.1', () => {
  const r = require('child_process').spawn(process.execPath, [${JSON.stringify(CLI)}, 'render', 'findings', 'placements', '--as-of', '${AS_OF}', '-o', 'f.pdf'], { stdio: 'inherit' });
  r.on('exit', (code) => setTimeout(() => { console.log(JSON.stringify({ code, seen })); process.exit(0); }, 3000));
});`,
    );
    // unshare -rn: a new user and network namespace (no root needed), with only a loopback interface.
    const r = spawnSync('unshare', ['-rn', 'sh', '-c', `ip link set lo up && "${process.execPath}" listen9.cjs`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout.trim().split('\n').pop()!) as { code: number; seen: string[] };
    expect(result.code).toBe(0);
    expect(result.seen).toEqual([]);
  }, 90_000);
});

const PDF_MS = 60_000;

async function renderThenSignal(signal: NodeJS.Signals) {
  const { dir } = repo();
  const pidFile = join(dir, 'browser.pid');
  const child = spawn(
    process.execPath,
    [CLI, 'render', 'planning-call', 'placements', '--as-of', AS_OF, '-o', 'p.pdf'],
    {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', AP_READY_TEST_BROWSER_PID_FILE: pidFile },
    },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, sig) => resolve({ code, signal: sig })),
  );
  const t0 = Date.now();
  while (!(existsSync(pidFile) && readFileSync(pidFile, 'utf8'))) {
    if (Date.now() - t0 > 30_000) throw new Error(`the browser never started: ${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const [pid, profile] = readFileSync(pidFile, 'utf8').split('\n');
  const browser = Number(pid);
  expect(existsSync(profile)).toBe(true);
  expect(running(browser)).toBe(true);
  child.kill(signal);
  const result = await exited;
  const t1 = Date.now();
  while (running(browser) && Date.now() - t1 < 5_000) await new Promise((r) => setTimeout(r, 50));
  return { browser, result, stderr: () => stderr, dir, profile };
}

describe('10. a killed render leaves no browser running', () => {
  it(
    'kill -9 of the CLI: the browser (by its PID) is gone and its profile folder removed',
    async () => {
      const { browser, result, profile } = await renderThenSignal('SIGKILL');
      expect(result.signal).toBe('SIGKILL');
      expect(running(browser)).toBe(false);
      const t = Date.now();
      while (existsSync(profile) && Date.now() - t < 5_000) await new Promise((r) => setTimeout(r, 50));
      expect(existsSync(profile), 'the profile folder is removed').toBe(false);
    },
    PDF_MS,
  );

  // The signals keep their default action (io/cancel.ts): ap-ready ends at once, as the shell's 130 or 143 says;
  // the watchdog started before the browser kills it and removes its profile folder.
  it.each([['SIGTERM'], ['SIGINT']] as const)(
    '%s: ended by the signal, browser gone, profile removed, no PDF',
    async (signal) => {
      const { browser, result, dir, profile } = await renderThenSignal(signal);
      expect(result.signal).toBe(signal);
      const t = Date.now();
      while (existsSync(profile) && Date.now() - t < 5_000) await new Promise((r) => setTimeout(r, 50));
      expect(existsSync(profile)).toBe(false);
      expect(running(browser)).toBe(false);
      expect(existsSync(join(dir, 'p.pdf'))).toBe(false);
    },
    PDF_MS,
  );
});
