// The floor `check` is judged against: a Node process that only reads the same files and parses each
// with js-yaml (core schema, as ap-ready parses them), keeping every parsed value until the end, as a
// check must. No positions, no schema, no rules.
//
//   node bench/floor.mjs FOLDER

import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import jsYaml from 'js-yaml';

function walk(dir, out) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && e.name !== 'node_modules') walk(full, out);
    } else if (['.yaml', '.yml'].includes(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const values = [];
const files = walk(process.argv[2], []).sort();
for (const f of files) values.push(jsYaml.load(decoder.decode(readFileSync(f)), { schema: jsYaml.CORE_SCHEMA }));
const keys = values.reduce((n, v) => n + (v && typeof v === 'object' ? Object.keys(v).length : 0), 0);
process.stdout.write(`${files.length} files, ${keys} top-level keys\n`);
