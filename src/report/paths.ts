// Paths in reports that a CI server resolves: GitHub, GitLab and SARIF viewers want a file's path from the
// root of the git repository, whatever folder the check ran in.
import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/** The root of the git repository (the folder with `.git`, a folder or a worktree's file) holding `dir`, if any. */
export function gitRoot(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    try {
      statSync(join(d, '.git'));
      return d;
    } catch {
      // not here: look one folder up
    }
    if (dirname(d) === d) return undefined;
  }
}

/** The path of `file` (absolute) from `root`, with forward slashes, or undefined when it lies outside root. */
export function pathFromRoot(root: string | undefined, file: string): string | undefined {
  if (!root) return undefined;
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}
