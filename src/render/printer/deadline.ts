// A time limit that counts only the time this process was free to hear the browser. Chromium starts while the
// checks and the templates run (printer/session.ts), and they hold Node's event loop for seconds at a time: the
// 300-school area overview's check held it for over 30 s at load 17 on the 2-core machine, so a plain 30 s
// timer fired the moment the loop was free, before the browser's answer, long since sent, had been read, and the
// browser was reported as not starting. Here the limit is counted in short ticks, and a tick that comes late
// (the loop was busy) counts only its own length.

const TICK_MS = 250;

/** Calls `onTimeout` once `ms` of free time have passed; the function returned cancels it. */
export function freeTimeDeadline(ms: number, onTimeout: () => void): () => void {
  let left = ms;
  let last = performance.now();
  let timer: NodeJS.Timeout;
  const tick = () => {
    const now = performance.now();
    left -= Math.min(now - last, TICK_MS);
    last = now;
    if (left <= 0) onTimeout();
    else timer = setTimeout(tick, Math.min(TICK_MS, left));
  };
  timer = setTimeout(tick, Math.min(TICK_MS, left));
  return () => clearTimeout(timer);
}
