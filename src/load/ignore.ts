// Globs and ignore patterns for the paths given to `check`, in the spirit of .gitignore: `*` and `?` stay
// within one folder name, `**` crosses folders, `{a,b}` is either, `[abc]` one of; a pattern with no slash
// (other than a trailing one) matches a file or folder name at any depth; anything under an ignored folder is
// ignored. Node 20 has no fs.glob, so this small matcher serves both.
import { sep } from 'node:path';

const GLOB_CHARS = /[*?[\]{}]/;

export const isGlob = (s: string) => GLOB_CHARS.test(s);

/** A glob as a regular expression over a path with forward slashes. Never throws: odd input matches literally. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" is any number of folders (none included); a trailing "**" is anything below.
        if (glob[i + 2] === '/') { re += '(?:[^/]*/)*'; i += 2; } else { re += '.*'; i += 1; }
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) { re += '\\{'; continue; }
      re += `(?:${glob.slice(i + 1, close).split(',').map((a) => globToRegExp(a).source.slice(1, -1)).join('|')})`;
      i = close;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) { re += '\\['; continue; }
      const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
      re += `[${body}]`;
      i = close;
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${re}$`);
  } catch {
    return new RegExp(`^${glob.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  }
}

/** The folders to search for a glob: its leading part with no glob characters ("placements" for "placements/**\/*.yaml"). */
export function globBase(glob: string): string {
  const parts = glob.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (isGlob(p)) break;
    fixed.push(p);
  }
  return fixed.length === parts.length ? glob : fixed.join('/') || '.';
}

export interface IgnoreMatcher {
  /** Whether a path (relative to the patterns' base, forward slashes) is ignored. */
  ignores(relPath: string): boolean;
}

export function ignoreMatcher(patterns: readonly string[]): IgnoreMatcher {
  const tests = patterns
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('#'))
    .map((p) => {
      const body = p.replace(/^\.\//, '').replace(/\/+$/, '');
      const anchored = body.includes('/');
      return { re: globToRegExp(anchored ? body.replace(/^\//, '') : body), anchored };
    });
  return {
    ignores(relPath: string): boolean {
      const parts = relPath.split(/[\\/]/).filter((s) => s !== '' && s !== '.');
      for (let n = 1; n <= parts.length; n++) {
        const prefix = parts.slice(0, n).join('/');
        for (const t of tests) {
          if (t.anchored ? t.re.test(prefix) : t.re.test(parts[n - 1])) return true;
        }
      }
      return false;
    },
  };
}

export const toSlashes = (p: string) => p.split(sep).join('/');
