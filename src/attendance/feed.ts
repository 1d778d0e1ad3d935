// An attendance CSV's bytes into the CSV parser, chunk by chunk. Files are parsed as byte strings (see
// load/csv.ts): the values read are ASCII (dates, times, codes, references), so a file that is not UTF-8 is
// reported once, at its first such byte, and its rows still count without guessing what the other bytes meant.
// A file that cannot be opened, is too big, is not CSV, or has an unclosed quote is one problem.
import { isAscii, isUtf8 } from 'node:buffer';
import { openChunks, type ChunkSource } from './files.js';
import { countLf, CsvFieldTooLong, type CsvParser, incompleteUtf8Tail, notCsvReason } from '../load/csv.js';
import { SpecialFileError } from '../load/open-regular.js';
import { firstInvalidUtf8 } from '../load/text.js';
import type { FsLike } from '../load/fs.js';
import { thousands } from '../model/wording.js';

/** The largest attendance CSV read: years of marks for every pupil in AP are a few megabytes. */
const MAX_CSV_BYTES = 256 * 2 ** 20;
/** The longest value read from a row (dates, times, codes, references are short; a note is never read). */
export const MAX_FIELD = 64 * 1024;

/** Why a CSV in the folder could not be opened, in words (a FIFO, a device, a dangling link, permissions). */
function cannotOpen(e: unknown): string {
  if (e instanceof SpecialFileError)
    return `This is ${e.kind}, not a CSV file: ap-ready reads only ordinary files. Replace it with the CSV file itself, or remove it from the attendance folder.`;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return 'This is a link to a file that does not exist: replace it with the CSV file itself, or remove it.';
  if (code === 'ELOOP')
    return 'This is a link that points back to itself: replace it with the CSV file itself, or remove it.';
  if (code === 'EACCES' || code === 'EPERM')
    return 'This file cannot be read (permission denied): check its permissions.';
  if (code === 'ESPECIAL' || code === 'EISDIR')
    return 'This is not an ordinary file: replace it with the CSV file itself, or remove it.';
  return `This file cannot be read (the system said ${code ?? 'error'}): check it is an ordinary CSV file.`;
}

export interface Feed {
  /** Read size in bytes. */
  chunkSize: number;
  fs: FsLike;
  problem: (line: number, column: number, message: string) => void;
  /** Called once with the file's size before its rows are read (to make room for its marks). */
  sized: (bytes: number) => void;
}

/**
 * Feeds one file to `parser`; says nothing about the header (the caller knows whether one was seen). True when
 * the whole file was read (even with problems), false when it could not be opened or reading stopped.
 */
export function feedFile(path: string, parser: CsvParser, { chunkSize, fs, problem, sized }: Feed): boolean {
  const stop = (line: number, column: number, message: string): false => {
    problem(line, column, message);
    return false;
  };
  let source: ChunkSource;
  try {
    source = openChunks(path, chunkSize, fs);
  } catch (e) {
    return stop(1, 1, cannotOpen(e));
  }
  try {
    if (source.size > MAX_CSV_BYTES) {
      return stop(
        1,
        1,
        `This file is ${thousands(Math.round(source.size / 2 ** 20))} MB, far more than any attendance export (ap-ready reads up to ${MAX_CSV_BYTES / 2 ** 20} MB a file): check it is the provider's attendance CSV, or split it by term.`,
      );
    }
    sized(source.size);
    let first = true,
      utf8Reported = false,
      crOnly = false;
    let carry: Buffer | undefined;
    for (;;) {
      let chunk = source.next();
      if (!chunk) break;
      if (first) {
        first = false;
        const why = notCsvReason(chunk);
        if (why !== undefined) return stop(1, 1, `This is not a CSV file: ${why}.`);
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
        // Classic Mac line ends (CR alone): read as line ends, so rows and positions are right.
        crOnly = /\r[^\n]/.test(chunk.subarray(0, 65536).toString('latin1')) && !chunk.includes(0x0a);
      }
      let text = chunk.toString('latin1');
      if (crOnly) text = text.replaceAll('\r', '\n');
      if (!utf8Reported) {
        const joined = carry ? Buffer.concat([carry, chunk]) : chunk;
        const tail = incompleteUtf8Tail(joined);
        const body = joined.subarray(0, joined.length - tail);
        const bad = isAscii(body) || isUtf8(body) ? -1 : firstInvalidUtf8(body);
        carry = tail ? Buffer.from(joined.subarray(joined.length - tail)) : undefined;
        if (bad >= 0) {
          utf8Reported = true;
          const at = bad - (joined.length - chunk.length); // offset in this chunk (a carried byte belongs to the last one)
          const k = Math.max(0, at);
          const lf = text.lastIndexOf('\n', k - 1);
          const line = parser.line + countLf(text, k);
          const column = lf >= 0 ? k - lf : parser.base + k - parser.lineStart + 1;
          problem(
            line,
            column,
            'This file is not UTF-8 text (it may be Windows-1252 from Excel\'s plain "CSV" option): ' +
              'save it again as "CSV UTF-8". Dates, times, codes and references were still read; other text was not guessed.',
          );
        }
      }
      try {
        parser.push(text);
      } catch (e) {
        if (!(e instanceof CsvFieldTooLong)) throw e;
        return stop(
          e.line,
          1,
          `A value starting here runs on for more than ${thousands(MAX_FIELD)} characters (most likely a " that is never closed), so the rest of the file cannot be read: close the quote.`,
        );
      }
    }
    if (carry && !utf8Reported)
      problem(parser.line, 1, 'This file ends part-way through a character: save it again as "CSV UTF-8".');
    if (!parser.end())
      problem(
        parser.recordLine,
        1,
        'A quoted value is never closed (a " is missing), so the rest of the file cannot be read: close the quote.',
      );
    return true;
  } finally {
    source.close();
  }
}
