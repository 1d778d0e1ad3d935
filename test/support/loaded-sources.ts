// What the modules a traced run loaded (test/support/trace-modules.mjs) stand for. The command line is bundled
// (scripts/bundle.mjs): a chunk in dist/bin/ stands for the source files and packages inside it, as the
// bundle's metafile lists them, so a test can still say whether a command loaded zod or a YAML parser.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let meta:
  | { outputs: Record<string, { inputs: Record<string, unknown>; imports?: { path: string; kind: string }[] }> }
  | undefined;

/**
 * Each loaded URL, a bundle chunk replaced by the files in it ("/node_modules/zod/…", "/dist/check.js") and
 * by those of the chunks it imports statically (loaded with it, whether the trace saw them or not).
 */
export function loadedSources(urls: readonly string[]): string[] {
  const outputs = (meta ??= JSON.parse(readFileSync(join(ROOT, 'dist', 'bin', 'meta.json'), 'utf8')) as NonNullable<
    typeof meta
  >).outputs;
  const seen = new Set<string>();
  const chunkSources = (rel: string): string[] => {
    if (seen.has(rel)) return [];
    seen.add(rel);
    const chunk = outputs[rel];
    return [
      ...Object.keys(chunk.inputs).map((input) => `/${input}`),
      ...(chunk.imports ?? [])
        .filter((i) => i.kind === 'import-statement' && outputs[i.path])
        .flatMap((i) => chunkSources(i.path)),
    ];
  };
  return urls.flatMap((url) => {
    if (!url.startsWith('file:')) return [url];
    const rel = relative(ROOT, fileURLToPath(url)).split('\\').join('/');
    return outputs[rel] ? chunkSources(rel) : [url];
  });
}
