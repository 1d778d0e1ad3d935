// `ap-ready init [dir]`: scaffold a placements repository. It never overwrites anything: a file that is
// already there is left alone and listed, and the command still succeeds, so running it twice is harmless.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ExitCode, UsageError } from '../model/findings.js';
import { initFiles, type CiKind } from '../init/files.js';
import { todayIso } from '../model/dates.js';
import { VERSION } from '../version.js';
import type { CommandResult } from './result.js';

export interface InitOptions {
  /** The day the example's dates count from (default today). */
  today?: string;
  /** The folder a relative target is in (the command line's own). */
  cwd: string;
  /** Which CI file to write: github (default), gitlab or none. */
  ci?: string;
}

export interface InitResult extends CommandResult {
  created: string[];
  skipped: string[];
}

function why(e: unknown, path: string): UsageError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOTDIR'
        ? 'part of the path is a file, not a folder'
        : code === 'EROFS'
          ? 'the disk is read-only'
          : (e as Error).message;
  return new UsageError(`Cannot write ${path}: ${reason}. Choose a folder you can write to.`);
}

export function runInit(dir: string, opts: InitOptions): InitResult {
  const cwd = opts.cwd;
  const root = resolve(cwd, dir);
  const rel = relative(cwd, root);
  // Said as the user would type it: relative when inside the working folder, else in full.
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? root : rel;
  try {
    if (!statSync(root).isDirectory())
      throw new UsageError(`${dir} is a file, not a folder: give init a folder (or a new folder name).`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    // Not there yet: it is made below.
  }

  const ci = opts.ci ?? 'github';
  if (!['github', 'gitlab', 'none'].includes(ci))
    throw new UsageError(`--ci "${ci}" is not one ap-ready knows: use github, gitlab or none.`);
  const created: string[] = [],
    skipped: string[] = [];
  for (const file of initFiles(opts.today ?? todayIso(), VERSION, { ci: ci as CiKind, name: basename(root) })) {
    const target = join(root, ...file.path.split('/'));
    try {
      mkdirSync(dirname(target), { recursive: true });
      // 'wx' fails when anything is at the path, so nothing is ever overwritten, even in a race.
      writeFileSync(target, file.text, { flag: 'wx' });
      created.push(file.path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'EISDIR' || code === 'ENOTDIR') skipped.push(file.path);
      else throw why(e, join(shown, file.path));
    }
  }

  const lines: string[] = [];
  const where = shown === '.' ? 'this folder' : shown;
  if (created.length) lines.push(`Created in ${where}:`, ...created.map((p) => `  ${p}`));
  if (skipped.length) {
    lines.push(`${created.length ? '\n' : ''}Left alone (already there):`, ...skipped.map((p) => `  ${p}`));
    if (created.length && skipped.includes('package.json')) {
      lines.push(
        '',
        'Your own package.json was kept: pin ap-ready in it with npm install --save-dev --save-exact ap-ready.',
      );
    }
    if (created.length && skipped.includes('.gitignore')) {
      lines.push(
        '',
        'Your own .gitignore was kept: make sure it ignores /out/, *.pdf, *.html, report.json, *.sarif, junit.xml and *.tmp, because what ap-ready writes holds pupil data.',
      );
    }
  }
  if (created.length) {
    const cd = shown === '.' ? '' : `cd ${shown.includes(' ') ? `"${shown}"` : shown} && `;
    lines.push(
      '',
      'Next:',
      `  ${cd}npm install   (installs the ap-ready pinned in package.json: commit package-lock.json too)`,
      '  npx ap-ready check   (the example file should pass)',
      "  Put your school's name in ap-ready.config.yaml, then copy placements/example-provider.yaml for each provider.",
    );
  } else {
    lines.push('', 'Nothing to do: every file init makes is already there.');
  }
  return { exitCode: ExitCode.Ok, stdout: lines.join('\n') + '\n', stderr: '', created, skipped };
}
