import { readFileSync } from 'node:fs';

/** The package's version, read once from the package.json above dist/ and src/. */
export const VERSION: string = (() => {
  // dist/version.js, or a chunk of the bundled command line in dist/bin/: package.json is one or two folders up.
  for (const url of [new URL('../package.json', import.meta.url), new URL('../../package.json', import.meta.url)]) {
    try {
      const pkg = JSON.parse(readFileSync(url, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'ap-ready' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      /* not here */
    }
  }
  return '0.0.0';
})();
