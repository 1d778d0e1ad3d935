// What the modules a traced run loaded (test/support/trace-modules.mjs) stand for. The command line is bundled
// (scripts/bundle.mjs): a chunk in dist/bin/ stands for the source files and packages inside it, as the
// bundle's metafile lists them, so a test can still say whether a command loaded zod or a YAML parser.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let meta: { outputs: Record<string, { inputs: Record<string, unknown> }> } | undefined;

/** Each loaded URL, a bundle chunk replaced by the files in it ("/node_modules/zod/…", "/dist/check.js"). */
export function loadedSources(urls: readonly string[]): string[] {
  meta ??= JSON.parse(readFileSync(join(ROOT, 'dist', 'bin', 'meta.json'), 'utf8')) as NonNullable<typeof meta>;
  return urls.flatMap((url) => {
    if (!url.startsWith('file:')) return [url];
    const rel = relative(ROOT, fileURLToPath(url)).split('\\').join('/');
    const chunk = meta!.outputs[rel];
    return chunk ? Object.keys(chunk.inputs).map((input) => `/${input}`) : [url];
  });
}
