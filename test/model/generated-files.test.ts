// The generated files checked in must equal what the code generates now: the JSON Schemas under schemas/
// (`ap-ready schema`), and the rule pages' Sources and Settings sections (test/model/sources.test.ts,
// test/rules/page-settings.test.ts). One command regenerates all of them: npm run generate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { runSchema } from '../../src/commands/schema.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

it.each([
  ['schemas/placement-file.schema.json', {}],
  ['schemas/config.schema.json', { config: true }],
  ['schemas/pupils.schema.json', { pupils: true }],
])('%s is what ap-ready schema prints', (path, opts: { config?: boolean; pupils?: boolean }) => {
  expect(readFileSync(join(ROOT, path), 'utf8'), `${path} is out of date: run npm run generate`).toBe(runSchema(opts));
});
