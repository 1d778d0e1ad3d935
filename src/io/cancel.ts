// Ctrl-C (SIGINT) and SIGTERM: run the clean-ups registered (kill a browser, remove its profile folder),
// say "cancelled" in one line, and exit 130 or 143 as shells expect. No stack trace, no "report it".
const cleanups = new Set<() => void>();
let installed = false;

/** Registers a clean-up for cancellation; returns a function that removes it. */
export function onCancel(fn: () => void): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

export function installCancelHandlers(): void {
  if (installed) return;
  installed = true;
  const handle = (signal: 'SIGINT' | 'SIGTERM') => () => {
    for (const fn of cleanups) {
      try { fn(); } catch { /* keep going: every clean-up gets its turn */ }
    }
    process.stderr.write(`\nap-ready: cancelled (${signal === 'SIGINT' ? 'Ctrl-C' : 'SIGTERM'}).\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', handle('SIGINT'));
  process.on('SIGTERM', handle('SIGTERM'));
}
