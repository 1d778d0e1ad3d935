// The attendance floor: read a CSV and split it into fields with the fastest parser measured (the
// project's own state machine, dist/load/csv.js, every column kept, no positions), and nothing else.
//   node bench/attendance-floor.mjs FILE.csv
import { openSync, readSync } from 'node:fs';
import { CsvParser } from '../dist/load/csv.js';

let rows = 0;
const parser = new CsvParser((fields, p) => {
  if (rows++ === 0)
    p.keepColumns(
      Int16Array.from(fields, (_, i) => i),
      fields.length,
    );
});
const fd = openSync(process.argv[2], 'r'),
  buf = Buffer.allocUnsafe(1 << 20);
for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) parser.push(buf.toString('latin1', 0, n));
parser.end();
process.stdout.write(`${rows - 1} rows\n`);
