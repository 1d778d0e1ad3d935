// Reads the DfE "Get Information About Schools" all-establishments extract (edubasealldata*.csv):
// ~60 MB, ~50,000 rows, ~130 columns whose order changes between releases, Windows-1252, RFC 4180 quoting.
//
// Speed: the file is parsed as a "byte string" (latin1: one char per byte) by the shared CSV state machine
// (load/csv.ts), which only slices the ten columns kept. A row's kept values are decoded when its URN is
// looked up, by which time the whole file has shown which of the two encodings it is.
// Node's own TextDecoder('windows-1252') is not used: since Node 20.18.3 it decodes as ISO-8859-1, so byte
// 0x92 comes out as U+0092 instead of ’ (nodejs/node#56542); windows1252.ts maps those bytes itself.

import { createReadStream } from 'node:fs';
import { openRegular } from '../load/open-regular.js';
import { stat } from 'node:fs/promises';
import { isAscii, isUtf8 } from 'node:buffer';
import { CsvParser, incompleteUtf8Tail, normaliseHeader, notCsvReason } from '../load/csv.js';
import {
  GIAS_REQUIRED_COLUMNS,
  KEPT_COLUMNS,
  URN,
  toEstablishment,
  type GiasEncoding,
  type GiasEstablishment,
} from './establishment.js';

export { giasDateToIso, isOpenStatus, type GiasEncoding, type GiasEstablishment } from './establishment.js';

export interface GiasIndex {
  get(urn: string | number): GiasEstablishment | undefined;
  size: number;
  path: string;
  /** How the file's text was decoded. */
  encoding: GiasEncoding;
}

export type GiasErrorCode = 'not-found' | 'unreadable' | 'not-csv' | 'not-gias' | 'empty' | 'no-rows' | 'malformed';

/** A problem with the extract the user can fix; the CLI prints the message and exits 2. */
export class GiasError extends Error {
  readonly code: GiasErrorCode;
  readonly path: string;
  constructor(code: GiasErrorCode, path: string, message: string) {
    super(message);
    this.name = 'GiasError';
    this.code = code;
    this.path = path;
  }
}

export interface LoadGiasOptions {
  /** Read-stream chunk size in bytes (default 1 MiB); tests use tiny ones to split fields across chunks. */
  highWaterMark?: number;
}

/** Joins a row's kept fields: a byte string never holds NUL in a real extract, and never holds U+0100. */
const FIELD_SEPARATOR = '\u0000';
const FALLBACK_SEPARATOR = '\u0100';

const DOWNLOAD_HINT =
  'Download the all-establishments CSV (edubasealldata*.csv) from Get Information About Schools, ' +
  "or fix the path given by --gias / the config's gias: setting.";

function listColumns(names: readonly string[]): string {
  return names.map((n) => `'${n}'`).join(', ');
}

/**
 * Loads a GIAS all-establishments extract into an index by URN.
 * @throws GiasError when the file is missing, unreadable, empty, not a CSV, or not a GIAS extract.
 */
