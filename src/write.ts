// Kept for callers of the old name: every output goes through io/output.ts (devices, links, modes, inputs).
import { writeOutput, type WriteOutputOptions } from './io/output.js';

export function writeAtomic(path: string, data: string | Uint8Array, opts: WriteOutputOptions = {}): void {
  writeOutput(path, data, opts);
}
