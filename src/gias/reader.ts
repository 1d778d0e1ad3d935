// Reads the DfE "Get Information About Schools" all-establishments extract (edubasealldata*.csv):
// ~60 MB, ~50,000 rows, ~130 columns whose order changes between releases, Windows-1252, RFC 4180 quoting.
//
// Speed: the file is parsed as a "byte string" (latin1: one char per byte, the cheapest decode there is)
// by a state machine that only slices the ten columns it keeps; the structural characters , " CR LF are
// ASCII, so this is exact for Windows-1252 and for UTF-8 alike. A row's kept values are decoded when its
// URN is looked up, by which time the whole file has shown which of the two encodings it is.
// Node's own TextDecoder('windows-1252') is not used: since Node 20.18.3 it decodes as ISO-8859-1, so byte
// 0x92 comes out as U+0092 instead of ’ (nodejs/node#56542); windows1252.ts maps those bytes itself.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAscii, isUtf8 } from 'node:buffer';
import { decodeByteString } from './windows1252.js';

export interface GiasEstablishment {
  urn: string;
  name: string;
  /** "TypeOfEstablishment (name)", e.g. "Pupil referral unit". */
  type: string;
  /** "EstablishmentStatus (name)": Open | Closed | Open, but proposed to close | Proposed to open. */
  status: string;
  /** As GIAS gives it (may be ''); compare with `normalisePostcode`. */
  postcode: string;
  street?: string;
  town?: string;
  /** ISO YYYY-MM-DD, converted from the extract's DD-MM-YYYY or DD/MM/YYYY. */
  closeDate?: string;
  /** ISO YYYY-MM-DD, when the extract has an OpenDate column and a value. */
  openDate?: string;
  /** "EstablishmentTypeGroup (name)", e.g. "Independent schools", when the extract has it. */
  typeGroup?: string;
  /** `Open` and `Open, but proposed to close` are open; `Closed` and `Proposed to open` are not. */
  open: boolean;
}

export interface GiasIndex {
  get(urn: string | number): GiasEstablishment | undefined;
  size: number;
  path: string;
  /** How the file's text was decoded. */
  encoding: GiasEncoding;
}

export type GiasEncoding = 'windows-1252' | 'utf-8';

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

export const GIAS_REQUIRED_COLUMNS = [
  'URN',
  'EstablishmentName',
  'TypeOfEstablishment (name)',
  'EstablishmentStatus (name)',
  'Postcode',
] as const;

export const GIAS_OPTIONAL_COLUMNS = [
  'CloseDate',
  'OpenDate',
  'Street',
  'Town',
  'EstablishmentTypeGroup (name)',
] as const;

const KEPT_COLUMNS: readonly string[] = [...GIAS_REQUIRED_COLUMNS, ...GIAS_OPTIONAL_COLUMNS];
const [URN, NAME, TYPE, STATUS, POSTCODE, CLOSE_DATE, OPEN_DATE, STREET, TOWN, TYPE_GROUP] = KEPT_COLUMNS.map((_, i) => i);

/** Joins a row's kept fields: a byte string never holds NUL in a real extract, and never holds U+0100. */
const FIELD_SEPARATOR = '\u0000';
const FALLBACK_SEPARATOR = '\u0100';

const DOWNLOAD_HINT =
  'Download the all-establishments CSV (edubasealldata*.csv) from Get Information About Schools, ' +
  "or fix the path given by --gias / the config's gias: setting.";

/** Whether a GIAS "EstablishmentStatus (name)" counts as open. */
export function isOpenStatus(status: string): boolean {
  const s = status.trim().toLowerCase();
  return s === 'open' || s.startsWith('open,') || s.startsWith('open but');
}

