// What an area run reads or could read, for the output writer (io/output.ts) to refuse as an output: the
// area file, the provider directory, every file each school's check read, and the YAML and CSV files anywhere
// in each school's folder (a school left out, or a file one of them ignores, is still that school's: never
// written over).
import { dirname, join, resolve } from 'node:path';
import type { AreaResult } from './index.js';

export function areaInputs(result: Pick<AreaResult, 'area' | 'schools' | 'directory'>): string[] {
  const base = dirname(result.area.path);
  const folders = new Set([
    ...(result.area.data.schools ?? [])
      .map((s) => s?.path)
      .filter((p): p is string => typeof p === 'string' && p !== '')
      .map((p) => resolve(base, p)),
    ...result.schools.map((school) => school.dir),
  ]);
  return [
    result.area.path,
    ...(result.directory ? [result.directory.path] : []),
    ...result.schools.flatMap((school) => school.result.inputs ?? []),
    ...[...folders].flatMap((dir) => ['yaml', 'yml', 'csv'].map((ext) => join(dir, '**', `*.${ext}`))),
  ];
}
