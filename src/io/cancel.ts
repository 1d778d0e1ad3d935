// Ctrl-C (SIGINT) and SIGTERM end ap-ready at once, whatever it is doing: the signals keep their default
// action. A JavaScript handler runs only when the event loop is free, so it came 11 s late on a 2,000,000-row
// CSV and never during a blocked open() or a runaway regular expression; the default action is taken by the
// kernel. The shell then reports exit 130 (Ctrl-C) or 143 (SIGTERM) as for any program a signal ends.
// Nothing is left half-done by it: every output is written to a temporary file and renamed into place
// (io/output.ts, which also removes a temporary file a killed run left), and a browser started for a PDF is
// killed and its profile folder removed by its watchdog process (render/browser-lifecycle.ts).

/**
 * Makes sure SIGINT and SIGTERM have their default action: removes any JavaScript listener a library
 * may have added (which would turn the signal into an event that waits for the event loop).
 */
export function installCancelHandlers(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
}
