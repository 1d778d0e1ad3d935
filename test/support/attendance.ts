// Attendance rule cases: the provider file of test/attendance/fixture.ts and a CSV made of rows.
import { ALL_PRESENT, AS_OF, HEADER, PROVIDER } from '../attendance/fixture.js';
import type { Case } from './rule-tester.js';

export { ALL_PRESENT, AS_OF };

/** A case of the one provider (tuition-a.yaml) and one CSV file (marks.csv) of these rows, as of AS_OF. */
export const marks = (name: string, rows: string[], more: Partial<Case> = {}): Case => ({
  name,
  asOf: AS_OF,
  files: { 'tuition-a.yaml': PROVIDER },
  attendance: { 'marks.csv': [HEADER, ...rows].join('\n') + '\n' },
  ...more,
});
