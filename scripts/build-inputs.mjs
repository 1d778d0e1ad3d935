// What the build (tsc, then scripts/bundle.mjs) is made from, as one SHA-256: every file under src/, the
// compiler's settings, the bundler script and the locked dependency versions. scripts/bundle.mjs writes it
// beside the build when the build ends; scripts/prepare.mjs builds again only when it has changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export const STAMP = join('dist', 'build-inputs.sha256');

export function buildInputsHash(root) {
  const h = createHash('sha256');
  const inputs = [
    ...files(join(root, 'src')),
    ...['tsconfig.json', 'scripts/bundle.mjs', 'scripts/build-inputs.mjs', 'package-lock.json'].map((f) =>
      join(root, f),
    ),
  ];
  for (const file of inputs.map((f) => relative(root, f).split('\\').join('/')).sort()) {
    h.update(`${file}\u0000`)
      .update(readFileSync(join(root, file)))
      .update('\u0001');
  }
  return h.digest('hex');
}
