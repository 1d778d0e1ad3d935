// After tsc: the command line as a few bundled files (dist/bin/), so a run loads a handful of modules
// instead of about 230 (ap-ready's own ~120 and zod's ~95). Measured on the 1,000-file bench: 0.15 s of CPU
// less a check (1.68 -> 1.53 s), and the same for every editor save, pre-commit run and cache hit.
// The commands still load only what they need: each command module is its own chunk (`rules` and `--help`
// load no schema library and no YAML parser; test/check/startup-modules.test.ts traces it through the
// metafile written beside the bundle). dist/cli.js becomes a two-line stub that imports dist/bin/cli.js.
// Packages that load files of their own or are large and used only for PDFs stay outside the bundle, and so do
// chalk and js-yaml (ES modules: copying them in saved no measurable time). commander and ignore are CommonJS:
// imported from an ES module, Node runs its CommonJS export scanner over each (ignore's 50 KB cost about 35 ms
// of CPU at every start); bundled, they are plain functions in the chunk, and `check` of an empty folder fell
// from 164 to 127 ms of CPU (median of 30, alternating, 7 December 2026). zod is bundled too: its package
// entry loads every language's messages and about 95 modules, and a check of the examples took 387 ms of CPU
// with zod external against 298 ms with the bundled English-only copy below (node dist/cli.js check
// examples/placements, median of 9, issue 24).
import { build } from 'esbuild';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAMP, buildInputsHash } from './build-inputs.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'bin');
const ENTRY = join(ROOT, 'dist', 'cli.js');
const STUB = "#!/usr/bin/env node\n// The command line, bundled by scripts/bundle.mjs.\nimport './bin/cli.js';\n";
if (!existsSync(ENTRY) || readFileSync(ENTRY, 'utf8') === STUB) {
  console.error(
    "bundle: dist/cli.js is not tsc's output (already bundled, or not built): run `npm run build`, which compiles first.",
  );
  process.exit(2);
}
rmSync(OUT, { recursive: true, force: true });
const result = await build({
  // The schema library (zod and the schemas) is an entry of its own, dist/bin/schema-library.js, so the loaders
  // can require() it by that name the first time a block fails the fast path (src/load/schemas.ts): a check of
  // valid files never loads it.
  entryPoints: { cli: ENTRY, 'schema-library': join(ROOT, 'dist', 'load', 'schema-library.js') },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Chunks beside the entry: modules that find files from their own place (templates, docs) are one folder
  // below dist/, as in dist/render/ or dist/report/.
  chunkNames: '[name]-[hash]',
  external: ['puppeteer-core', '@puppeteer/browsers', 'handlebars', '@fontsource/*', 're2-wasm', 'chalk', 'js-yaml'],
  // Packages written as CommonJS (commander, ignore) call require() for Node's own modules.
  banner: {
    js: "import { createRequire as apReadyCreateRequire } from 'node:module'; const require = apReadyCreateRequire(import.meta.url);",
  },
  // zod's index exports every language's error messages (zod.locales: 366 KB, half the schema library's chunk,
  // compiled at every start); ap-ready words its own messages and uses zod's default English only.
  plugins: [
    {
      name: 'zod-english-only',
      setup(b) {
        b.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
          /[\\/]zod[\\/]/.test(args.importer)
            ? { path: join(dirname(args.importer), args.path), namespace: 'zod-locales' }
            : undefined,
        );
        b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
          contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};\n`,
          resolveDir: dirname(args.path),
        }));
      },
    },
  ],
  metafile: true,
  absWorkingDir: ROOT,
  logLevel: 'warning',
});
writeFileSync(join(OUT, 'meta.json'), JSON.stringify(result.metafile));
writeFileSync(ENTRY, STUB);
// Executable, as npm makes a bin when it installs a package (writeFileSync's mode applies only to a new file).
chmodSync(ENTRY, 0o755);
// Last: what this build was made from, so `npm run prepare` (npx in a clone) can tell it need not build again.
writeFileSync(join(ROOT, STAMP), `${buildInputsHash(ROOT)}\n`);
