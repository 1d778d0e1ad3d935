// The school's follow-up log: the school's own record of when it followed up an absence (the follow-up is the
// school's action, not the provider's, so it is kept apart from the providers' exports). One CSV file (config
// attendance.follow_ups, default follow-ups.csv beside the config) with the columns date, pupil and
// followed_up_at, and optionally session (blank: the whole day), provider, by and note (never read or printed);
// other columns are the school's own and are not read. Each entry marks the unexplained absences of that pupil
// on that day (that session, when given) as followed up at that time, as a followed_up_at in a provider's row
// would; the rule absence-not-followed-up then reads both.
import { CsvParser, normaliseHeader } from '../load/csv.js';
import type { FsLike } from '../load/fs.js';
import { UNEXPLAINED } from './codes.js';
import { feedFile, MAX_FIELD } from './feed.js';
import { AM, NO_TIME, PM, type Interner, type MarkStore } from './marks.js';
import { parseClock, parseMarkDate, parseWhen } from './parse.js';

const COLUMNS = ['date', 'session', 'pupil', 'followed_up_at'] as const;
const REQUIRED = ['date', 'pupil', 'followed_up_at'] as const;
const WHOLE_DAY = 1;

type Problem = (line: number, column: number, message: string) => void;

/** Entries of the log: pupil key (as the marks keep it) and day → the session (or WHOLE_DAY) and the time. */
type Entries = Map<string, { session: number; at: number }[]>;

/** Reads the log at `path` and applies it to the marks' followedUpAt. */
export function applyFollowUps(
  path: string,
  records: { marks: MarkStore; pupils: Interner },
  { fs, problem }: { fs: FsLike; problem: Problem },
): void {
  const entries: Entries = new Map();
  let slot: number[] | undefined;
  const parser = new CsvParser(
    (fields, p) => {
      if (!slot) {
        const names = fields.map(normaliseHeader);
        slot = COLUMNS.map((c) => names.indexOf(c));
        const missing = REQUIRED.filter((c) => slot![COLUMNS.indexOf(c)] < 0);
        if (missing.length) {
          problem(
            p.recordLine,
            1,
            `The follow-up log's header has no ${missing.map((m) => `'${m}'`).join(', ')} column, so no entry of it can be read: its header needs date, pupil and followed_up_at (and may have session, provider, by and note).`,
          );
          slot = COLUMNS.map(() => -2);
        }
        return;
      }
      if (slot[0] === -2 || fields.every((f) => f.trim() === '')) return;
      readEntry(fields, slot, p, entries, problem);
    },
    { positions: true, maxField: MAX_FIELD },
  );
  feedFile(path, parser, { chunkSize: 1 << 20, fs, problem, sized: () => {} });
  const { marks, pupils } = records;
  for (let i = 0; i < marks.length; i++) {
    if (!UNEXPLAINED[marks.mark[i]] || marks.followedUpAt[i] !== NO_TIME) continue;
    const list = entries.get(`${pupils.values[marks.pupil[i]]}\0${marks.day[i]}`);
    const s = marks.session[i];
    const half = s === AM || (s >= 0 && s < 720) ? AM : PM;
    const entry = list?.find((e) => e.session === WHOLE_DAY || e.session === half);
    if (entry) marks.followedUpAt[i] = entry.at;
  }
}

const HINTS: Record<(typeof COLUMNS)[number], string> = {
  date: 'write the date of the absence as YYYY-MM-DD or DD/MM/YYYY',
  session: 'write am or pm (or the start time as HH:MM), or leave it blank for the whole day',
  pupil: "give the pupil's reference",
  followed_up_at: 'write when the school followed it up: HH:MM on that day, or date and time as YYYY-MM-DDTHH:MM',
};

function readEntry(fields: string[], slot: number[], p: CsvParser, entries: Entries, problem: Problem): void {
  const cell = (k: number) => (slot[k] >= 0 ? (fields[slot[k]] ?? '').trim() : '');
  const bad = (k: number, what: string) => {
    const col = slot[k] >= 0 ? p.fieldColumns[slot[k]] || 1 : 1;
    problem(p.recordLine, col, `The follow-up log's '${COLUMNS[k]}' value ${what}: ${HINTS[COLUMNS[k]]}.`);
  };
  const day = parseMarkDate(cell(0));
  if (day === undefined) return bad(0, cell(0) === '' ? 'is empty' : 'is not a date');
  const s = cell(1).toLowerCase();
  const clock = parseClock(s);
  const session =
    s === '' ? WHOLE_DAY : s === 'am' ? AM : s === 'pm' ? PM : clock === undefined ? undefined : clock < 720 ? AM : PM;
  if (session === undefined) return bad(1, 'is not am, pm or a time');
  if (cell(2) === '') return bad(2, 'is empty');
  const at = parseWhen(cell(3), day);
  if (at === undefined) return bad(3, cell(3) === '' ? 'is empty' : 'is not a time');
  const key = `${cell(2).toLowerCase()}\0${day}`;
  const list = entries.get(key) ?? [];
  entries.set(key, [...list, { session, at }]);
}
