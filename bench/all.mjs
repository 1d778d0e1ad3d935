#!/usr/bin/env node
// `npm run bench`: the check against its floor (bench/ratio.mjs: plain and anchored files, and start-up), then the
// long documents against Chromium's own print (bench/pdf-ratio.mjs), each with its regression gate. Both run
// even when the first fails, so one run gives every figure; the exit code is the worse of the two.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
let code = 0;
for (const script of ['ratio.mjs', 'pdf-ratio.mjs']) {
  const r = spawnSync(process.execPath, [join(here, script)], { stdio: 'inherit' });
  code = Math.max(code, r.status ?? 1);
}
process.exit(code);
