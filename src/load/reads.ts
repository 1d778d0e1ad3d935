// What one run looked at, recorded as it happens: every file it read, every folder it listed and every path
// whose existence or kind it asked about (the config searched for upward, the register beside it, the
// attendance folder, a glob's base). `check --cache` keys on exactly this list, so a cached report is never
// stale: nothing the run looked at can change without the next lookup seeing it.
import { resolve } from 'node:path';
import type { FsDirent, FsLike, FsStat } from './fs.js';

/** Every file read, folder listed and path asked about (absolute, each once, in the order first met). */
export interface Reads {
  files: string[];
  folders: string[];
  probes: string[];
}

/**
 * An FsLike that passes every call to `inner` and notes the path. Reads that go straight to node:fs (a
 * placement file through one descriptor, an attendance CSV in chunks, the GIAS extract) are added with `read`.
 */
export class RecordingFs implements FsLike {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();
  private readonly probes = new Set<string>();

  constructor(
    readonly inner: FsLike,
    private readonly cwd: string,
  ) {}

  private note(set: Set<string>, path: string): void {
    set.add(resolve(this.cwd, path));
  }

  /** Notes a file read without this FsLike. */
  read(path: string): void {
    this.note(this.files, path);
  }

  statSync(path: string): FsStat {
    this.note(this.probes, path);
    return this.inner.statSync(path);
  }

  lstatSync(path: string): FsStat & { isSymbolicLink(): boolean } {
    this.note(this.probes, path);
    return this.inner.lstatSync(path);
  }

  readdirSync(path: string, options: { withFileTypes: true }): FsDirent[] {
    this.note(this.folders, path);
    return this.inner.readdirSync(path, options);
  }

  realpathSync(path: string): string {
    this.note(this.probes, path);
    return this.inner.realpathSync(path);
  }

  readlinkSync(path: string): string {
    this.note(this.probes, path);
    return this.inner.readlinkSync(path);
  }

  existsSync(path: string): boolean {
    this.note(this.probes, path);
    return this.inner.existsSync(path);
  }

  readFileSync(path: string): Uint8Array {
    this.note(this.files, path);
    return this.inner.readFileSync(path);
  }

  /** What was recorded so far. */
  reads(): Reads {
    return { files: [...this.files], folders: [...this.folders], probes: [...this.probes] };
  }
}
