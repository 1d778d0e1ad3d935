// npm's prepare script: build, unless dist/ was built from exactly these sources already. `npx ap-ready` in a
// clone installs the clone into npx's own folder and runs prepare there; building again each time made the
// first run take 24 s or more. `npm run build` always builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAMP, buildInputsHash } from './build-inputs.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(ROOT, STAMP);
let current = false;
try {
  current = existsSync(join(ROOT, 'dist', 'cli.js')) && readFileSync(stamp, 'utf8').trim() === buildInputsHash(ROOT);
} catch {
  /* no stamp, or a source missing: build */
}
if (current) {
  console.log('ap-ready: dist/ is up to date with src/; not building again (npm run build forces it).');
} else {
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
