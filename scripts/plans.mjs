// `npm run generate` (after the build): writes src/load/plans.ts, the plans of the schemas the loaders check
// against (src/load/fast-plan.ts), so the fast path before zod runs without loading zod.
// test/model/plans.test.ts fails when the file is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const { planOf } = await import(join(ROOT, 'dist', 'load', 'fast-plan.js'));
const { SCHEMAS } = await import(join(ROOT, 'dist', 'load', 'schema-library.js'));
const plans = Object.fromEntries(Object.entries(SCHEMAS).map(([name, schema]) => [name, planOf(schema)]));
const out = join(ROOT, 'src', 'load', 'plans.ts');
// One line a schema, left alone by prettier: the plans are data, and written out they would run to 900 lines.
const body = Object.entries(plans)
  .map(([name, plan]) => `  ${name}: ${JSON.stringify(plan)},`)
  .join('\n');
const text = `// Written by \`npm run generate\` (scripts/plans.mjs) from the zod schemas (schema-library.ts): do not edit.
// What the fast path before zod (fast-valid.ts) checks each block against; test/model/plans.test.ts fails
// when a schema changes and this file is not written again.
import type { Plan } from './fast-plan.js';

// prettier-ignore
export const PLANS: Record<'provider' | 'placement' | 'pupil' | 'config', Plan> = {
${body}
};
`;
writeFileSync(out, text);