export async function loadGias(path: string, options: LoadGiasOptions = {}): Promise<GiasIndex> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new GiasError('unreadable', path, `GIAS extract ${path} is a directory, not a CSV file. ${DOWNLOAD_HINT}`);
    }
  } catch (err) {
    if (err instanceof GiasError) throw err;
    throw fileError(path, err);
  }

  // A lookup asks for a handful of URNs out of 50,000, so each row's kept fields are stored as one joined
  // string (a small flat copy, which does not keep its 1 MiB chunk alive the way a substring would) and
  // only turned into an establishment, decoded, when asked for.
  const rows = new Map<string, string>();
  let separator = FIELD_SEPARATOR;
  let nonAscii = false;
  let headerSeen = false;

  const parser = new CsvParser((fields) => {
    if (headerSeen) {
      const urn = fields[URN].trim();
      if (urn === '' || rows.has(urn)) return; // URNs are unique in GIAS; keep the first if a file repeats one
      rows.set(urn, fields.join(separator));
    } else if (fields.some((f) => f.trim() !== '')) {
      headerSeen = true; // (blank lines before the header are skipped)
      parser.keepColumns(...columnSlots(path, fields));
    }
  });

  let encoding: GiasEncoding | undefined;
  let head: Buffer | undefined; // the first bytes, held back until there are enough to sniff
  let first = true;
  let utf8Valid = true;
  let utf8Carry: Buffer | undefined;

  const consume = (buf: Buffer): void => {
    if (!nonAscii) nonAscii = !isAscii(buf);
    if (separator === FIELD_SEPARATOR && buf.includes(0)) separator = FALLBACK_SEPARATOR;
    if (encoding === undefined && utf8Valid && nonAscii) {
      // No BOM: the file is UTF-8 only if every byte in it is valid UTF-8.
      const joined = utf8Carry ? Buffer.concat([utf8Carry, buf]) : buf;
      const tail = incompleteUtf8Tail(joined);
      utf8Valid = isUtf8(joined.subarray(0, joined.length - tail));
      utf8Carry = tail > 0 ? Buffer.from(joined.subarray(joined.length - tail)) : undefined;
    }
    parser.push(buf.toString('latin1'));
  };

  const start = (buf: Buffer): void => {
    sniffNotCsv(path, buf);
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
      encoding = 'utf-8';
      buf = buf.subarray(3);
    }
    consume(buf);
  };

  try {
    // Opened once, O_NONBLOCK and checked on the descriptor: a file swapped for a FIFO cannot block the stream.
    const opened = openRegular(path, { what: 'GIAS extract' });
    const stream = createReadStream('', { fd: opened.fd, highWaterMark: options.highWaterMark ?? 1 << 20 });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (first || head !== undefined) {
        first = false;
        head = head ? Buffer.concat([head, chunk]) : chunk;
        if (head.length < 512) continue;
        const opening = head;
        head = undefined;
        start(opening);
      } else {
        consume(chunk);
      }
    }
    if (head !== undefined) start(head);
  } catch (err) {
    if (err instanceof GiasError) throw err;
    throw fileError(path, err);
  }

  if (!parser.end()) {
    throw new GiasError(
      'malformed',
      path,
      `${path} is not a well-formed CSV file: a quoted field in row ${parser.record} is never closed. ` +
        'Download the extract again from Get Information About Schools.',
    );
  }
  if (!headerSeen) {
    throw new GiasError('empty', path, `GIAS extract is empty: ${path}. ${DOWNLOAD_HINT}`);
  }
  if (rows.size === 0) {
    throw new GiasError('no-rows', path, `GIAS extract ${path} has a header but no establishments. ${DOWNLOAD_HINT}`);
  }

  if (utf8Carry) utf8Valid = false; // the file ended inside a multi-byte character
  const textEncoding: GiasEncoding = encoding ?? (nonAscii && utf8Valid ? 'utf-8' : 'windows-1252');
  const built = new Map<string, GiasEstablishment>();

  return {
    get(urn: string | number): GiasEstablishment | undefined {
      const key = typeof urn === 'number' ? String(urn) : urn.trim();
      let establishment = built.get(key);
      if (establishment === undefined) {
        const row = rows.get(key);
        if (row === undefined) return undefined;
        const fields = row.split(row.includes(FALLBACK_SEPARATOR) ? FALLBACK_SEPARATOR : FIELD_SEPARATOR);
        establishment = toEstablishment(key, fields, textEncoding);
        built.set(key, establishment);
      }
      return establishment;
    },
    size: rows.size,
    path,
    encoding: textEncoding,
  };
}

/** Maps the header's columns onto the kept slots; throws naming every missing required column. */
function columnSlots(path: string, header: string[]): [Int16Array, number] {
  const wanted = new Map(KEPT_COLUMNS.map((name, slot) => [name.toLowerCase(), slot]));
  const slotOf = new Int16Array(header.length).fill(-1);
  const found = new Set<number>();
  header.forEach((name, col) => {
    const slot = wanted.get(normaliseHeader(name));
    if (slot !== undefined && !found.has(slot)) {
      slotOf[col] = slot;
      found.add(slot);
    }
  });
  const missing = GIAS_REQUIRED_COLUMNS.filter((_, slot) => !found.has(slot));
  if (missing.length > 0) {
    const what = missing.length === 1 ? `no column ${listColumns(missing)}` : `no columns ${listColumns(missing)}`;
    throw new GiasError(
      'not-gias',
      path,
      `${path} is not a GIAS establishment extract: the header has ${what}. ` +
        'Use the all-establishments CSV (edubasealldata*.csv) downloaded from Get Information About Schools.',
    );
  }
  return [slotOf, KEPT_COLUMNS.length];
}

/** Refuses files that are plainly not a CSV (a spreadsheet, UTF-16 text, binary), from their first bytes. */
function sniffNotCsv(path: string, head: Buffer): void {
  const what = notCsvReason(head);
  if (what !== undefined) {
    throw new GiasError('not-csv', path, `${path} is not a GIAS establishment extract: ${what}.`);
  }
}

function fileError(path: string, err: unknown): GiasError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new GiasError(
      'not-found',
      path,
      `GIAS extract not found: ${path}. Download the all-establishments CSV from Get Information About Schools, ` +
        "or fix the path given by --gias / the config's gias: setting.",
    );
  }
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : ((err as Error)?.message ?? String(err));
  return new GiasError('unreadable', path, `Cannot read GIAS extract ${path}: ${reason}.`);
}
