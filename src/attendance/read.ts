// Reads every CSV file in the attendance folder into a MarkStore. A row that cannot be read becomes one
// problem (file, line, column, what to do) and is left out; every other row and file still counts.
// Files are parsed as byte strings (see load/csv.ts): the values read are ASCII (dates, times, codes,
// references), so a file that is not UTF-8 is reported once, at its first such byte, and its rows still
// count without guessing what the other bytes meant.
import { isAscii, isUtf8 } from 'node:buffer';
import { resolve } from 'node:path';
import { attendanceFiles, openChunks, type ChunkSource } from './files.js';
import { countLf, CsvFieldTooLong, CsvParser, incompleteUtf8Tail, notCsvReason, printable } from '../load/csv.js';
import { SpecialFileError } from '../load/open-regular.js';
import { mapHeader } from './header.js';
import { firstInvalidUtf8 } from '../load/text.js';
import { nodeFsLike, type FsLike } from '../load/fs.js';
import { markIndex } from './codes.js';
import { parseClock, parseMarkDate, parseWhen } from './parse.js';

export { parseClock, parseMarkDate, parseWhen };
import { AM, F, Interner, MarkStore, NO_TIME, PM, REQUIRED_FIELDS, type FieldName } from './marks.js';

/** The largest attendance CSV read: years of marks for every pupil in AP are a few megabytes. */
export const MAX_CSV_BYTES = 256 * 2 ** 20;
/** The longest value read from a row (dates, times, codes, references are short; a note is never read). */
const MAX_FIELD = 64 * 1024;

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