/** DD-MM-YYYY or DD/MM/YYYY (GIAS) → YYYY-MM-DD; an ISO date passes through; blank or unreadable → undefined. */
export function giasDateToIso(value: string): string | undefined {
  const s = value.trim();
  if (s === '') return undefined;
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return isoIfReal(m[3], m[2], m[1]);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isoIfReal(m[1], m[2], m[3]);
  return undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoIfReal(year: string, month: string, day: string): string | undefined {
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1])) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------------------
// CSV state machine over decoded chunks. State survives between chunks, so a field (or a doubled quote, or
// a CR LF pair) split across a chunk boundary is handled like any other.

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3; // just read a " inside a quoted field: end of field, or the first of ""

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** Columns beyond this in a header are ignored (GIAS has ~140). */
const MAX_COLUMNS = 4096;

/** Column → slot while reading the header: every column is kept. */
const READ_EVERY_COLUMN = Int16Array.from({ length: MAX_COLUMNS }, (_, col) => col);

// Measured and dropped: stepping over a run of unkept fields with one sticky regular expression, and
// jumping from the last kept column straight to the line break (quote to quote) were both slower than
// one indexOf per field.


class CsvParser {
  private state = FIELD_START;
  /** Slot in `fields` of the field being read, or -1 when its column is not kept. */
  private slot = -1;
  private partial = '';
  private col = 0;
  /** Column → slot in `fields`, or -1 when the column is not kept. */
  private slotOf: Int16Array = READ_EVERY_COLUMN;
  private fields: string[] = [];
  private header = true;
  /** 1-based number of the record being read (the header is record 1). */
  record = 1;

  constructor(private readonly onRecord: (fields: string[]) => void) {}

  /** From the next record on, keep only these columns: slotOf[column] = slot, or -1. */
  keepColumns(slotOf: Int16Array, slots: number): void {
    this.slotOf = slotOf;
    this.header = false;
    this.fields = new Array<string>(slots).fill('');
  }

  /** Parses the next chunk of text. The hot loop: locals, and the string's own indexOf to move on. */
  push(text: string): void {
    const n = text.length;
    let i = 0;
    let nextComma = -1;
    let nextLf = -1;
    let state = this.state;
    let slot = this.slot;
    let partial = this.partial;
    let col = this.col;
    let slotOf = this.slotOf;
    while (i < n) {
      if (state === FIELD_START) {
        slot = col < slotOf.length ? slotOf[col] : -1;
        partial = '';
        if (text.charCodeAt(i) === QUOTE) {
          state = QUOTED;
          i++;
        } else {
          state = UNQUOTED;
        }
      } else if (state === UNQUOTED) {
        if (nextComma < i) {
          nextComma = text.indexOf(',', i);
          if (nextComma < 0) nextComma = n;
        }
        if (nextLf < i) {
          nextLf = text.indexOf('\n', i);
          if (nextLf < 0) nextLf = n;
        }
        if (nextComma < nextLf) {
          if (slot >= 0) this.fields[slot] = partial + text.slice(i, nextComma);
          col++;
          i = nextComma + 1;
          state = FIELD_START;
          continue;
        }
        if (slot >= 0) partial += text.slice(i, nextLf);
        if (nextLf === n) break; // the field goes on in the next chunk
        if (slot >= 0) this.fields[slot] = partial.charCodeAt(partial.length - 1) === CR ? partial.slice(0, -1) : partial;
        i = nextLf + 1;
        state = FIELD_START;
        this.endRecord(col + 1);
        col = 0;
        slotOf = this.slotOf;
      } else if (state === QUOTED) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          if (slot >= 0) partial += text.slice(i);
          break;
        }
        if (slot >= 0) partial += text.slice(i, q);
        state = QUOTE_IN_QUOTED;
        i = q + 1;
      } else {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          if (slot >= 0) partial += '"';
          state = QUOTED;
          i++;
        } else if (c === COMMA || c === LF) {
          if (slot >= 0) this.fields[slot] = partial;
          col++;
          i++;
          state = FIELD_START;
          if (c === LF) {
            this.endRecord(col);
            col = 0;
            slotOf = this.slotOf;
          }
        } else if (c === CR) {
          i++;
        } else {
          state = UNQUOTED; // text after a closing quote ("a"b): keep it, as spreadsheets do
        }
      }
    }
    this.state = state;
    this.slot = slot;
    this.partial = partial;
    this.col = col;
  }

  /** Finishes a last record with no line break after it; false if a quoted field was never closed. */
  end(): boolean {
    const state = this.state;
    if (state === QUOTED) return false;
    if (state === UNQUOTED || state === QUOTE_IN_QUOTED) {
      let partial = this.partial;
      if (state === UNQUOTED && partial.charCodeAt(partial.length - 1) === CR) partial = partial.slice(0, -1);
      if (this.slot >= 0) this.fields[this.slot] = partial;
      this.endRecord(this.col + 1);
    } else if (this.col > 0) {
      // "…,x," at the very end: the last field is empty, and fields start out empty.
      this.endRecord(this.col + 1);
    }
    this.state = FIELD_START;
    this.col = 0;
    return true;
  }

  /** Hands the record to `onRecord`, which must use it at once: a data record's array is then reused. */
  private endRecord(columns: number): void {
    this.record++;
    if (this.header) {
      const header = Array.from({ length: Math.min(columns, MAX_COLUMNS) }, (_, col) => this.fields[col] ?? '');
      this.fields = [];
      this.onRecord(header);
    } else {
      this.onRecord(this.fields);
      this.fields.fill('');
    }
  }
}

