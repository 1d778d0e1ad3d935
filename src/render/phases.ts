// How long each phase of making a document takes (check, html, launch, load, print), reported only when
// a reporter is set: the command line sets one for --debug, so a slow PDF can be explained.
export type PhaseReporter = (phase: string, ms: number) => void;

let reporter: PhaseReporter | undefined;

/** Report each phase's time to `fn` from now on (undefined: stop). */
export function reportPhasesTo(fn: PhaseReporter | undefined): void {
  reporter = fn;
}

/** Runs `work`, reporting how long it took as `phase` (whether it succeeded or not). */
export async function timed<T>(phase: string, work: () => Promise<T> | T): Promise<T> {
  if (!reporter) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    reporter(phase, performance.now() - started);
  }
}