export interface AttendanceProblem {
  /** Absolute path of the CSV file. */
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface AttendanceRecords {
  /** Absolute path of the folder. */
  folder: string;
  /** Absolute paths of the CSV files read, sorted; MarkStore.file indexes this. */
  files: string[];
  marks: MarkStore;
  /** Pupil keys (trimmed, lower case, as byte strings) by id. */
  pupils: Interner;
  /** Provider texts (trimmed, as byte strings) by id. */
  providers: Interner;
  problems: AttendanceProblem[];
}

export interface ReadOptions {
  /** Our column name → the provider's header name. */
  columns?: Partial<Record<FieldName, string>>;
  /** Read size in bytes (default 1 MiB); tests use tiny ones to split rows across chunks. */
  chunkSize?: number;
  /** Where files are read from; default node:fs. */
  fs?: FsLike;
}

export function readAttendance(folder: string, options: ReadOptions = {}): AttendanceRecords | undefined {
  const abs = resolve(folder);
  const files = attendanceFiles(abs, options.fs);
  if (files === undefined) return undefined;
  const records: AttendanceRecords = {
    folder: abs,
    files,
    marks: new MarkStore(),
    pupils: new Interner(),
    providers: new Interner(),
    problems: [],
  };
  files.forEach((path, index) => readFile(records, path, index, options));
  return records;
}

const HINT: Record<FieldName, string> = {
  date: 'write the date as YYYY-MM-DD or DD/MM/YYYY',
  session: 'write am, pm, or the start time as HH:MM',
  pupil: "give the pupil's reference",
  provider: "give the provider's file name without .yaml, or its exact name",
  mark: 'use a DfE register code (/ \\ L B D K P V W C C1 C2 E G I J1 M N O Q R S T U X Y1-Y7 Z) or present, late, absent',
  reported_at: 'write the time as HH:MM, or date and time as YYYY-MM-DDTHH:MM',
  followed_up_at: 'write the time as HH:MM, or date and time as YYYY-MM-DDTHH:MM',
  note: '',
};

function readFile(records: AttendanceRecords, path: string, fileIndex: number, options: ReadOptions): void {
  const problem = (line: number, column: number, message: string) =>
    records.problems.push({ file: path, line, column, message });
  const mapped = (field: FieldName) => options.columns?.[field] ?? field;
  const { marks, pupils, providers } = records;
  let headerSeen = false;
  let problemsInFile = 0;
  const MAX_PROBLEMS = 100; // a file that is wrong on every row says so a hundred times, then once more
  const rowProblem = (line: number, column: number, message: string) => {
    problemsInFile++;
    if (problemsInFile <= MAX_PROBLEMS) problem(line, column, message);
    else if (problemsInFile === MAX_PROBLEMS + 1)
      problem(
        line,
        column,
        `More rows of this file cannot be read; only the first ${MAX_PROBLEMS} are listed. Fix those and check again.`,
      );
  };
  let usable = true;
  const pupilIds = new Map<string, number>();
  const providerIds = new Map<string, number>();
  const dates = new Map<string, number>(),
    sessions = new Map<string, number>(),
    codes = new Map<string, number>();
  const clocks = new Map<string, number>();
  const NOT_READ = -3;
  let lastDateText = '',
    lastDay = -1,
    lastProviderText = '',
    lastProvider = -1;
  function bad(line: number, cols: Uint32Array, field: FieldName, what: string): void {
    rowProblem(line, cols[F[field]] || 1, `The '${printable(mapped(field))}' value ${what}: ${HINT[field]}.`);
  }
  /** A time on `day`: an HH:MM (cached), or a date and time. */
  const when = (text: string, day: number): number | undefined => {
    let clock = clocks.get(text);
    if (clock === undefined) clocks.set(text, (clock = parseClock(text.trim()) ?? -1));
    return clock >= 0 ? day * 1440 + clock : parseWhen(text.trim(), day);
  };

  const parser: CsvParser = new CsvParser(
    (fields, p) => {
      if (!headerSeen) {
        if (fields.every((f) => f.trim() === '')) return;
        headerSeen = true;
        usable = mapHeader(fields, p, { mapped, problem });
        return;
      }
      if (!usable) return;
      // The hot path (a million rows): each distinct date, session, mark and time text is parsed once.
      const dateText = fields[0],
        sessionText = fields[1],
        markText = fields[4],
        reportedText = fields[5],
        followedText = fields[6];
      if (
        dateText === '' &&
        sessionText === '' &&
        fields[2] === '' &&
        fields[3] === '' &&
        markText === '' &&
        reportedText === '' &&
        followedText === ''
      )
        return;
      const line = p.recordLine,
        cols = p.fieldColumns;
      let day = dateText === lastDateText ? lastDay : dates.get(dateText);
      if (day === undefined) {
        for (const field of REQUIRED_FIELDS)
          if (fields[F[field]].trim() === '') return bad(line, cols, field, 'is empty');
        day = parseMarkDate(dateText.trim()) ?? -1;
        dates.set(dateText, day);
      }
      if (day < 0) return bad(line, cols, 'date', 'is not a date');
      lastDateText = dateText;
      lastDay = day;
      let session = sessions.get(sessionText);
      if (session === undefined) {
        const s = sessionText.trim().toLowerCase();
        session = s === 'am' ? AM : s === 'pm' ? PM : (parseClock(s) ?? NOT_READ);
        sessions.set(sessionText, session);
      }
      if (session === NOT_READ)
        return bad(line, cols, 'session', sessionText.trim() === '' ? 'is empty' : 'is not am, pm or a time');
      let mark = codes.get(markText);
      if (mark === undefined) codes.set(markText, (mark = markIndex(markText)));
      if (mark < 0)
        return bad(line, cols, 'mark', markText.trim() === '' ? 'is empty' : 'is not a register code ap-ready knows');
      let reported = NO_TIME,
        followed = NO_TIME;
      if (reportedText !== '') {
        const t = when(reportedText, day);
        if (t === undefined) return bad(line, cols, 'reported_at', 'is not a time');
        reported = t;
      }
      if (followedText !== '') {
        const t = when(followedText, day);
        if (t === undefined) return bad(line, cols, 'followed_up_at', 'is not a time');
        followed = t;
      }
      const pupilText = fields[2];
      let pupil = pupilIds.get(pupilText);
      if (pupil === undefined) {
        if (pupilText.trim() === '') return bad(line, cols, 'pupil', 'is empty');
        pupilIds.set(pupilText, (pupil = pupils.id(pupilText.trim().toLowerCase())));
      }
      const providerText = fields[3];
      let provider = providerText === lastProviderText ? lastProvider : providerIds.get(providerText);
      if (provider === undefined) {
        if (providerText.trim() === '') return bad(line, cols, 'provider', 'is empty');
        providerIds.set(providerText, (provider = providers.id(providerText.trim())));
      }
      lastProviderText = providerText;
      lastProvider = provider;
      const i = marks.add();
      marks.file[i] = fileIndex;
      marks.line[i] = line;
      marks.day[i] = day;
      marks.session[i] = session;
      marks.pupil[i] = pupil;
      marks.provider[i] = provider;
      marks.mark[i] = mark;
      marks.reportedAt[i] = reported;
      marks.followedUpAt[i] = followed;
      const c = marks.columns,
        at = i * 7;
      c[at] = cols[0];
      c[at + 1] = cols[1];
      c[at + 2] = cols[2];
      c[at + 3] = cols[3];
      c[at + 4] = cols[4];
      c[at + 5] = cols[5];
      c[at + 6] = cols[6];
    },
    { positions: true, maxField: MAX_FIELD },
  );

  let source: ChunkSource;
  try {
    source = openChunks(path, options.chunkSize ?? 1 << 20, options.fs ?? nodeFsLike);
  } catch (e) {
    return void problem(1, 1, cannotOpen(e));
  }
  try {
    if (source.size > MAX_CSV_BYTES) {
      return void problem(
        1,
        1,
        `This file is ${Math.round(source.size / 2 ** 20).toLocaleString('en-GB')} MB, far more than any attendance export (ap-ready reads up to ${MAX_CSV_BYTES / 2 ** 20} MB a file): check it is the provider's attendance CSV, or split it by term.`,
      );
    }
    // Room for the marks the file probably holds (a mark row is rarely under 32 bytes), at most a million
    // to start with: the store grows as marks are read.
    marks.reserve(marks.length + Math.min(Math.ceil(source.size / 32), 1 << 20));
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
        if (why !== undefined) return void problem(1, 1, `This is not a CSV file: ${why}.`);
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
        return void problem(
          e.line,
          1,
          `A value starting here runs on for more than ${MAX_FIELD.toLocaleString('en-GB')} characters (most likely a " that is never closed), so the rest of the file cannot be read: close the quote.`,
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
    if (!headerSeen)
      problem(
        1,
        1,
        'This file is empty: it needs a header row (date, session, pupil, provider, mark) and a row for each mark.',
      );
  } finally {
    source.close();
  }
}
