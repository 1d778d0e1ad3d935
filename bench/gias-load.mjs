// Times loadGias (dist/gias/reader.js) on one extract. Prints JSON.
//   node bench/gias-load.mjs FILE [--runs=5]   in-process: one warm-up load, then the median of the runs
//   node bench/gias-load.mjs FILE --once        one load (the whole-process cost is timed by the caller)

import { loadGias } from '../dist/gias/reader.js';

const [file, ...flags] = process.argv.slice(2);
const once = flags.includes('--once');
const runs = Number(flags.find((f) => f.startsWith('--runs='))?.slice(7) ?? 5);
const times = [];
let index;
for (let i = 0; i < (once ? 1 : runs + 1); i++) {
  const t = performance.now();
  index = await loadGias(file);
  if (once || i > 0) times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({
    rows: index.size,
    encoding: index.encoding,
    median: times[times.length >> 1],
    runs: times,
    rssMB: process.memoryUsage().rss / 1048576,
  }) + '\n',
);
