// Loads the schema library (schema-library.ts: zod and the schemas) the first time it is needed: a block, the
// register or the config that did not pass the fast path. Loading it is most of a check's start-up (zod's
// chunk is about 400 KB of JavaScript to compile and run, and the schemas are built when it loads), and a
// school's files are nearly always valid, so most checks never load it.
import { createRequire } from 'node:module';
import type * as Library from './schema-library.js';

export type SchemaLibrary = typeof Library;
export type SchemaName = keyof SchemaLibrary['SCHEMAS'];

let library: SchemaLibrary | undefined;

/**
 * The schema library, loaded now if it is not yet. require() of an ES module is synchronous from Node 20.19
 * (package.json's engines), so a loader deep in a synchronous check can ask for it; the bundle builds it as its
 * own file beside the command line's chunks (scripts/bundle.mjs), and tsc's output has it beside this module.
 */
export function schemaLibrary(): SchemaLibrary {
  return (library ??= createRequire(import.meta.url)('./schema-library.js') as SchemaLibrary);
}

/** Hands over a schema library already loaded (a test runner that loads modules its own way). */
export function useSchemaLibrary(loaded: SchemaLibrary): void {
  library = loaded;
}
