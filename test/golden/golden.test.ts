// The findings on the examples, as the json formatter prints them, stored before the architecture
// change (issue 9): a refactor that changes an id, a severity, a position or a word fails here.
// Regenerate on purpose only: UPDATE_GOLDEN=1 npx vitest run test/golden
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function jsonOf(folder: string): Promise<unknown> {
  const { stdout: text } = await runCheck([resolve(root, folder)], { format: 'json', asOf: '2026-11-16', cwd: root });
  const results = JSON.parse(text) as { filePath: string }[];
  return results.map((r) => ({ ...r, filePath: relative(root, r.filePath).split('\\').join('/') }));
}

describe('json output on the examples', () => {
  for (const name of ['placements', 'broken']) {
    it(`examples/${name} as of 2026-11-16 is unchanged`, async () => {
      const stored = fileURLToPath(new URL(`./examples-${name}.json`, import.meta.url));
      const actual = await jsonOf(`examples/${name}`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(stored, JSON.stringify(actual, null, 1) + '\n');
      expect(actual).toEqual(JSON.parse(readFileSync(stored, 'utf8')));
    });
  }
});
