// Loads many placement files on every core. Parsing and validating is most of a check's time; the main
// thread and worker threads take files one at a time from a shared counter, so the work balances itself
// however long each file takes, and the result is in path order whoever loaded each file.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PlacementFile, type LoadedFileMessage } from './placement-file.js';

/** Below this many files a worker's start-up (~100 ms) costs more than it saves. */
export const PARALLEL_MIN_FILES = 150;
const WORKER_URL = new URL('./load-worker.js', import.meta.url);

export async function loadPlacementFilesParallel(paths: readonly string[], cwd = process.cwd()): Promise<PlacementFile[]> {
  const threads = Math.min(availableParallelism() - 1, 3, Math.floor(paths.length / PARALLEL_MIN_FILES));
  // Run from TypeScript sources (tests), there is no compiled worker: load on this thread.
  if (threads < 1 || !existsSync(fileURLToPath(WORKER_URL))) return paths.map((p) => new PlacementFile(p, cwd).load());

  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const files: (PlacementFile | undefined)[] = new Array(paths.length);
  const finished = Array.from({ length: threads }, () => new Promise<void>((resolve) => {
    const worker = new Worker(WORKER_URL, { workerData: { paths, cwd, counter } });
    worker.on('message', (batch: [number, LoadedFileMessage][]) => {
      for (const [i, m] of batch) files[i] = PlacementFile.fromMessage(paths[i], cwd, m);
    });
    // A worker that fails leaves its files unloaded; they are loaded below on this thread.
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  }));
  for (let i = Atomics.add(next, 0, 1); i < paths.length; i = Atomics.add(next, 0, 1)) {
    files[i] = new PlacementFile(paths[i], cwd).load();
  }
  await Promise.all(finished);
  return files.map((f, i) => f ?? new PlacementFile(paths[i], cwd).load());
}
