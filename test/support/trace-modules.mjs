// `node --import ./test/support/trace-modules.mjs …` appends the URL of every module the process loads
// to the file named by AP_READY_TRACE_MODULES, one a line: modules imported (a load hook, on Node's loader
// thread) and modules required (the schema library is require()d when first needed: src/load/schemas.ts).
// A required ES module's own imports are not seen here: test/support/loaded-sources.ts follows a bundle
// chunk's static imports, which are always loaded with it.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import { pathToFileURL } from 'node:url';

const log = process.env.AP_READY_TRACE_MODULES;
if (log) {
  register('./trace-modules-hooks.mjs', import.meta.url);
  const load = Module._load;
  Module._load = function traced(request, parent, isMain) {
    try {
      const file = Module._resolveFilename(request, parent, isMain);
      if (file.startsWith('/')) appendFileSync(log, `${pathToFileURL(file).href}\n`);
    } catch {
      // Not resolvable: Module._load says so itself.
    }
    return load.apply(this, [request, parent, isMain]);
  };
}
