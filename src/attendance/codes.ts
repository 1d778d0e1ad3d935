// Attendance register codes as the DfE counts them (School Attendance (Pupil Registration) (England)
// Regulations 2024, and "Working together to improve school attendance", August 2024), plus the plain
// words providers' own systems send.

import { ATTENDANCE_MARKS } from '../model/vocabulary.js';

export type MarkCategory = 'present' | 'authorised' | 'unauthorised' | 'not-possible';

/** Every accepted mark, in a fixed order: a mark is stored as its index here (one byte). */
export const MARKS = ATTENDANCE_MARKS;

// D (dual registered: the pupil is at the other school where they are registered) is an administrative code in
// the 2024 regulations: not a possible session at this school (the other school records the attendance).
const PRESENT = new Set<string>(['/', '\\', 'L', 'B', 'K', 'P', 'V', 'W', 'present', 'late']);
const AUTHORISED = new Set<string>(['C', 'C1', 'C2', 'E', 'I', 'J1', 'M', 'R', 'S', 'T']);
const UNAUTHORISED = new Set<string>(['G', 'N', 'O', 'U', 'absent']);

/** Category of each mark index. */
export const CATEGORY: readonly MarkCategory[] = MARKS.map((m) =>
  PRESENT.has(m) ? 'present' : AUTHORISED.has(m) ? 'authorised' : UNAUTHORISED.has(m) ? 'unauthorised' : 'not-possible',
);

/** Unexplained absences: N (no reason yet), O (unauthorised, not covered by another code) and `absent` (treated as N). */
export const UNEXPLAINED: readonly boolean[] = MARKS.map((m) => m === 'N' || m === 'O' || m === 'absent');

const INDEX = new Map<string, number>(MARKS.map((m, i) => [m, i]));
// Providers' exports write the words in any case, and codes sometimes in lower case.
for (const [i, m] of MARKS.entries()) if (!INDEX.has(m.toUpperCase())) INDEX.set(m.toUpperCase(), i);

/** The index of a mark as written (trimmed; codes and words in any case), or -1. */
export function markIndex(text: string): number {
  const t = text.trim();
  return INDEX.get(t) ?? INDEX.get(t.toUpperCase()) ?? -1;
}
