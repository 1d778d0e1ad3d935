// `ap-ready check -` reads one placement file from standard input (an editor integration sends the buffer
// being edited). --stdin-filename names it: the name findings carry and rules see. The text goes through a
// private temporary file so it is loaded exactly as a file on disk is, with the same size limit.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../findings.js';
import { MAX_FILE_BYTES, PlacementFile } from './placement-file.js';

/** Everything on standard input, up to one byte more than a placement file may hold (so the limit still shows). */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin, limit = MAX_FILE_BYTES + 1): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    chunks.push(b);
    size += b.length;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit);
}

class StdinPlacementFile extends PlacementFile {
  constructor(path: string, cwd: string, private readonly bytes: Buffer) {
    super(path, cwd);
  }

  override load(): this {
    const dir = mkdtempSync(join(tmpdir(), 'ap-ready-stdin-'));
    const real = this.path;
    try {
      const tmp = join(dir, basename(real) || 'stdin.yaml');
      writeFileSync(tmp, this.bytes, { mode: 0o600 });
      // Loaded from the temporary copy, reported under the name given.
      (this as { path: string }).path = tmp;
      super.load();
    } finally {
      (this as { path: string }).path = real;
      rmSync(dir, { recursive: true, force: true });
    }
    return this;
  }
}

/** The placement file read from standard input, named by --stdin-filename (default "stdin.yaml" in cwd). */
export function stdinPlacementFile(bytes: Buffer, filename: string | undefined, cwd: string): PlacementFile {
  if (filename !== undefined && filename.trim() === '') throw new UsageError('--stdin-filename is empty: give the name of the file being checked, for example --stdin-filename placements/oakwood.yaml.');
  return new StdinPlacementFile(resolve(cwd, filename ?? 'stdin.yaml'), cwd, bytes).load();
}
