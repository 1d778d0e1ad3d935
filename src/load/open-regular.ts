// Opens a file for reading only if it is a regular file. The check is made on the opened descriptor
// (fstat), not on the path before opening, so a file swapped for a FIFO or a device after the folder was
// listed is still caught. O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** A path that is not a regular file (a FIFO, a device, a socket, a folder). */
export class SpecialFileError extends Error {
  constructor(
    message: string,
    readonly kind: string,
  ) {
    super(message);
    this.name = 'SpecialFileError';
  }
}

/** What a non-regular file is, in words a data manager knows. */
export function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a device (such as /dev/null)';
  if (st.isBlockDevice()) return 'a disk device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a folder';
  return 'not a regular file';
}

export interface OpenedFile {
  fd: number;
  size: number;
  /** Reads the whole file, refusing it when it has grown past `max` bytes since it was opened. */
  read(max?: number): Buffer;
  close(): void;
}

export function openRegular(path: string, opts: { what?: string; shown?: string } = {}): OpenedFile {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  let st: Stats;
  try {
    st = fstatSync(fd);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  if (!st.isFile()) {
    closeSync(fd);
    const kind = kindOf(st);
    throw new SpecialFileError(
      `${opts.shown ?? path} is ${kind}, not a ${opts.what ?? 'file'}: ap-ready reads only ordinary files.`,
      kind,
    );
  }
  let closed = false;
  return {
    fd,
    size: st.size,
    read(max = Infinity) {
      // Read by the size seen at open, plus one byte to notice a file still growing.
      const want = Math.min(st.size, max) + 1;
      const buf = Buffer.allocUnsafe(want);
      let got = 0;
      for (;;) {
        const n = readSync(fd, buf, got, want - got, null);
        if (n === 0) break;
        got += n;
        if (got === want) break;
      }
      if (got > Math.min(st.size, max) && got > max)
        throw new SpecialFileError(`${opts.shown ?? path} grew past ${max} bytes while being read.`, 'growing');
      if (got === want) {
        // Longer than it said: read the rest in pieces up to the limit.
        const parts = [buf];
        let total = got;
        const chunk = Buffer.allocUnsafe(1 << 16);
        for (;;) {
          const n = readSync(fd, chunk, 0, chunk.length, null);
          if (n === 0) break;
          total += n;
          if (total > max)
            throw new SpecialFileError(`${opts.shown ?? path} grew past ${max} bytes while being read.`, 'growing');
          parts.push(Buffer.from(chunk.subarray(0, n)));
        }
        return Buffer.concat(parts, total);
      }
      return buf.subarray(0, got);
    },
    close() {
      if (!closed) {
        closed = true;
        closeSync(fd);
      }
    },
  };
}
