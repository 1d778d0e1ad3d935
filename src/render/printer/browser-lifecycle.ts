// The browser's life tied to ours. A PDF render starts Chromium; whatever ends ap-ready must end it too:
// - a normal exit or an error: PdfPrinter.close() (finally);
// - Ctrl-C or SIGTERM, which end ap-ready at once (the default action: io/cancel.ts), and kill -9, which runs
//   no code at all: a small detached watchdog process, started BEFORE the browser, polls our PID and, once we
//   are gone, kills every process started with our profile folder (found in /proc by its --user-data-dir,
//   so even a browser still starting, whose PID we do not know yet, is found) and removes the folder;
// - should even the watchdog be killed, the next render removes any profile folder whose owner has gone
//   (the folder's name holds the owner's PID).
// Measured (kill -9 of a render of the examples, watchdog disabled): with `pipe: true` alone Chromium exited
// once the pipe closed, but its profile folder stayed in /tmp; the watchdog removes it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PREFIX = 'ap-ready-chromium-';

/**
 * Kills every process whose command line names `profile` (Linux: /proc), and the known PID's group. Self-contained:
 * the watchdog runs its source text, so it uses only its parameters.
 */
function killByProfile(
  profile: string,
  pid: number | undefined,
  fs: { readdirSync(p: string): string[]; readFileSync(p: string, e: 'latin1'): string },
): void {
  if (pid) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }
  let names: string[] = [];
  try {
    names = fs.readdirSync('/proc');
  } catch {
    return;
  }
  for (const name of names) {
    if (!/^[0-9]+$/.test(name) || Number(name) === process.pid) continue;
    let cmd = '';
    try {
      cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'latin1');
    } catch {
      continue;
    }
    if (!cmd.includes(`--user-data-dir=${profile}`)) continue;
    // Its process group too (the browser's helpers; puppeteer starts the browser as a group of its own).
    let group = 0;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'latin1');
      group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
    } catch {
      /* gone */
    }
    if (group > 1 && group === Number(name)) {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    try {
      process.kill(Number(name), 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

/** The watchdog: argv = [ourPid, profileDir]; the browser's PID, once known, on its standard input. */
const WATCHDOG = `const killByProfile = ${killByProfile.toString()};
const [parent, profile] = process.argv.slice(1);
let browser = 0;
process.stdin.on('data', (d) => { browser = Number(String(d).trim()) || browser; });
process.stdin.on('error', () => {});
const alive = (pid) => { try { process.kill(Number(pid), 0); return true; } catch (e) { return e.code === 'EPERM'; } };
setInterval(() => {
  if (alive(parent)) return;
  killByProfile(profile, browser, require('fs'));
  setTimeout(() => { killByProfile(profile, browser, require('fs')); try { require('fs').rmSync(profile, { recursive: true, force: true }); } catch {} process.exit(0); }, 300);
}, 200);
`;

/** Removes profile folders left by a run that is gone (its PID in the name no longer runs), ours only. */
export function removeStaleProfiles(dir = tmpdir()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const m = new RegExp(`^${PREFIX}(\\d+)-`).exec(name);
    if (!m || Number(m[1]) === process.pid) continue;
    try {
      if (uid !== undefined && statSync(join(dir, name)).uid !== uid) continue;
      process.kill(Number(m[1]), 0);
      continue; // its owner still runs
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ESRCH') continue;
    }
    try {
      rmSync(join(dir, name), { recursive: true, force: true });
    } catch {
      /* best effort */
    }
  }
}

export interface BrowserLife {
  profileDir: string;
  /** True once kill() or done() has run: a browser that starts after that is closed at once. */
  readonly ended: boolean;
  /** Call with the browser's PID once it has started. */
  started(pid: number | undefined): void;
  /** Kills the browser (its whole process group, and anything started with its profile) at once and removes the profile folder. Idempotent. */
  kill(): void;
  /** After a normal close: stop the watchdog, remove the profile folder. */
  done(): void;
}

export function browserLife(): BrowserLife {
  removeStaleProfiles();
  const profileDir = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
  let pid: number | undefined;
  let ended = false;
  // The watchdog first: a kill -9 while the browser starts (about a second) leaves nothing behind.
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG, String(process.pid), profileDir], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watchdog.on('error', () => undefined);
  watchdog.stdin?.on('error', () => undefined);
  watchdog.unref();
  const stopWatchdog = () => {
    try {
      watchdog.stdin?.destroy();
    } catch {
      /* closed */
    }
    try {
      watchdog.kill('SIGKILL');
    } catch {
      /* gone */
    }
  };
  const removeProfile = () => {
    try {
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      /* best effort */
    }
  };
  const kill = () => {
    if (ended) return;
    ended = true;
    killByProfile(profileDir, pid, { readdirSync: (p) => readdirSync(p), readFileSync: (p, e) => readFileSync(p, e) });
    stopWatchdog();
    removeProfile();
  };
  return {
    profileDir,
    get ended() {
      return ended;
    },
    started(p) {
      pid = p;
      if (p !== undefined)
        try {
          watchdog.stdin?.end(`${p}\n`);
        } catch {
          /* the watchdog finds it by its profile */
        }
    },
    kill,
    done() {
      if (ended) return;
      ended = true;
      stopWatchdog();
      removeProfile();
    },
  };
}
