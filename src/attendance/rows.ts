// One data row of an attendance CSV into the MarkStore: the hot path (a million rows), so each distinct date,
// session, mark and time text is parsed once per file. A row that cannot be read is one problem naming the
// column that is wrong and what to write; the row is left out. A mark that is not a register code is said once
// per class of word and file (mark-words.ts), not once per row.
import { printable, type CsvParser } from '../load/csv.js';
import { LINES_LISTED, markClass, markClassMessage, markOf } from './mark-words.js';
import type { FileMapping } from './mapping.js';
import { AM, F, NO_TIME, PM, REQUIRED_FIELDS, type FieldName, type Interner, type MarkStore } from './marks.js';
import { parseClock, parseDateAs, parseWhen } from './parse.js';

const HINT: Record<FieldName, string> = {
  date: 'write the date as YYYY-MM-DD or DD/MM/YYYY',
  session: 'write am (or morning), pm (or afternoon), or the start time as HH:MM',
  pupil: "give the pupil's reference",
  provider: "give the provider's file name without .yaml, or its exact name",
  mark: 'use a DfE register code (/ \\ L B D K P V W C C1 C2 E G I J1 M N O Q R S T U X Y1-Y7 Z) or present, late, absent',
  reported_at: 'write the time as HH:MM, or date and time as YYYY-MM-DDTHH:MM',
  followed_up_at: 'write the time as HH:MM, or date and time as YYYY-MM-DDTHH:MM',
  note: '',
};

export interface RowContext {
  /** The file's mapping: its columns, date form, words for marks and provider. */
  mapping: FileMapping;
  /** Says what is wrong with a row (the reader caps how many a file lists). */
  rowProblem: (line: number, column: number, message: string) => void;
  /** Says what is wrong with many rows at once (marks of one class), at the first of them. */
  problem: (line: number, column: number, message: string) => void;
}

/**
 * A reader of one file's data rows (its header already mapped: fields come in FIELDS order), and what to call
 * when the file has been read (the marks that are not register codes are said then, once per class).
 */
export function rowReader(
  records: { marks: MarkStore; pupils: Interner; providers: Interner },
  fileIndex: number,
  { mapping, rowProblem, problem }: RowContext,
): { row: (fields: string[], p: CsvParser) => void; end: () => void } {
  const { marks, pupils, providers } = records;
  const { mapped, dateFormat } = mapping;
  const implied = mapping.provider ?? '';
  // Per class of word: how many rows, the first lines, and the column of the first.
  const classes = new Map<number, { rows: number; lines: number[]; column: number }>();
  const unknownMark = (line: number, column: number, text: string) => {
    const k = markClass(text);
    const c = classes.get(k) ?? { rows: 0, lines: [], column };
    classes.set(k, c);
    if (c.rows++ < LINES_LISTED) c.lines.push(line);
  };
  const where =
    mapping.provider !== undefined || mapping.where !== 'attendance.columns'
      ? mapping.where
      : "a mapping for this file under attendance.mappings (files: set to this file's name)";
  const end = () => {
    for (const [k, c] of [...classes].sort((a, b) => a[1].lines[0] - b[1].lines[0]))
      problem(c.lines[0], c.column, markClassMessage(k, c.rows, c.lines, where));
  };
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
  const row = (fields: string[], p: CsvParser) => {
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
        if (fields[F[field]].trim() === '' && !(field === 'provider' && implied))
          return bad(line, cols, field, 'is empty');
      day = parseDateAs(dateFormat, dateText.trim()) ?? -1;
      dates.set(dateText, day);
    }
    if (day < 0 && dateFormat)
      return rowProblem(
        line,
        cols[F.date] || 1,
        `The '${printable(mapped('date'))}' value is not a date in the form ${dateFormat}: write the date so, or change date_format in ${mapping.where} in ap-ready.config.yaml.`,
      );
    if (day < 0) return bad(line, cols, 'date', 'is not a date');
    lastDateText = dateText;
    lastDay = day;
    let session = sessions.get(sessionText);
    if (session === undefined) {
      const s = sessionText.trim().toLowerCase();
      // Registers are morning and afternoon: providers' systems write either word, or am/pm.
      session = s === 'am' || s === 'morning' ? AM : s === 'pm' || s === 'afternoon' ? PM : (parseClock(s) ?? NOT_READ);
      sessions.set(sessionText, session);
    }
    if (session === NOT_READ)
      return bad(line, cols, 'session', sessionText.trim() === '' ? 'is empty' : 'is not am, pm or a time');
    let mark = codes.get(markText);
    if (mark === undefined) codes.set(markText, (mark = markOf(markText, mapping.marks)));
    if (mark < 0)
      return markText.trim() === ''
        ? bad(line, cols, 'mark', 'is empty')
        : unknownMark(line, cols[F.mark] || 1, markText);
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
    const providerText = fields[3] || implied;
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
  };
  return { row, end };
}
