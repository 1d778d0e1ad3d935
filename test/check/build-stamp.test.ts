// `npm run prepare` (which npx runs when it installs a clone of this repository) builds only when the build's
// inputs changed: right after a build it returns at once and leaves dist/ alone; a changed source byte, a new
// source file or a changed lock file changes the stamp, so prepare builds again.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, with no type declarations
import { STAMP, buildInputsHash } from '../../scripts/build-inputs.mjs';
import { tempDir } from '../support/temp-dir.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the build stamp', () => {
  it('after a build, prepare does not build again and leaves dist/ as it was', () => {
    if (!existsSync(join(ROOT, STAMP)) || readFileSync(join(ROOT, STAMP), 'utf8').trim() !== buildInputsHash(ROOT)) {
      expect(spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' }).status).toBe(0);
    }
    const before = statSync(join(ROOT, 'dist', 'cli.js')).mtimeMs;
    const r = spawnSync('npm', ['run', 'prepare'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/dist\/ is up to date with src\/; not building again/);
    expect(statSync(join(ROOT, 'dist', 'cli.js')).mtimeMs).toBe(before);
  }, 120_000);

  it('changes with any source byte, a new source file, the compiler settings or the lock file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'scripts'));
    cpSync(join(ROOT, 'src', 'model'), join(dir, 'src', 'model'), { recursive: true });
    for (const f of ['tsconfig.json', 'scripts/bundle.mjs', 'scripts/build-inputs.mjs', 'package-lock.json'])
      cpSync(join(ROOT, f), join(dir, f));
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
