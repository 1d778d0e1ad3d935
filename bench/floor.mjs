// The parse-only floor: what any tool must pay to read and YAML-parse the same files, with the same
// parser ap-ready uses (js-yaml, core schema, with the position listener: dist/load/yaml.js) and no
// schema or rules. `check` is judged against this.
//
//   node bench/floor.mjs FOLDER

import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseYaml } from '../dist/load/yaml.js';

function walk(dir, out) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) { if (!e.name.startsWith('.') && e.name !== 'node_modules') walk(full, out); }
    else if (['.yaml', '.yml'].includes(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
let nodes = 0;
const files = walk(process.argv[2], []).sort();
for (const f of files) {
  const { value } = parseYaml(decoder.decode(readFileSync(f)));
  nodes += value && typeof value === 'object' ? Object.keys(value).length : 0;
}
process.stdout.write(`${files.length} files, ${nodes} top-level keys\n`);
