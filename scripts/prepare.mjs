// npm's prepare script: build, unless dist/ was built from exactly these sources already. `npx ap-ready` in a
// clone installs the clone into npx's own folder and runs prepare there; building again each time made the
// first run take 24 s or more. `npm run build` always builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { STAMP, buildInputsHash } from './build-inputs.mjs';

/**
 * Builds the package in `root` (by `build`, which returns its exit code) unless dist/ was built from exactly
 * its inputs, which `log` then says; returns the exit code.
 */
export function prepare(
  root,
  build = () => spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status ?? 1,
  log = console.log,
) {
  let current = false;
  try {
    current =
      existsSync(join(root, 'dist', 'cli.js')) &&
      readFileSync(join(root, STAMP), 'utf8').trim() === buildInputsHash(root);
  } catch {
    /* no stamp, or a source missing: build */
  }
  if (!current) return build();
  log('ap-ready: dist/ is up to date with src/; not building again (npm run build forces it).');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = prepare(join(dirname(fileURLToPath(import.meta.url)), '..'));
