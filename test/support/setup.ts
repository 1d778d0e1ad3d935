// A setup file of every test project: runs in each test file, so what the support modules made for that file is
// removed when it ends, whether the project shares one module graph between files (unit) or not.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.js';

afterAll(removeTempDirs);

// The loaders require() the schema library the first time a block needs zod (src/load/schemas.ts); vitest loads
// the TypeScript sources its own way, so it is handed over here. The built command line's own lazy loading is
// tested by running it (test/check/startup-modules.test.ts).
import { useSchemaLibrary } from '../../src/load/schemas.js';
useSchemaLibrary(await import('../../src/load/schema-library.js'));
