import { defineRule } from './types.js';

export const attendanceFile = defineRule({
  id: 'attendance-file',
  defaultSeverity: 'error',
  sources: [
    { source: 'registration-regulations', part: 'regulation 10, Table 2 (attendance codes)' },
    { source: 'attendance-guidance', part: 'attendance codes' },
  ],
  thresholds: [],
  description: () =>
    'A row of an attendance CSV that cannot be read (unknown column, bad date or time, a file that is not UTF-8, a file that fits no column mapping), and marks that are not DfE register codes (once per class of word and file); other rows and files are still read',
  messages: {
    /** The reader's own words: what is wrong with the row and what to write instead (never the value itself). */
    unreadable: ({ problem }: { problem: string }) => problem,
    /** Marks that are not register codes, one finding per class of word and file: how many rows, which lines, what to map. */
    unknownMarks: ({ problem }: { problem: string }) => problem,
  },
  check(ctx) {
    for (const p of ctx.run.attendance?.records.problems ?? []) {
      ctx.report({ file: p.file, line: p.line, column: p.column }, p.kind === 'marks' ? 'unknownMarks' : 'unreadable', {
        problem: p.message,
      });
    }
  },
});
