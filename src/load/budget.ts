// What one run may read in all, so memory stays bounded however many files a folder holds: each file is
// within its own limits (5 MB, 200,000 values), but 200 such files would still exhaust the heap.
// Past the budget the run stops with a clear error (exit 2) naming the budget, instead of a V8 abort.
import { getHeapStatistics } from 'node:v8';
import { UsageError } from '../model/findings.js';
import { thousands } from '../model/wording.js';

/** Default: 1 GB of YAML text. */
export const DEFAULT_INPUT_BYTES = 1024 * 1024 * 1024;
/**
 * Default: one value for every 256 bytes of the heap V8 may grow to, and never fewer than 2,000,000 (ten
 * files at the per-file limit). A value of a placement file costs about 100 bytes of peak memory in a
 * whole check (measured: 1,000 provider files of 10 placements hold 991,784 values), so the budget stops a
 * run well before the heap is exhausted, and it grows with the memory Node is given: 4 GB of heap (the
 * default on a machine with 16 GB or more) allows about 17 million values, a trust's 10,000 provider files.
 */
export const DEFAULT_INPUT_VALUES = Math.max(2_000_000, Math.floor(getHeapStatistics().heap_size_limit / 256));

export class InputBudget {
  bytes = 0;
  values = 0;
  constructor(
    readonly maxBytes = DEFAULT_INPUT_BYTES,
    readonly maxValues = DEFAULT_INPUT_VALUES,
  ) {}

  /** The budget with the limits the environment sets (AP_READY_MAX_INPUT_BYTES, AP_READY_MAX_INPUT_VALUES), else the defaults. */
  static from(env: NodeJS.ProcessEnv): InputBudget {
    return new InputBudget(
      envNumber(env, 'AP_READY_MAX_INPUT_BYTES') ?? DEFAULT_INPUT_BYTES,
      envNumber(env, 'AP_READY_MAX_INPUT_VALUES') ?? DEFAULT_INPUT_VALUES,
    );
  }

  chargeBytes(n: number, shown: string): void {
    this.bytes += n;
    if (this.bytes > this.maxBytes) {
      throw new UsageError(
        `The placement files add up to more than ${formatBytes(this.maxBytes)} of YAML (the input budget; reached at ${shown}), far more than any school holds. Check the paths name the placements folder, or check fewer files at a time.`,
      );
    }
  }

  /** Values the next file may still hold. */
  valuesLeft(): number {
    return Math.max(0, this.maxValues - this.values);
  }

  chargeValues(n: number, shown: string): void {
    this.values += n;
    if (this.values > this.maxValues) this.valuesExceeded(shown);
  }

  valuesExceeded(shown: string): never {
    throw new UsageError(
      `The placement files hold more than ${thousands(this.maxValues)} values in all (the input budget; reached at ${shown}), far more than any school holds. Check the paths name the placements folder, or check fewer files at a time.`,
    );
  }
}

function envNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const v = env[name];
  return v && /^\d+$/.test(v) ? Number(v) : undefined;
}

function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${+(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${+(n / 1024 ** 2).toFixed(1)} MB`;
  return `${thousands(n)} bytes`;
}
