// A worker thread that loads placement files alongside the main thread (see parallel.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { PlacementFile, type LoadedFileMessage } from './placement-file.js';

const { paths, cwd, counter } = workerData as { paths: string[]; cwd: string; counter: SharedArrayBuffer };
const next = new Int32Array(counter);
let batch: [number, LoadedFileMessage][] = [];
for (;;) {
  const i = Atomics.add(next, 0, 1);
  if (i >= paths.length) break;
  batch.push([i, new PlacementFile(paths[i], cwd).load().toMessage()]);
  if (batch.length === 32) {
    parentPort!.postMessage(batch);
    batch = [];
  }
}
parentPort!.postMessage(batch);
