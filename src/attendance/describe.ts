// How messages name a mark's pupil, provider, date and session without printing anything personal
// (a reference that looks like a name or date is hidden; a note is never printed).
import type { FieldName } from './marks.js';
import { AM, PM } from './marks.js';
import type { AttendanceRecords } from './read.js';
import type { AttendanceAnalysis } from './summary.js';
import { fromDayNumber } from '../model/dates.js';
import { referenceProblem } from '../model/placement.js';
import type { PlacementFile } from '../load/placement-file.js';

const utf8 = (byteString: string) => Buffer.from(byteString, 'latin1').toString('utf8');

export function markPupil(records: AttendanceRecords, i: number, pattern: string): string {
  const ref = utf8(records.pupils.values[records.marks.pupil[i]]).toUpperCase();
  // The same test every message applies to a placement's reference: personal-looking, or outside the school's pattern.
  return referenceProblem(ref, pattern)
    ? 'the pupil in this row (reference hidden: it does not look like a pseudonymous reference)'
    : `pupil ${ref}`;
}

export function markProvider(analysis: AttendanceAnalysis, i: number): string {
  const f = analysis.fileOf[i];
  const provider = f >= 0 ? analysis.files[f].provider : undefined;
  return provider ? `"${provider.name}"` : 'the provider';
}

export function markDate(records: AttendanceRecords, i: number): string {
  return fromDayNumber(records.marks.day[i]);
}

export function markSession(records: AttendanceRecords, i: number): string {
  const s = records.marks.session[i];
  if (s === AM) return 'am';
  if (s === PM) return 'pm';
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** Where a mark's cell is: its file, line and the column of `field`. */
export function markAt(
  records: AttendanceRecords,
  i: number,
  field: FieldName,
): { file: string; line: number; column: number } {
  const m = records.marks;
  return { file: records.files[m.file[i]], line: m.line[i], column: m.column(i, field) };
}

/** Minutes as "45 minutes" or "2 hours 10 minutes". */
export function duration(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} minute${m === 1 ? '' : 's'}`;
  const h = Math.floor(m / 60),
    r = m % 60;
  if (h >= 48) return `${Math.round(h / 24)} days`;
  return `${h} hour${h === 1 ? '' : 's'}${r ? ` ${r} minute${r === 1 ? '' : 's'}` : ''}`;
}

/** A provider file's name without its folder and .yaml: what an attendance row's provider column may say. */
export function providerFileName(file: PlacementFile): string {
  return file.displayPath.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');
}
