// Globs and ignore patterns a user types can never hang a run: a glob such as `*a*a*a…b` (exponential for a
// backtracking regular expression) against a long file name, and `**/` repeated against a deep tree, through
// the built command line's execute() in a worker thread (ended, and the test failed, if it hangs), each
// answered within the suite's time limit.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, GOOD, TIME_LIMIT_MS, repo, workerCli } from './support.js';

const LONG = `${'a'.repeat(200)}.yaml`;
const STARS = `${'*a'.repeat(40)}*b`;

describe('globs and ignores in bounded time', () => {
  it('`*a*a*a…b` against a 200-character name: no file matches, exit 2, at once', async () => {
    const { dir } = repo({ [LONG]: GOOD });
    const r = await workerCli(['check', `placements/${STARS}`, '--as-of', AS_OF], { cwd: dir });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/No placement file matches/);
    expect(r.ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('the same as an --ignore-pattern: nothing is ignored, the long-named file is checked', async () => {
    const { dir } = repo({ [LONG]: GOOD.replace('P-0042', 'P-0043') });
    const r = await workerCli(['check', '--ignore-pattern', STARS, '--as-of', AS_OF, '-f', 'json'], { cwd: dir });
    expect(r.signal).toBeNull();
    expect(
      JSON.parse(r.stdout)
        .map((f: { filePath: string }) => f.filePath.endsWith(LONG))
        .filter(Boolean),
    ).toHaveLength(1);
    expect(r.ms).toBeLessThan(TIME_LIMIT_MS);
  });

  it('`**/` repeated 40 times against a tree 60 folders deep: the file at the bottom is found', async () => {
    const { dir, placements } = repo();
    const deep = join(placements, ...Array.from({ length: 60 }, (_, i) => `d${i % 3}`));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'bottom.yaml'), GOOD.replace('P-0042', 'P-0044'));
    const r = await workerCli(
      ['check', `placements/${'**/'.repeat(40)}d2/${'**/'.repeat(40)}bottom.yaml`, '--as-of', AS_OF, '-f', 'json'],
      { cwd: dir },
    );
    expect(r.signal).toBeNull();
    expect(
      JSON.parse(r.stdout).map((f: { filePath: string }) =>
        f.filePath
          .slice(dir.length + 1)
          .split('/')
          .at(-1),
      ),
    ).toEqual(['bottom.yaml']);
    expect(r.ms).toBeLessThan(TIME_LIMIT_MS);
  });
});
