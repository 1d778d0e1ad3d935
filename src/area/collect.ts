// Collecting a school's placements from its git repository: `git:` (with `ref:`) in area.yaml is fetched
// with the system git into the area's cache folder (shallow, the one commit asked for) and read from there.
// Each school's "data as of" is the commit date of what was read, for a path: school too when its folder
// is in a git repository. Git is run with no prompts and no pager; a failure is the school's finding.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface Collected {
  /** The folder read. */
  dir?: string;
  /** The commit read, and its date (YYYY-MM-DD), when the folder is in a git repository. */
  commit?: string;
  dataAsOf?: string;
  /** Why the repository could not be read, in words. */
  problem?: string;
}

// Only the ordinary transports: never ext:: or fd::, which run commands named in the URL.
const ENV = {
  ...process.env,
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  GIT_ASKPASS: '',
  SSH_ASKPASS: '',
  LC_ALL: 'C',
  GIT_ALLOW_PROTOCOL: 'file:git:http:https:ssh',
};

function git(args: string[], cwd?: string): string {
  return execFileSync('git', args, {
    cwd,
    env: ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  }).trim();
}

/** The first line of git's complaint, without its "fatal: " prefix. */
function complaint(e: unknown): string {
  const err = e as { stderr?: string; code?: string; message?: string };
  if (err.code === 'ENOENT')
    return 'git is not installed (install git, or clone the repository yourself and give its folder as path:)';
  const line =
    String(err.stderr ?? err.message ?? '')
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith('hint:')) ?? 'git failed';
  return line.replace(/^(fatal|error): /, '');
}

/** The folder in the cache for a repository and ref: readable, and one per pair. */
export function cacheFolder(cache: string, url: string, ref: string | undefined): string {
  const base =
    url
      .replace(/[#?].*$/, '')
      .replace(/\.git\/?$/, '')
      .split(/[/:]/)
      .filter(Boolean)
      .pop() ?? 'repo';
  const hash = createHash('sha256')
    .update(`${url}\n${ref ?? ''}`)
    .digest('hex')
    .slice(0, 10);
  return join(cache, `${base.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40)}-${hash}`);
}

/** Fetches `ref` (default: the remote's HEAD) of `url` into the cache, checked out; never throws. */
export function collectGit(url: string, ref: string | undefined, cache: string): Collected {
  const dir = cacheFolder(resolve(cache), url, ref);
  // A URL or ref starting with "-" would be read by git as an option.
  if (url.startsWith('-') || ref?.startsWith('-'))
    return {
      problem: `the ${url.startsWith('-') ? 'git: URL' : 'ref:'} starts with "-", which git would read as an option`,
    };
  try {
    if (!existsSync(join(dir, '.git'))) {
      mkdirSync(dirname(dir), { recursive: true });
      git(['init', '-q', dir]);
    }
    git(['fetch', '-q', '--depth', '1', '--no-tags', url, ref ?? 'HEAD'], dir);
    git(['checkout', '-q', '--force', '--detach', 'FETCH_HEAD'], dir);
    git(['clean', '-q', '-f', '-d', '-x'], dir);
  } catch (e) {
    return { problem: `git could not fetch ${ref ? `${ref} of ` : ''}${url}: ${complaint(e)}` };
  }
  return { dir, ...commitOf(dir) };
}

/** The commit checked out in the folder's repository and its date, or nothing when it is not in one. */
export function commitOf(dir: string): { commit?: string; dataAsOf?: string } {
  try {
    const [commit, date] = git(['log', '-1', '--format=%H %cI', '--', '.'], dir).split(' ');
    return commit ? { commit, dataAsOf: date.slice(0, 10) } : {};
  } catch {
    return {};
  }
}