// ---------------------------------------------------------------------------------------------------------

/** Length of an incomplete UTF-8 sequence at the end of `buf` (0–3), so a split character is not "invalid". */
function incompleteUtf8Tail(buf: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= buf.length; back++) {
    const b = buf[buf.length - back];
    if (b < 0x80) return 0;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? back : 0;
    }
  }
  return 0;
}

function normaliseHeader(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase();
}

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
    const stream = createReadStream(path, { highWaterMark: options.highWaterMark ?? 1 << 20 });
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

function text(value: string, encoding: GiasEncoding): string {
  return decodeByteString(value, encoding).trim();
}

function optionalText(value: string, encoding: GiasEncoding): string | undefined {
  const s = text(value, encoding);
  return s === '' ? undefined : s;
}

function toEstablishment(urn: string, fields: string[], encoding: GiasEncoding): GiasEstablishment {
  const status = text(fields[STATUS], encoding);
  const establishment: GiasEstablishment = {
    urn,
    name: text(fields[NAME], encoding),
    type: text(fields[TYPE], encoding),
    status,
    postcode: text(fields[POSTCODE], encoding),
    open: isOpenStatus(status),
  };
  // Optional properties are left out when blank, not set to undefined.
  const optional = {
    street: optionalText(fields[STREET], encoding),
    town: optionalText(fields[TOWN], encoding),
    closeDate: giasDateToIso(fields[CLOSE_DATE]),
    openDate: giasDateToIso(fields[OPEN_DATE]),
    typeGroup: optionalText(fields[TYPE_GROUP], encoding),
  };
  for (const [key, value] of Object.entries(optional) as [keyof typeof optional, string | undefined][]) {
    if (value !== undefined) establishment[key] = value;
  }
  return establishment;
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

/** Recognises files that are plainly not a CSV (a spreadsheet, UTF-16 text, binary) from their first bytes. */
function sniffNotCsv(path: string, head: Buffer): void {
  let what: string | undefined;
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    what = 'it looks like an Excel workbook or other zip file; save it as CSV, or download the CSV itself';
  } else if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    what = 'it is UTF-16 text; save it as "CSV (Comma delimited)" or "CSV UTF-8"';
  } else if (head.subarray(0, 4096).includes(0)) {
    what = 'it is a binary file';
  }
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
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (err as Error)?.message ?? String(err);
  return new GiasError('unreadable', path, `Cannot read GIAS extract ${path}: ${reason}.`);
}
