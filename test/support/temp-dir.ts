// One way to make a temporary folder in the tests: a fresh folder (optionally holding `files`, name → text,
// sub-folders made as needed), removed when the test file ends: test/support/setup.ts (a setup file of every
// project) registers removeTempDirs after each file. In the unit project (isolate: false) this module is loaded
// once for many files, so an afterAll registered here belonged to the first file only and the folders of every
// later file were left in the temp folder.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const made: string[] = [];
export function removeTempDirs(): void {
  for (const d of made.splice(0)) {
    try {
      chmodSync(d, 0o755);
    } catch {
      /* already gone */
    } // a test may have made it unreadable
    rmSync(d, { recursive: true, force: true });
  }
}
process.on('exit', removeTempDirs);

export function tempDir(files: Record<string, string | Buffer> = {}, prefix = 'ap-ready-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  return dir;
}
