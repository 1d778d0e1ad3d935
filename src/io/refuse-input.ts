// An output path must never be one of the run's inputs: a placement file, the config, the register, or a
// file in a folder the run reads (`-o placements/report.yaml` would be checked by the next run).
import { realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../model/findings.js';

export interface InputGuard {
  /** Every file the run read (absolute or relative to cwd): writing over one of them is refused. */
  inputs?: Iterable<string>;
  /** The folder a relative path is in (the command line's own). */
  cwd: string;
  /** The library option that named the path, for messages (default `output`; the CLI shows its flag). */
  option?: string;
}

const identity = (st: Stats) => `${st.dev}:${st.ino}`;

export function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * An input that is a folder pattern rather than one file: `<folder>/**` (every file below the folder: a
 * school's templates folder) or `<folder>/**` followed by `/*.<ext>` (the files of that kind below it: the placement
 * files of placements/, ignored ones too, and of the attendance folder). A run could read any of them, so
 * none may be an output, whether it exists yet or not.
 */
const FOLDER_INPUT = /^(.*?)[\\/]\*\*(?:[\\/]\*(\.[^\\/*]+))?$/;

/** The real path of `path`, or of its nearest existing folder with the rest appended (a new file's path). */
function realish(path: string): string {
  const rest: string[] = [];
  for (let p = path; ; p = dirname(p)) {
    try {
      return join(realpathSync.native(p), ...rest.reverse());
    } catch {
      if (dirname(p) === p) return path;
      rest.push(basename(p));
    }
  }
}

function insideFolder(target: string, folder: string, ext: string | undefined): boolean {
  const rel = relative(realish(folder), target);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
  return ext === undefined || extname(target).toLowerCase() === ext.toLowerCase();
}

/**
 * Throws when `target` is one of the inputs (compared by device and inode, so links and other spellings count),
 * or lies where a run reads files (an input folder pattern, see FOLDER_INPUT).
 */
export function refuseInput(given: string, target: Stats | undefined, opts: InputGuard): void {
  if (!opts.inputs) return;
  const cwd = opts.cwd;
  const id = target && identity(target);
  const real = realish(resolve(cwd, given));
  const refuse = (input: string, what: string) => {
    throw new UsageError(
      `Cannot write ${given}: it is ${what} (${input}), and writing would replace it or add to it. Choose another ${opts.option ?? 'output'} path.`,
      opts.option ?? 'output',
    );
  };
  for (const input of opts.inputs) {
    const folder = FOLDER_INPUT.exec(input);
    if (folder) {
      if (insideFolder(real, resolve(cwd, folder[1]), folder[2]))
        refuse(folder[1], folder[2] ? `where this run reads its ${folder[2]} files` : 'in a folder this run reads');
      continue;
    }
    if (!id) continue;
    const st = statOrUndefined(resolve(cwd, input));
    if (st && identity(st) === id) refuse(input, 'one of the files this run reads');
  }
}
