// The browser's life tied to ours. A PDF render starts Chromium; whatever ends ap-ready must end it too:
// - a normal exit or an error: PdfPrinter.close() (finally);
// - Ctrl-C or SIGTERM: the handlers in io/cancel.ts kill it and remove its profile folder first;
// - kill -9 of ap-ready, which runs no code at all: a small detached watchdog process polls our PID and,
//   once we are gone, kills the browser's process group and removes the profile folder.
// Measured (kill -9 of a render of the examples, watchdog disabled): with `pipe: true` alone Chromium exited
// once the pipe closed, but its profile folder stayed in /tmp; the watchdog removes it, and kills the browser
// should it not notice the pipe.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onCancel } from '../io/cancel.js';

/** The watchdog: argv = [ourPid, browserPid, profileDir]. Polls every 200 ms; exits when either is gone. */
const WATCHDOG = `
const [parent, browser, profile] = process.argv.slice(1);
const alive = (pid) => { try { process.kill(Number(pid), 0); return true; } catch (e) { return e.code === 'EPERM'; } };
const tick = () => {
  if (!alive(browser)) return process.exit(0);
  if (alive(parent)) return;
  try { process.kill(-Number(browser), 'SIGKILL'); } catch { try { process.kill(Number(browser), 'SIGKILL'); } catch {} }
  setTimeout(() => { try { require('fs').rmSync(profile, { recursive: true, force: true }); } catch {} process.exit(0); }, 300);
};
setInterval(tick, 200);
`;

export interface BrowserLife {
  profileDir: string;
  /** Call with the browser's PID once it has started. */
  started(pid: number | undefined): void;
  /** Kills the browser (its whole process group) at once and removes the profile folder. Idempotent. */
  kill(): void;
  /** After a normal close: stop the watchdog, remove the profile folder. */
  done(): void;
}

export function browserLife(): BrowserLife {
  const profileDir = mkdtempSync(join(tmpdir(), 'ap-ready-chromium-'));
  let pid: number | undefined;
  let watchdog: ReturnType<typeof spawn> | undefined;
  let ended = false;
  const removeProfile = () => {
    try { rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 }); } catch { /* best effort */ }
  };
  const kill = () => {
    if (ended) return;
    ended = true;
    if (pid !== undefined) {
      try { process.kill(-pid, 'SIGKILL'); } catch { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
    }
    try { watchdog?.kill('SIGKILL'); } catch { /* gone */ }
    removeProfile();
    offCancel();
  };
  const offCancel = onCancel(kill);
  return {
    profileDir,
    started(p) {
      pid = p;
      if (p === undefined) return;
      watchdog = spawn(process.execPath, ['-e', WATCHDOG, String(process.pid), String(p), profileDir], { detached: true, stdio: 'ignore' });
      watchdog.unref();
    },
    kill,
    done() {
      if (ended) return;
      ended = true;
      try { watchdog?.kill('SIGKILL'); } catch { /* gone */ }
      removeProfile();
      offCancel();
    },
  };
}
