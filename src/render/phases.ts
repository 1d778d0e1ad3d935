// How long each phase of making a document takes (check, html, launch, load, print), reported only to a
// reporter the run was given: the command line gives one for --debug, so a slow PDF can be explained. The
// reporter travels with the run (the render's options, the printer session), never in a module's state.
export type PhaseReporter = (phase: string, ms: number) => void;

/** Runs `work`, reporting how long it took as `phase` to `report` (whether it succeeded or not). */
export async function timed<T>(phase: string, work: () => Promise<T> | T, report?: PhaseReporter): Promise<T> {
  if (!report) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    report(phase, performance.now() - started);
  }
}
