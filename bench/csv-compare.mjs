#!/usr/bin/env node
// csv-parse 7 against the project's CSV state machine (dist/load/csv.js) on the same attendance-shaped
// CSV (1,000,000 rows, ~40 MB). Each run is its own process; the two alternate (paired runs) and the
// medians are printed. csv-parse is not a dependency: install it somewhere and pass its folder, e.g.
//   npm install --prefix /tmp/csvp csv-parse@^7 && node bench/csv-compare.mjs /tmp/csvp/node_modules/csv-parse
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeAttendanceCsv } from './attendance-csv.mjs';

const [mode, arg, file] = process.argv.slice(2);
if (mode === '--run') {
  const t = performance.now();
  let rows = 0;
  if (arg === 'hand') {
    const { CsvParser } = await import(new URL('../dist/load/csv.js', import.meta.url));
    const { openSync, readSync } = await import('node:fs');
    const parser = new CsvParser(
      (fields, p) => {
        if (rows++ === 0)
          p.keepColumns(
            Int16Array.from(fields, (_, i) => i),
            fields.length,
          );
      },
      { positions: true },
    );
    const fd = openSync(file, 'r'),
      buf = Buffer.allocUnsafe(1 << 20);
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) parser.push(buf.toString('latin1', 0, n));
    parser.end();
  } else {
    const { parse } = await import(pathToFileURL(join(arg, 'lib/index.js')).href);
    const { createReadStream } = await import('node:fs');
    for await (const _ of createReadStream(file).pipe(parse({ bom: true, info: false }))) rows++;
  }
  process.stdout.write(JSON.stringify({ ms: performance.now() - t, rows, rssMb: process.memoryUsage().rss / 1048576 }));
  process.exit(0);
}

const csvParse = resolve(mode ?? '');
const dir = mkdtempSync(join(tmpdir(), 'csv-compare-'));
const path = join(dir, 'marks.csv');
writeAttendanceCsv(path, 1_000_000, 2000, 50);
const size = statSync(path).size;
const runs = { hand: [], 'csv-parse': [] };
for (let i = 0; i < 5; i++) {
  for (const which of ['hand', 'csv-parse']) {
    const r = spawnSync(process.execPath, [process.argv[1], '--run', which === 'hand' ? 'hand' : csvParse, path], {
      encoding: 'utf8',
    });
    runs[which].push(JSON.parse(r.stdout));
  }
}
rmSync(dir, { recursive: true, force: true });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};
console.log(`${(size / 1e6).toFixed(1)} MB, ${runs.hand[0].rows} records (header included)`);
for (const [k, v] of Object.entries(runs))
  console.log(
    `${k}: median ${median(v.map((r) => r.ms)).toFixed(0)} ms (runs ${v.map((r) => r.ms.toFixed(0)).join(', ')}), peak RSS ~${median(v.map((r) => r.rssMb)).toFixed(0)} MB`,
  );
