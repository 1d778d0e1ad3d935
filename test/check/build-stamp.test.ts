// `npm run prepare` (which npx runs when it installs a clone of this repository) builds only when the build's
// inputs changed: right after a build it returns at once and leaves dist/ alone; a changed source byte, a new
// source file or a changed lock file changes the stamp, so prepare builds again. prepare() of
// scripts/prepare.mjs runs here in-process with a stand-in for `npm run build`; the script itself, building in
// a fresh clone, runs in test/package/pre-commit.test.ts (pre-commit installs the hooks from a clone).
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, with no type declarations
import { STAMP, buildInputsHash } from '../../scripts/build-inputs.mjs';
// @ts-expect-error: a build script in plain JavaScript, with no type declarations
import { prepare as prepareScript } from '../../scripts/prepare.mjs';
import { tempDir } from '../support/temp-dir.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const prepare = prepareScript as (root: string, build: () => number, log: (line: string) => void) => number;
const UP_TO_DATE = 'ap-ready: dist/ is up to date with src/; not building again (npm run build forces it).';

/** prepare(root) with a build that only counts its calls and answers `code`: what it did and said. */
function prepared(root: string, code = 0) {
  const said: string[] = [];
  let builds = 0;
  const status = prepare(
    root,
    () => {
      builds++;
      return code;
    },
    (line) => said.push(line),
  );
  return { status, builds, said };
}

/** A copy of the build's inputs (a part of src/ stands for all of it), with a dist/ stamped as the build does. */
function builtCopy(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'scripts'));
  cpSync(join(ROOT, 'src', 'model'), join(dir, 'src', 'model'), { recursive: true });
  for (const f of ['tsconfig.json', 'scripts/bundle.mjs', 'scripts/build-inputs.mjs', 'package-lock.json'])
    cpSync(join(ROOT, f), join(dir, f));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'cli.js'), '');
  writeFileSync(join(dir, STAMP), `${buildInputsHash(dir)}\n`);
  return dir;
}

describe('the build stamp', () => {
  it('after a build, prepare does not build again and leaves dist/ as it was', () => {
    expect(readFileSync(join(ROOT, STAMP), 'utf8').trim(), 'dist/ is built from these sources: npm run build').toBe(
      buildInputsHash(ROOT),
    );
    const before = statSync(join(ROOT, 'dist', 'cli.js')).mtimeMs;
    expect(prepared(ROOT)).toEqual({ status: 0, builds: 0, said: [UP_TO_DATE] });
    expect(statSync(join(ROOT, 'dist', 'cli.js')).mtimeMs).toBe(before);
  });

  it('builds, with the build’s exit code, when an input changed, the stamp is missing or dist/ has no cli.js', () => {
    const dir = builtCopy();
    expect(prepared(dir)).toEqual({ status: 0, builds: 0, said: [UP_TO_DATE] });
    writeFileSync(join(dir, 'src/model/dates.ts'), `${readFileSync(join(dir, 'src/model/dates.ts'), 'utf8')} `);
    expect(prepared(dir, 3)).toEqual({ status: 3, builds: 1, said: [] });
    const stale = builtCopy();
    writeFileSync(join(stale, STAMP), 'not a hash\n');
    expect(prepared(stale).builds).toBe(1);
    const noCli = builtCopy();
    rmSync(join(noCli, 'dist', 'cli.js'));
    expect(prepared(noCli).builds).toBe(1);
  });

  it('changes with any source byte, a new source file, the compiler settings or the lock file', () => {
    const dir = builtCopy();
    const hashes = [buildInputsHash(dir)];
    const edit = (f: string, text: string) => {
      writeFileSync(join(dir, f), text);
      hashes.push(buildInputsHash(dir));
    };
    edit('src/model/dates.ts', `${readFileSync(join(dir, 'src/model/dates.ts'), 'utf8')} `);
    edit('src/model/new.ts', 'export {};\n');
    edit('tsconfig.json', `${readFileSync(join(dir, 'tsconfig.json'), 'utf8')}\n`);
    edit('package-lock.json', `${readFileSync(join(dir, 'package-lock.json'), 'utf8')}\n`);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(buildInputsHash(dir)).toBe(hashes.at(-1)); // and the same inputs hash the same
  });
});
