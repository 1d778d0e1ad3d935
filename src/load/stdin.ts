// `ap-ready check -` reads one placement file from standard input (an editor integration sends the buffer
// being edited). --stdin-filename names it: the name findings carry and rules see. The bytes are checked in
// memory, exactly as a file on disk is (same encoding checks, same size limit); nothing is written to disk.
import { resolve } from 'node:path';
import { UsageError } from '../model/findings.js';
import { MAX_FILE_BYTES, PlacementFile } from './placement-file.js';

/** Everything on standard input, up to one byte more than a placement file may hold (so the limit still shows). */
export async function readStdin(
  stream: NodeJS.ReadableStream = process.stdin,
  limit = MAX_FILE_BYTES + 1,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    chunks.push(b);
    size += b.length;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit);
}

/** The placement file read from standard input, named by --stdin-filename (default "stdin.yaml" in cwd). */
export function stdinPlacementFile(bytes: Uint8Array, filename: string | undefined, cwd: string): PlacementFile {
  if (filename !== undefined && filename.trim() === '')
    throw new UsageError(
      '--stdin-filename is empty: give the name of the file being checked, for example --stdin-filename placements/oakwood.yaml.',
    );
  return PlacementFile.fromSource(resolve(cwd, filename ?? 'stdin.yaml'), bytes, cwd);
}
