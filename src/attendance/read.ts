// Reads every CSV file in the attendance folder into a MarkStore. A row that cannot be read becomes one
// problem (file, line, column, what to do) and is left out; every other row and file still counts.
import { resolve } from 'node:path';
import { attendanceFiles } from './files.js';
import { CsvParser } from '../load/csv.js';
import { mapHeader } from './header.js';
import { nodeFsLike, type FsLike } from '../load/fs.js';
export { parseMarkDate, parseWhen } from './parse.js';
import { feedFile, MAX_FIELD } from './feed.js';
import { rowReader } from './rows.js';
import { applyFollowUps } from './follow-ups.js';

import { Interner, MarkStore } from './marks.js';
import { mappingByHeader, mappingByName, type MappingOptions } from './mapping.js';

export interface AttendanceProblem {
  /** Absolute path of the CSV file. */
  file: string;
  line: number;
  column: number;
  message: string;
  /** `marks`: rows whose marks are not register codes, one problem per class of word (else one row or the file). */
  kind?: 'marks';
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
  /** Absolute path of the school's follow-up log, when there is one (read after the marks, applied to them). */
  followUps?: string;
}

export interface ReadOptions extends MappingOptions {
  /** The school's follow-up log (follow-ups.ts): its path; read when the file exists. */
  followUps?: string;
  /** Read size in bytes (default 1 MiB); tests use tiny ones to split rows across chunks. */
  chunkSize?: number;
  /** Where files are read from; default node:fs. */
  fs?: FsLike;
}

export function readAttendance(folder: string, options: ReadOptions = {}): AttendanceRecords | undefined {
  const abs = resolve(folder);
  const fs = options.fs ?? nodeFsLike;
  const log = options.followUps === undefined ? undefined : resolve(options.followUps);
  // The log is the school's, not a provider's: never read as marks, even when kept in the attendance folder.
  const files = attendanceFiles(abs, fs)?.filter((f) => f !== log);
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
  if (log !== undefined && fs.existsSync(log)) {
    records.followUps = log;
    const problem = (line: number, column: number, message: string) =>
      records.problems.push({ file: log, line, column, message });
    applyFollowUps(log, records, { fs, problem });
  }
  return records;
}

function readFile(records: AttendanceRecords, path: string, fileIndex: number, options: ReadOptions): void {
  const problem = (line: number, column: number, message: string) =>
    records.problems.push({ file: path, line, column, message });
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
  let rows: ReturnType<typeof rowReader> | undefined;
  const byName = mappingByName(path, options);
  const parser: CsvParser = new CsvParser(
    (fields, p) => {
      if (!headerSeen) {
        if (fields.every((f) => f.trim() === '')) return;
        headerSeen = true;
        const { mapping, fitsNone } = byName ? { mapping: byName } : mappingByHeader(fields, options);
        if (fitsNone) return problem(p.recordLine, 1, fitsNone);
        const { mapped, where } = mapping;
        if (mapHeader(fields, p, { mapped, where, problem, providerImplied: mapping.provider !== undefined }))
          rows = rowReader(records, fileIndex, {
            mapping,
            rowProblem,
            problem: (line, column, message) =>
              records.problems.push({ file: path, line, column, message, kind: 'marks' }),
          });
        return;
      }
      rows?.row(fields, p);
    },
    { positions: true, maxField: MAX_FIELD },
  );
  const { marks } = records;
  const read = feedFile(path, parser, {
    chunkSize: options.chunkSize ?? 1 << 20,
    fs: options.fs ?? nodeFsLike,
    problem,
    sized: (size) => {
      // Room for the marks the file probably holds (a mark row is rarely under 32 bytes), at most a million
      // to start with: the store grows as marks are read.
      marks.reserve(marks.length + Math.min(Math.ceil(size / 32), 1 << 20));
    },
  });
  rows?.end();
  if (read && !headerSeen)
    problem(
      1,
      1,
      'This file is empty: it needs a header row (date, session, pupil, provider, mark) and a row for each mark.',
    );
}
