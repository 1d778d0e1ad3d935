// The second-step test area (test/fixtures/area-second): four invented schools with each fault the area view
// must get right. Each test copies it to a temporary folder, changes what it needs, and checks it.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../support/temp-dir.js';
import { checkArea, type AreaResult } from '../../src/area/index.js';

export const SECOND = fileURLToPath(new URL('../fixtures/area-second', import.meta.url));
export const AS_OF = '2026-11-16';

/** A copy of the test area; `edit` gets the copy's folder to change files in. */
export function secondArea(edit?: (root: string) => void): string {
  const root = tempDir({}, 'ap-ready-area2-'); // removed when the test file ends
  cpSync(SECOND, root, { recursive: true });
  edit?.(root);
  return join(root, 'area.yaml');
}

/** Replaces text in one file of the copy. */
export function replaceIn(root: string, file: string, from: string | RegExp, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: nothing to replace`);
  writeFileSync(path, next);
}

export const remove = (root: string, file: string) => rmSync(join(root, file), { recursive: true });

export async function checkSecond(edit?: (root: string) => void, gias = true): Promise<AreaResult> {
  const area = secondArea(edit);
  return checkArea(area, { asOf: AS_OF, giasPath: gias ? join(area, '..', 'gias.csv') : undefined });
}

export const provider = (r: AreaResult, name: string) => {
  const found = r.providers.filter((p) => p.uses.some((u) => u.provider.name === name));
  if (found.length !== 1) throw new Error(`${name}: ${found.length} providers`);
  return found[0];
};
export const byRule = (r: AreaResult, rule: string) =>
  r.areaFindings.filter((f) => f.ruleId === rule && f.file === r.area.path);
